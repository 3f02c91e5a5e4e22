using System;
using System.Diagnostics;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Records;
using NanoPos.Ui.Screens;

namespace NanoPos.Ui
{
    /// <summary>The flows of <see cref="TerminalUi"/>: from the first key of a payment to its result, and the engine calls.</summary>
    public sealed partial class TerminalUi
    {
        // How long a failed write of the UI's own records (technician lock, language) waits before it is tried again.
        internal const int WriteRetryMs = 1000;

        private readonly PaymentFlow _flow = new PaymentFlow();
        private DuplicateGuard _duplicates;
        private readonly BootNotice _notice = new BootNotice();
        private HistoryKeeper _history;
        private PaymentEngine _engine;
        private ITransactionRunner _runner;
        private IDeviceInfo _device;
        private TechnicianLock _techLock;
        private ScreenSet _screens;
        private TransactionRequest _inFlight;
        private bool _submitted;
        private TransactionRequest _background;
        private bool _fatal;
        private bool _languageDirty;
        private bool _booting;
        private bool _writeFailed;
        private long _nextWriteRetryMs;

        /// <summary>Gets a value indicating whether idle-time work may run now: the idle screen is shown and no engine call runs.</summary>
        public bool CanRunBackground
        {
            get { return _engine != null && !_fatal && Screen == UiScreen.Idle && _inFlight == null && _background == null && !_runner.IsBusy; }
        }

        /// <summary>Gets a value indicating whether the boot sequence (journal recovery, reversal flush, sign-on) is still running.</summary>
        public bool IsBooting
        {
            get { return _booting; }
        }

        /// <summary>Gets what the journal held at this boot, once recovered (null before).</summary>
        public JournalRecovery Recovery { get; private set; }

        /// <summary>Gets a value indicating whether an engine call is running or waiting to run.</summary>
        public bool IsBusy
        {
            get { return _inFlight != null || _background != null || (_runner != null && _runner.IsBusy); }
        }

        /// <summary>Gets the kind of the request with the host (or waiting for the runner); Sale when none.</summary>
        internal RequestKind InFlightKind
        {
            get { return _inFlight == null ? RequestKind.Sale : _inFlight.Kind; }
        }

        /// <summary>Gets what the boot's reversal flush settled, to be said once on the idle screen.</summary>
        internal BootNotice Notice
        {
            get { return _notice; }
        }

        /// <summary>Gets the merchant's history, or null before <see cref="Attach"/>.</summary>
        public TransactionHistory History
        {
            get { return _history == null ? null : _history.History; }
        }

        internal PaymentEngine Engine
        {
            get { return _engine; }
        }

        internal IDeviceInfo DeviceInfo
        {
            get { return _device; }
        }

        internal PaymentFlow Flow
        {
            get { return _flow; }
        }

        internal TechnicianLock TechLock
        {
            get { return _techLock; }
        }

        /// <summary>
        /// Connects the screens to the engine once the configuration is loaded; then <see cref="StartBoot"/> recovers the
        /// journal and signs on through the runner, and shows idle.
        /// </summary>
        /// <param name="settings">What the screens need from the configuration.</param>
        /// <param name="engine">The engine; from now on called only through <paramref name="runner"/>.</param>
        /// <param name="runner">Runs the engine calls.</param>
        /// <param name="store">The record store, for the technician lock.</param>
        /// <param name="device">Device facts for the technician.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public void Attach(UiSettings settings, PaymentEngine engine, ITransactionRunner runner, IRecordStore store, IDeviceInfo device)
        {
            if (settings == null || engine == null || runner == null || store == null || device == null)
            {
                throw new ArgumentNullException(settings == null ? "settings" : engine == null ? "engine" : runner == null ? "runner" : store == null ? "store" : "device");
            }

            Settings = settings;
            _engine = engine;
            _runner = runner;
            _device = device;
            _catalog.Language = settings.Language;
            _techLock = new TechnicianLock(store, _clock, settings.TechnicianMaxTries, settings.TechnicianLockMs);
            _techLock.Load();
            _history = new HistoryKeeper(store);
            if (CardReader == null)
            {
                CardReader = new KeyedCardReader(_clock, settings.UtcOffsetMinutes);
            }

            if (PinEntry == null)
            {
                PinEntry = new KeypadPinEntry(engine.Keys);
            }

            _screens = new ScreenSet(this);
            _duplicates = new DuplicateGuard(settings.DuplicateWindowMs);
            PendingReversals = engine.Reversals.PendingCount;
        }

        /// <summary>
        /// Runs the boot sequence through the runner: journal recovery and reversal flush (<see cref="RequestKind.Recover"/>),
        /// then sign-on, each with its boot screen, then idle (a sign-on without an answer ends on idle too: offline). With
        /// the synchronous runner it is over when this returns; with the threaded one <see cref="Tick"/> carries it on.
        /// </summary>
        public void StartBoot()
        {
            _booting = true;
            ShowBootStep(MessageId.BootRecovering);
            _inFlight = new TransactionRequest(RequestKind.Recover, 0, null, 0);
            _submitted = false;
            Pump();
        }

