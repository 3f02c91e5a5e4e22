using System;
using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The transaction engine: sale, void, refund, balance inquiry, sign-on, echo and settlement against the
    /// acquirer, with the write-ahead journal that makes an unknown outcome a reversal, exactly once
    /// (docs/transaction-engine.md). One instance per boot: call <see cref="Start"/> first. Not thread-safe.
    /// </summary>
    public sealed class PaymentEngine
    {
        private readonly EngineOptions _options;
        private readonly IClock _clock;
        private readonly TransactionLog _log;
        private readonly HostExchange _exchange;
        private readonly RequestBuilder _builder;
        private readonly ReversalQueue _queue;
        private readonly FinancialFlow _flow;
        private readonly Settlement _settlement;
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _response = new IsoMessage();
        private readonly KeyRing _keys;
        private readonly NetworkFlow _network;
        private string _keysError;
        private JournalVersionException _journalRefusal;
        private bool _recovered;

        /// <summary>Creates the engine over the terminal's storage, link and clock.</summary>
        /// <param name="options">Identity, timeouts, sizes; validated here.</param>
        /// <param name="store">The durable record store holding the journal.</param>
        /// <param name="link">The network link to the acquirer.</param>
        /// <param name="clock">The clock (monotonic time for deadlines, wall time for fields 12/13).</param>
        /// <param name="keys">The terminal's keys (TMK, working keys), over the same store; loaded by <see cref="Start"/>.</param>
        /// <exception cref="ArgumentException">An option is out of range.</exception>
        /// <exception cref="ArgumentNullException">The keys are null.</exception>
        public PaymentEngine(EngineOptions options, IRecordStore store, INetworkLink link, IClock clock, KeyRing keys)
        {
            if (keys == null)
            {
                throw new ArgumentNullException("keys");
            }

            options.Validate();
            _options = options;
            _clock = clock;
            _keys = keys;
            _log = new TransactionLog(new Journal(store, options.JournalSlots), options.StanBlock);
            _exchange = new HostExchange(options, link, clock, CupTerminalProfile.Instance, keys);
            _builder = new RequestBuilder(options);
            _queue = new ReversalQueue(_log, _exchange, _builder, options, clock);
            _flow = new FinancialFlow(_log, _exchange, _builder, _queue, options, clock);
            _settlement = new Settlement(_log, _exchange, _builder, _queue, clock);
            _network = new NetworkFlow(_log, _exchange, _builder, _queue, keys, options, clock, _request, _response);
        }

        /// <summary>Gets the transaction log (batch, pending reversals, journal counters).</summary>
        public TransactionLog Log
        {
            get { return _log; }
        }

        /// <summary>Gets the terminal's keys: whether a TMK and working keys are loaded, and the PIN encryption.</summary>
        public KeyRing Keys
        {
            get { return _keys; }
        }

        /// <summary>Gets why stored keys were refused at <see cref="Start"/>, or null when they loaded (or none were stored).</summary>
        public string KeysError
        {
            get { return _keysError; }
        }

        /// <summary>
        /// Gets why the journal was refused (it is of a newer format than this firmware reads), or null. Once set, every
        /// operation refuses (<see cref="RefusalKind.JournalFromNewerFirmware"/>) and nothing is written to the store.
        /// </summary>
        public JournalVersionException JournalRefusal
        {
            get { return _journalRefusal; }
        }

        /// <summary>Gets whether <see cref="Recover"/> (or <see cref="Start"/>) has read the journal: before, the log holds nothing.</summary>
        public bool JournalRecovered
        {
            get { return _recovered; }
        }

        /// <summary>
        /// Reads only the journal's header (the checkpoint pair: two reads, no write) and refuses a journal of a newer format
        /// than this firmware reads, before anything at boot may write: a boot calls it first (the terminal's, before the keys
        /// are opened). <see cref="Recover"/> checks every record as well.
        /// </summary>
        /// <param name="store">The store holding the journal.</param>
        /// <exception cref="JournalVersionException">The journal is of a newer format; nothing was written.</exception>
        public static void CheckJournalFormat(IRecordStore store)
        {
            int found = new Journal(store, 4).ReadFormatVersion();
            if (found > JournalRecordCodec.CurrentVersion)
            {
                throw new JournalVersionException(found, JournalRecordCodec.CurrentVersion);
            }
        }

        /// <summary>Gets the reversal queue (pending count, attempts, age, backoff).</summary>
        public ReversalQueue Reversals
        {
            get { return _queue; }
        }

        /// <summary>Gets the host exchange (round trips, dropped frames).</summary>
        public HostExchange Exchange
        {
            get { return _exchange; }
        }

        /// <summary>
        /// Gets the states the last sale, void or refund went through, from <see cref="TransactionState.Idle"/> to where
        /// it ended; a second <see cref="TransactionState.ReversalPending"/> at the end is the retry row (the reversal
        /// was left to the queue).
        /// </summary>
        public TransactionState[] LastPath
        {
            get { return _flow.LastPath; }
        }

        /// <summary>
        /// Boot: recovers the journal (pending reversals, open batch, STANs) and tries to deliver the pending
        /// reversals at once.
        /// </summary>
        /// <returns>What the journal held.</returns>
        public JournalRecovery Start()
        {
            JournalRecovery found = Recover();
            FlushReversals();
            return found;
        }

        /// <summary>
        /// The first half of <see cref="Start"/>: loads the keys and recovers the journal (pending reversals, open batch,
        /// STANs), without talking to the host; the screens can then show how many reversals are owed while
        /// <see cref="FlushReversals"/> sends them. The first boot after a firmware update also migrates a journal of an
        /// older format (<see cref="JournalRecovery.FormatVersion"/>, <see cref="JournalRecovery.MigratedRecords"/>).
        /// </summary>
        /// <returns>What the journal held.</returns>
        /// <exception cref="JournalVersionException">The journal is of a newer format than this firmware reads: nothing was
        /// written, and from now on every operation refuses (<see cref="JournalRefusal"/>).</exception>
        public JournalRecovery Recover()
        {
            if (_journalRefusal != null)
            {
                throw _journalRefusal;
            }

            _keysError = _keys.Load();
            try
            {
                JournalRecovery found = _log.Recover();
                _recovered = true;
                return found;
            }
            catch (JournalVersionException e)
            {
                _journalRefusal = e;
                throw;
            }
        }

        /// <summary>
        /// The second half of <see cref="Start"/>: tries to deliver every pending reversal at once, ignoring the backoff
        /// (signing on first when a reversal is owed and the working keys are gone).
        /// </summary>
        /// <returns>True when no reversal is pending any more.</returns>
        public bool FlushReversals()
        {
            if (_journalRefusal != null)
            {
                return false;
            }

            _network.SignOnForReversals();
            bool done = _queue.Flush(false);
            _network.AfterExchanges();
            return done;
        }

        /// <summary>Background service for the idle loop: retries pending reversals once their backoff has passed.</summary>
        /// <returns>True when nothing is pending.</returns>
        public bool ServiceReversals()
        {
            if (_journalRefusal != null)
            {
                return false;
            }

            _network.SignOnForReversals();
            bool done = _queue.Flush(true);
            _network.AfterExchanges();
            return done;
        }

        /// <summary>A purchase.</summary>
        /// <param name="amountMinor">The amount in minor units, 1 to the configured maximum.</param>
        /// <param name="card">The card.</param>
        public TransactionResult Sale(long amountMinor, CardData card)
        {
            string invalid = CheckAmount(amountMinor) ?? CheckCard(card);
            if (invalid != null)
            {
                return TransactionResult.Refuse(RefusalKind.InvalidInput, invalid);
            }

            return JournalRefused() ?? _network.NeedsKeys() ?? _network.AfterExchanges(_flow.Run(Intent(TransactionKind.Sale, Mti.FinancialRequest, RequestBuilder.SaleCode, amountMinor, card), card));
        }

        /// <summary>Cancels a sale of the open batch (same amount, same card, by its STAN).</summary>
        /// <param name="saleStan">The STAN of the approved sale.</param>
        public TransactionResult Void(int saleStan)
        {
            if (_journalRefusal != null)
            {
                return JournalRefused();
            }

            JournalRecord sale = _log.FindBatchEntry(saleStan);
            if (sale == null || sale.Kind != TransactionKind.Sale)
            {
                return TransactionResult.Refuse(RefusalKind.OriginalNotFound, "No approved sale with STAN " + RequestBuilder.Digits(saleStan, 6) + " in the open batch.");
            }

            if (BatchTotals.IsVoided(_log.BatchEntries, saleStan))
            {
                return TransactionResult.Refuse(RefusalKind.AlreadyVoided, "The sale with STAN " + RequestBuilder.Digits(saleStan, 6) + " is already voided.");
            }

            JournalRecord intent = Intent(TransactionKind.Void, Mti.FinancialRequest, RequestBuilder.VoidOrRefundCode, sale.AmountMinor, null);
            intent.EntryMode = sale.EntryMode;
            intent.MaskedPan = sale.MaskedPan;
            intent.OriginalStan = sale.Stan;
            intent.OriginalDate = sale.LocalDateTime.Substring(0, 4);
            return _network.NeedsKeys() ?? _network.AfterExchanges(_flow.Run(intent, null));
        }

        /// <summary>Money back to a card (0220 advice).</summary>
        /// <param name="amountMinor">The amount in minor units.</param>
        /// <param name="card">The card.</param>
        public TransactionResult Refund(long amountMinor, CardData card)
        {
            string invalid = CheckAmount(amountMinor) ?? CheckCard(card);
            if (invalid != null)
            {
                return TransactionResult.Refuse(RefusalKind.InvalidInput, invalid);
            }

            return JournalRefused() ?? _network.NeedsKeys() ?? _network.AfterExchanges(_flow.Run(Intent(TransactionKind.Refund, Mti.AdviceRequest, RequestBuilder.VoidOrRefundCode, amountMinor, card), card));
        }

        /// <summary>A balance inquiry: no money moves, so nothing is journaled and nothing needs reversing.</summary>
        /// <param name="card">The card.</param>
        public TransactionResult BalanceInquiry(CardData card)
        {
            string invalid = CheckCard(card);
            if (invalid != null)
            {
                return TransactionResult.Refuse(RefusalKind.InvalidInput, invalid);
            }

            TransactionResult noKeys = JournalRefused() ?? _network.NeedsKeys();
            if (noKeys != null)
            {
                return noKeys;
            }

            if (!_queue.Flush(false))
            {
                return TransactionResult.Refuse(RefusalKind.ReversalPending, "A reversal of an earlier transaction could not be delivered; no new request until it is.");
            }

            if (!_log.TryReserveStan(out int stan, out string storage))
            {
                return TransactionResult.Refuse(RefusalKind.StorageFailure, storage);
            }

            try
            {
                _builder.Balance(stan, _builder.LocalDateTime(_clock.UtcNow), card, _log.BatchNumber, _request);
                TransactionResult result = _network.Plain(stan, _exchange.Exchange(_request, _response, _options.ResponseTimeoutMs));
                result.MaskedPan = FieldMasker.MaskPan(card.Pan);
                result.Balance = result.Outcome == TransactionOutcome.Approved ? _response.GetString(54) : null;
                return result;
            }
            finally
            {
                // Nothing of the card outlives the exchange, not even when a driver throws halfway: the request and the
                // host's echo hold the PAN, the frame buffer held the packed request (Close wipes it; a second Close
                // after the exchange's own is harmless).
                _request.Clear();
                _response.Clear();
                _exchange.Close();
                _network.AfterExchanges();
            }
        }

        /// <summary>
        /// Sign-on (0800/003): working keys from field 62 (each check value verified) and the batch number to use
        /// (<see cref="NetworkFlow.SignOn"/>).
        /// </summary>
        /// <returns>Approved with the keys accepted; KeysRefused, StorageFailure, NotSent or NoAnswer otherwise.</returns>
        public TransactionResult SignOn()
        {
            return JournalRefused() ?? _network.SignOn();
        }

        /// <summary>Echo test (0800/301): is the host there? Needs the working keys (it is MACed).</summary>
        /// <returns>Approved when the host answered with a valid MAC.</returns>
        public TransactionResult Echo()
        {
            return JournalRefused() ?? _network.Echo();
        }

        /// <summary>Settles the open batch (0500; on a totals mismatch, batch upload 0320 and its end), then closes it.</summary>
        /// <returns>Approved when the host accepted and the batch is closed; otherwise the batch stays open.</returns>
        public TransactionResult Settle()
        {
            return JournalRefused() ?? _network.NeedsKeys() ?? _network.AfterExchanges(_settlement.Run(_options.ResponseTimeoutMs));
        }

        private TransactionResult JournalRefused()
        {
            return _journalRefusal == null ? null : TransactionResult.Refuse(RefusalKind.JournalFromNewerFirmware, _journalRefusal.Message);
        }

        private JournalRecord Intent(TransactionKind kind, int mti, string processingCode, long amountMinor, CardData card)
        {
            var intent = new JournalRecord();
            intent.Type = JournalRecordType.Intent;
            intent.Kind = kind;
            intent.Mti = mti;
            intent.ProcessingCode = processingCode;
            intent.AmountMinor = amountMinor;
            if (card != null)
            {
                intent.EntryMode = card.EntryMode;
                intent.MaskedPan = FieldMasker.MaskPan(card.Pan);
            }

            return intent;
        }

        private string CheckAmount(long amountMinor)
        {
            return amountMinor < 1 || amountMinor > _options.MaxAmountMinor ? "The amount must be between 0.01 and the terminal's maximum." : null;
        }

        private static string CheckCard(CardData card)
        {
            // Everything the request carries is checked here, before the intent is written: a value the codec
            // refused later would fail after the intent is durable, and its reversal would fail the same way at
            // every attempt and every boot, blocking the terminal for good.
            if (card == null || card.Pan == null || card.Pan.Length < 13 || card.Pan.Length > 19 || !IsDigits(card.Pan, 0))
            {
                return "The card number needs 13 to 19 digits.";
            }

            if (!IsDigits(card.Expiry, 4))
            {
                return "The card expiry needs 4 digits, YYMM.";
            }

            if (!IsDigits(card.EntryMode, 3))
            {
                return "The POS entry mode needs 3 digits.";
            }

            if (card.PinBlock != null && card.PinBlock.Length != 8)
            {
                return "A PIN block has 8 bytes.";
            }

            return null;
        }

        private static bool IsDigits(string text, int length)
        {
            // Length is read once: on the device it counts the characters of the UTF-8 string at every call.
            int count = text == null ? -1 : text.Length;
            if (count < 0 || (length > 0 && count != length))
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
