using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Technician menu 6, "Prepare update": before a firmware update, sends every pending reversal and settles the open
    /// batch (<see cref="UpdateReadiness.Prepare"/>, through the runner), then says "Ready for update - nothing owed" only
    /// when nothing is owed; otherwise what still is (reversals pending, the open batch with its count and total). # tries
    /// again, * goes back to the technician menu. `nanopos flash --prepared` confirms this screen said ready.
    /// </summary>
    internal sealed class PrepareUpdateScreen : Screen
    {
        private readonly AmountFormatter _formatter;
        private TransactionRequest _request;
        private UpdateReadiness _readiness;
        private string _text;
        private int _scroll;
        private int _lines;

        internal PrepareUpdateScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.PrepareUpdate; }
        }

        /// <summary>Gets whether the last preparation found nothing owed (for tests and the emulator).</summary>
        internal bool Ready
        {
            get { return _readiness != null && _readiness.Ready; }
        }

        internal override long TimeoutMs
        {
            // While the host is asked, the screen waits for the answer; the verdict goes back to idle like any screen.
            get { return _request != null ? 0 : base.TimeoutMs; }
        }

        internal override void Enter()
        {
            Start();
        }

        internal override void HandleKey(Key key)
        {
            if (_request != null)
            {
                return;
            }

            if (Scroll(key, ref _scroll, _lines, 3))
            {
                Ui.Invalidate();
            }
            else if (key == Key.Cancel)
            {
                Ui.Show(Ui.All.TechMenu);
            }
            else if (key == Key.Enter && !Ready)
            {
                Start();
                Ui.Invalidate();
            }
        }

        internal override void Tick(long nowMs)
        {
            Collect();
        }

        private void Collect()
        {
            if (_request != null && _request.IsDone)
            {
                // A failure of the call itself (storage under a power cut) is the UI's: it restarts, and the next boot's
                // flush goes on with what this one could not finish.
                _readiness = _request.Readiness;
                _request = null;
                _text = null;
                _scroll = 0;
                Ui.RestartInputTimeout();
                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.UpdateTitle));
            if (_request != null || _readiness == null)
            {
                canvas.Wrapped(1, 3, catalog.Text(MessageId.UpdatePreparing), 0);
                return;
            }

            if (_text == null)
            {
                _text = Verdict(catalog);
            }

            _lines = canvas.Wrapped(1, 3, _text, _scroll);
        }

        private void Start()
        {
            _readiness = null;
            _text = null;
            _scroll = 0;
            _request = new TransactionRequest(RequestKind.PrepareUpdate, 0, null, 0);
            if (!Ui.Calls.RunAside(_request))
            {
                // An engine call runs (a reversal retry): Open waits for none, so this is a race lost; try on the next key.
                _request = null;
                return;
            }

            // With the synchronous runner the answer is already there; with the worker thread a later tick collects it.
            Collect();
        }

        private string Verdict(MessageCatalog catalog)
        {
            UpdateReadiness r = _readiness;
            if (r.Ready)
            {
                return catalog.Text(MessageId.UpdateReady) + "\n" + catalog.Text(MessageId.HintBack);
            }

            string text = catalog.Text(MessageId.UpdateNotReady);
            if (r.JournalRefused)
            {
                text += "\n" + catalog.Text(MessageId.UpdateJournalRefused);
            }

            if (r.PendingReversals > 0)
            {
                text += "\n" + catalog.Format(MessageId.UpdateReversalsPending, r.PendingReversals.ToString());
            }

            if (r.BatchOpen)
            {
                text += "\n" + catalog.Format(MessageId.UpdateBatchOpen, r.BatchCount.ToString() + " " + _formatter.ToString(r.BatchTotalMinor));
            }

            return text + "\n" + catalog.Text(MessageId.UpdateRetryHint);
        }
    }
}