        /// <summary>Shows the idle screen, abandoning whatever the cashier was typing (never a payment in flight).</summary>
        public void ShowIdle()
        {
            if (_screens == null || _fatal || _booting)
            {
                return;
            }

            if (_inFlight != null)
            {
                // A request is with the host: its result is shown, whatever else happens.
                Show(_screens.Processing);
                return;
            }

            AbortEntry();
            Show(_screens.Idle);
        }

        internal void StartFlow(RequestKind kind, int firstDigit)
        {
            _flow.Begin(kind);
            if (_flow.NeedsAmount)
            {
                _screens.Amount.Begin(firstDigit);
                Show(_screens.Amount);
            }
            else
            {
                CardReader.Begin();
                Show(_screens.Card);
            }
        }

        internal void AmountDone(long amountMinor)
        {
            _flow.AmountMinor = amountMinor;
            CardReader.Begin();
            Show(_screens.Card);
        }

        internal void CardDone(CardData card)
        {
            if (!IsUsable(card))
            {
                // A reader other than the keyed one (which checks all this itself) handed over data that no request, and
                // no PIN block, can be built from: say so on the card screen and read again. Nothing of it is logged.
                Debug.WriteLine("nanoPos: the card reader returned unusable card data; reading again");
                CardReader.Abort();
                CardReader.Begin();
                Beep(true);
                _screens.Card.ShowError(MessageId.CardReadError);
                Show(_screens.Card);
                return;
            }

            _flow.Card = card;
            long since = _flow.Kind == RequestKind.Sale ? _duplicates.SinceSameSale(card.Pan, _flow.AmountMinor, _clock.MonotonicMs) : -1;
            if (since >= 0)
            {
                // Nothing is sent, and no PIN asked, until the cashier says this is a second purchase.
                _screens.Duplicate.Set(since);
                Show(_screens.Duplicate);
                return;
            }

            ContinueAfterCard();
        }

        internal void DuplicateConfirmed()
        {
            ContinueAfterCard();
        }

        private void ContinueAfterCard()
        {
            CardData card = _flow.Card;
            if (_flow.NeedsPin)
            {
                PinEntry.Begin(card.Pan);
                Show(_screens.Pin);
            }
            else
            {
                Submit(_flow.TakeRequest());
            }
        }

        internal void PinDone(byte[] pinBlock)
        {
            _flow.Card.PinBlock = pinBlock;
            Submit(_flow.TakeRequest());
        }

        internal void VoidConfirmed(int saleStan)
        {
            _flow.Begin(RequestKind.Void);
            _flow.VoidStan = saleStan;
            Submit(_flow.TakeRequest());
        }

        internal void SettleConfirmed()
        {
            _flow.Begin(RequestKind.Settle);
            Submit(_flow.TakeRequest());
        }

        /// <summary>Shows the processing screen and hands the request to the runner as soon as it is free.</summary>
        internal void Submit(TransactionRequest request)
        {
            _inFlight = request;
            _submitted = false;
            Show(_screens.Processing);
            Pump();
        }

        internal void Open(Screen screen)
        {
            // Screens that read the engine (history, settlement, device information) wait for a running call to end.
            if (IsBusy)
            {
                Beep(true);
                return;
            }

            Show(screen);
        }

        internal ScreenSet All
        {
            get { return _screens; }
        }

        internal void SetLanguageFromMenu(Language language)
        {
            _catalog.Language = language;
            _languageDirty = true;
            SaveChangesNow();
        }

        /// <summary>Writes what just changed (technician lock, language) now, even while an earlier failed write waits for its retry.</summary>
        internal void SaveChangesNow()
        {
            _writeFailed = false;
            SavePendingWrites();
        }

        /// <summary>
        /// Tells whether card data can go into a request: a PAN of 13 to 19 digits that passes the Luhn check (what the
        /// PIN block and field 2 need; a failed check is a misread), an expiry YYMM with a month 01 to 12 (field 14), and
        /// an entry mode of 3 digits (field 22).
        /// </summary>
        private static bool IsUsable(CardData card)
        {
            if (card == null || card.Pan == null || card.Pan.Length < 13 || card.Pan.Length > 19 || !Luhn.IsValid(card.Pan))
            {
                return false;
            }

            string expiry = card.Expiry;
            if (!AllDigits(expiry, 4) || !AllDigits(card.EntryMode, 3))
            {
                return false;
            }

            int month = ((expiry[2] - '0') * 10) + (expiry[3] - '0');
            return month >= 1 && month <= 12;
        }

        private static bool AllDigits(string text, int length)
        {
            if (text == null || text.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private void AbortEntry()
        {
            if (CardReader != null)
            {
                CardReader.Abort();
            }

            if (PinEntry != null)
            {
                PinEntry.Abort();
            }

            _flow.Wipe();
        }
    }
}
