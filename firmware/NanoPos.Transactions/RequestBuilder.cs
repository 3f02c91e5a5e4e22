using System;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Builds the requests the terminal sends, following the host's field conventions
    /// (tools/NanoPos.HostSim/README.md): 60 = message type (2) + batch (6) + network code (3); 61 = original
    /// batch (6) + original STAN (6) + original date MMDD (4); a reversal repeats the original's 11, 12, 13.
    /// </summary>
    public sealed class RequestBuilder
    {
        /// <summary>Processing code of a sale.</summary>
        public const string SaleCode = "000000";

        /// <summary>Processing code of a void (on 0200) or a refund (on 0220).</summary>
        public const string VoidOrRefundCode = "200000";

        /// <summary>Processing code of a balance inquiry.</summary>
        public const string BalanceCode = "310000";

        /// <summary>
        /// Field 53 of a request with a PIN block: "2" PIN format 0 (ISO 9564 / ANSI X9.8, with the PAN), "6" the PIN key
        /// is double-length 3DES, "0" no track data encryption, then zeros.
        /// </summary>
        public const string PinSecurityControl = "2600000000000000";

        /// <summary>The reason a reversal gives in field 39: no (usable) answer from the host.</summary>
        public const string ReversalReason = "98";

        private readonly EngineOptions _options;

        /// <summary>Creates a builder.</summary>
        /// <param name="options">Terminal, merchant, currency.</param>
        public RequestBuilder(EngineOptions options)
        {
            _options = options;
        }

        /// <summary>Returns "MMDDhhmmss" local time for a UTC instant.</summary>
        /// <param name="utc">The instant.</param>
        public string LocalDateTime(DateTime utc)
        {
            DateTime local = utc.AddMinutes(_options.UtcOffsetMinutes);
            return Digits(local.Month, 2) + Digits(local.Day, 2) + Digits(local.Hour, 2) + Digits(local.Minute, 2) + Digits(local.Second, 2);
        }

        /// <summary>Fills a financial request (sale, void, refund) from its intent and, when present, the card.</summary>
        /// <param name="intent">The journaled intent: MTI, processing code, amount, STAN, time, originals.</param>
        /// <param name="card">The card (sale, refund), or null (void: the original identifies it).</param>
        /// <param name="batch">The open batch number.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        public void Financial(JournalRecord intent, CardData card, int batch, IsoMessage into)
        {
            into.Clear();
            into.Mti = intent.Mti;
            if (card != null)
            {
                into.Set(2, card.Pan);
                into.Set(14, card.Expiry);
                if (card.PinBlock != null)
                {
                    into.Set(52, card.PinBlock);
                    into.Set(53, PinSecurityControl);
                }
            }

            Common(intent, batch, into);
        }

        /// <summary>Fills the reversal of an intent: 0400 the first time, 0401 when it is (or may be) a repeat.</summary>
        /// <param name="intent">The intent to reverse.</param>
        /// <param name="repeat">True for 0401: an earlier reversal of this intent may have reached the host.</param>
        /// <param name="batch">The open batch number.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        public void Reversal(JournalRecord intent, bool repeat, int batch, IsoMessage into)
        {
            into.Clear();
            into.Mti = repeat ? Mti.ReversalRepeat : Mti.ReversalRequest;
            Common(intent, batch, into);
            into.Set(39, ReversalReason);
        }

        /// <summary>Fills a balance inquiry (0200, 310000).</summary>
        /// <param name="stan">The STAN.</param>
        /// <param name="localDateTime">"MMDDhhmmss".</param>
        /// <param name="card">The card.</param>
        /// <param name="batch">The open batch number.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        public void Balance(int stan, string localDateTime, CardData card, int batch, IsoMessage into)
        {
            into.Clear();
            into.Mti = Mti.FinancialRequest;
            into.Set(2, card.Pan);
            into.Set(3, BalanceCode);
            into.Set(11, Digits(stan, 6));
            into.Set(12, localDateTime.Substring(4, 6));
            into.Set(13, localDateTime.Substring(0, 4));
            into.Set(14, card.Expiry);
            into.Set(22, card.EntryMode);
            into.Set(25, "00");
            Identity(into);
            if (card.PinBlock != null)
            {
                into.Set(52, card.PinBlock);
                into.Set(53, PinSecurityControl);
            }

            into.Set(60, "01" + Digits(batch, 6) + "000");
        }

        /// <summary>Fills a network management request (0800): sign-on (network code "003") or echo ("301").</summary>
        /// <param name="stan">The STAN.</param>
        /// <param name="localDateTime">"MMDDhhmmss".</param>
        /// <param name="networkCode">"003" sign-on, "301" echo.</param>
        /// <param name="batch">The batch number the terminal holds.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        public void Network(int stan, string localDateTime, string networkCode, int batch, IsoMessage into)
        {
            into.Clear();
            into.Mti = Mti.NetworkRequest;
            Administrative(stan, localDateTime, into);
            into.Set(60, "00" + Digits(batch, 6) + networkCode);
        }

        /// <summary>Fills a settlement request (0500) with the batch totals in field 48.</summary>
        /// <param name="stan">The STAN.</param>
        /// <param name="localDateTime">"MMDDhhmmss".</param>
        /// <param name="totals">The terminal's totals.</param>
        /// <param name="batch">The batch being settled.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        public void Settlement(int stan, string localDateTime, BatchTotals totals, int batch, IsoMessage into)
        {
            into.Clear();
            into.Mti = Mti.SettlementRequest;
            Administrative(stan, localDateTime, into);
            into.Set(48, totals.ToField48());
            into.Set(49, _options.CurrencyCode);
            into.Set(60, "00" + Digits(batch, 6) + "201");
        }

        /// <summary>Fills one batch upload item (0320) describing an approved batch entry, or the end of the upload.</summary>
        /// <param name="stan">The STAN of this message.</param>
        /// <param name="localDateTime">"MMDDhhmmss".</param>
        /// <param name="entry">The batch entry, or null for the end-of-upload message.</param>
        /// <param name="batch">The batch being uploaded.</param>
        /// <param name="into">The message to fill (cleared first).</param>
        public void Upload(int stan, string localDateTime, JournalRecord entry, int batch, IsoMessage into)
        {
            into.Clear();
            into.Mti = Mti.BatchUploadRequest;
            Administrative(stan, localDateTime, into);
            if (entry == null)
            {
                into.Set(60, "00" + Digits(batch, 6) + "202");
                return;
            }

            into.Set(3, entry.ProcessingCode);
            into.Set(4, Digits(entry.AmountMinor, 12));
            into.Set(60, "00" + Digits(batch, 6) + "201");
            into.Set(61, Digits(batch, 6) + Digits(entry.Stan, 6) + entry.LocalDateTime.Substring(0, 4));
        }

        /// <summary>Writes a non-negative number as exactly <paramref name="width"/> digits (zero-padded, high digits cut).</summary>
        /// <param name="value">The number.</param>
        /// <param name="width">The digits wanted.</param>
        public static string Digits(long value, int width)
        {
            var chars = new char[width];
            for (int i = width - 1; i >= 0; i--)
            {
                chars[i] = (char)('0' + (int)(value % 10));
                value /= 10;
            }

            return new string(chars);
        }

        private void Common(JournalRecord intent, int batch, IsoMessage into)
        {
            into.Set(3, intent.ProcessingCode);
            into.Set(4, Digits(intent.AmountMinor, 12));
            into.Set(11, Digits(intent.Stan, 6));
            into.Set(12, intent.LocalDateTime.Substring(4, 6));
            into.Set(13, intent.LocalDateTime.Substring(0, 4));
            into.Set(22, intent.EntryMode);
            into.Set(25, "00");
            Identity(into);
            into.Set(60, TypeCode(intent.Kind) + Digits(batch, 6) + "000");
            if (intent.OriginalStan != 0)
            {
                into.Set(61, Digits(batch, 6) + Digits(intent.OriginalStan, 6) + intent.OriginalDate);
            }
        }

        private void Administrative(int stan, string localDateTime, IsoMessage into)
        {
            into.Set(11, Digits(stan, 6));
            into.Set(12, localDateTime.Substring(4, 6));
            into.Set(13, localDateTime.Substring(0, 4));
            into.Set(41, _options.TerminalId);
            into.Set(42, _options.MerchantId);
        }

        private void Identity(IsoMessage into)
        {
            into.Set(41, _options.TerminalId);
            into.Set(42, _options.MerchantId);
            into.Set(49, _options.CurrencyCode);
        }

        private static string TypeCode(TransactionKind kind)
        {
            return kind == TransactionKind.Void ? "23" : kind == TransactionKind.Refund ? "25" : "22";
        }
    }
}
