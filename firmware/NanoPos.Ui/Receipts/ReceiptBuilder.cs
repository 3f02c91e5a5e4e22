using System;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Receipts
{
    /// <summary>Makes the <see cref="Receipt"/> of an approved result, or of an entry of the batch, with the terminal's identity.</summary>
    internal static class ReceiptBuilder
    {
        /// <summary>The receipt of an approved sale, void or refund just done; its time is now.</summary>
        internal static Receipt FromResult(UiSettings settings, IClock clock, TransactionRequest done)
        {
            TransactionResult result = done.Result;
            Receipt receipt = Identity(settings);
            receipt.Kind = KindWord(done.Kind == RequestKind.Void ? TransactionKind.Void : done.Kind == RequestKind.Refund ? TransactionKind.Refund : TransactionKind.Sale);
            receipt.Status = StatusWord(done.Kind == RequestKind.Void ? TransactionKind.Void : done.Kind == RequestKind.Refund ? TransactionKind.Refund : TransactionKind.Sale, false);
            receipt.AmountMinor = result.AmountMinor > 0 ? result.AmountMinor : done.AmountMinor;
            receipt.MaskedPan = result.MaskedPan;
            receipt.Stan = result.Stan;
            receipt.Rrn = result.Rrn;
            receipt.AuthCode = result.AuthCode;
            receipt.LocalTime = UiText.FormatDateTime(clock.UtcNow.AddMinutes(settings.UtcOffsetMinutes));
            return receipt;
        }

        /// <summary>The receipt of an approved entry of the history; its time is the entry's own, the year from when it was made.</summary>
        internal static Receipt FromEntry(UiSettings settings, IClock clock, HistoryEntry entry)
        {
            Receipt receipt = Identity(settings);
            receipt.Kind = KindWord(entry.Kind);
            receipt.Status = StatusWord(entry.Kind, entry.Voided);
            receipt.AmountMinor = entry.AmountMinor;
            receipt.MaskedPan = entry.MaskedPan;
            receipt.Stan = entry.Stan;
            receipt.Rrn = entry.Rrn;
            receipt.AuthCode = entry.AuthCode;
            receipt.LocalTime = UiText.FormatDateTime(LocalTimeOf(settings, clock, entry.CreatedUtcTicks, entry.LocalDateTime));
            return receipt;
        }

        /// <summary>
        /// Gets when a transaction was made, local time: its fields 13 and 12 (month, day, time, MMDDhhmmss) with the year of
        /// its creation (the request carries no year), or of now when the creation time is unknown.
        /// </summary>
        /// <param name="settings">The terminal's settings (its UTC offset).</param>
        /// <param name="clock">The clock, for now.</param>
        /// <param name="createdUtcTicks">When it was made, UTC ticks, or 0 when unknown.</param>
        /// <param name="mmddhhmmss">Its local time as sent.</param>
        internal static DateTime LocalTimeOf(UiSettings settings, IClock clock, long createdUtcTicks, string mmddhhmmss)
        {
            DateTime made = createdUtcTicks > 0 ? new DateTime(createdUtcTicks).AddMinutes(settings.UtcOffsetMinutes)
                : clock.UtcNow.AddMinutes(settings.UtcOffsetMinutes);
            string t = mmddhhmmss;
            if (t == null || t.Length != 10 || !UiText.IsDigits(t))
            {
                return made;
            }

            int month = ((t[0] - '0') * 10) + (t[1] - '0');
            int day = ((t[2] - '0') * 10) + (t[3] - '0');
            int hour = ((t[4] - '0') * 10) + (t[5] - '0');
            int minute = ((t[6] - '0') * 10) + (t[7] - '0');
            int second = ((t[8] - '0') * 10) + (t[9] - '0');
            if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(made.Year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return made;
            }

            return new DateTime(made.Year, month, day, hour, minute, second);
        }

        private static Receipt Identity(UiSettings settings)
        {
            var receipt = new Receipt();
            receipt.MerchantName = settings.MerchantName;
            receipt.MerchantId = settings.MerchantId;
            receipt.TerminalId = settings.TerminalId;
            receipt.Decimals = settings.CurrencyDecimals;
            return receipt;
        }

        private static string KindWord(TransactionKind kind)
        {
            return kind == TransactionKind.Void ? "VOID" : kind == TransactionKind.Refund ? "REFUND" : "SALE";
        }

        private static string StatusWord(TransactionKind kind, bool voided)
        {
            if (voided)
            {
                return "VOIDED";
            }

            return kind == TransactionKind.Refund ? "REFUNDED" : "APPROVED";
        }
    }
}
