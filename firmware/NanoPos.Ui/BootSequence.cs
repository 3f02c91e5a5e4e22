using System.Diagnostics;
using System.IO;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Records;
using NanoPos.Ui.Text;

namespace NanoPos.Ui
{
    /// <summary>
    /// The boot's engine calls, each behind its boot screen: journal recovery (<see cref="RequestKind.Recover"/>), then —
    /// when the journal owes reversals — the flush (<see cref="RequestKind.FlushReversals"/>), then the sign-on, then idle.
    /// A sign-on without an answer ends on idle too: offline, and the idle loop tries again.
    /// </summary>
    internal sealed class BootSequence
    {
        private readonly TerminalUi _ui;
        private readonly PaymentEngine _engine;
        private readonly IDeviceInfo _device;
        private readonly UiRecords _records;
        private readonly BootNotice _notice = new BootNotice();

        /// <summary>Creates the boot sequence of an attached UI.</summary>
        /// <param name="ui">The UI: its boot screens, its calls and its health sources.</param>
        /// <param name="engine">The engine, read between the calls.</param>
        /// <param name="device">Device facts (whether the last boot was unexpected).</param>
        /// <param name="records">The UI's records (the history adopts what the journal held).</param>
        internal BootSequence(TerminalUi ui, PaymentEngine engine, IDeviceInfo device, UiRecords records)
        {
            _ui = ui;
            _engine = engine;
            _device = device;
            _records = records;
        }

        /// <summary>Gets a value indicating whether the boot is still running.</summary>
        internal bool IsBooting { get; private set; }

        /// <summary>Gets what the journal held at this boot, once recovered (null before).</summary>
        internal JournalRecovery Recovery { get; private set; }

        /// <summary>Gets what the boot's reversal flush settled, to be said once on the idle screen.</summary>
        internal BootNotice Notice
        {
            get { return _notice; }
        }

        /// <summary>Starts the boot: the recovery screen and its call.</summary>
        internal void Start()
        {
            IsBooting = true;
            _ui.ShowBootStep(MessageId.BootRecovering);
            Next(RequestKind.Recover);
        }

        /// <summary>Gives the boot up (a restart was asked for): a boot call still running ends on nothing.</summary>
        internal void Stop()
        {
            IsBooting = false;
        }

        /// <summary>A boot call has returned (it did not throw): shows the next step, or idle after the sign-on.</summary>
        /// <param name="done">The finished call.</param>
        internal void Finished(TransactionRequest done)
        {
            if (!IsBooting)
            {
                return;
            }

            CallPump calls = _ui.Calls;
            if (done.Kind == RequestKind.Recover)
            {
                Recovery = done.Recovery;
                NoteRecovery(done.Recovery);
                _records.History.Recovered(_engine.Log);

                // The journal is read: what is owed is known (and shown) before the host is asked to take it.
                if (calls.PendingReversals > 0)
                {
                    _notice.Owed(_engine.Log);
                    _ui.ShowBootStep(MessageId.BootSendingReversals);
                    Next(RequestKind.FlushReversals);
                    return;
                }

                _ui.ShowBootStep(MessageId.BootSigningOn);
                Next(RequestKind.SignOn);
                return;
            }

            if (done.Kind == RequestKind.FlushReversals)
            {
                _notice.Flushed(_engine.Log, new AmountFormatter(_ui.Settings.CurrencyDecimals, ',', '.'), _ui.Catalog);
                _records.History.ReversalsSent(_engine.Log);
                calls.Link = done.ReversalsClear ? LinkStatus.Online : LinkStatus.Offline;
                _ui.ShowBootStep(MessageId.BootSigningOn);
                Next(RequestKind.SignOn);
                return;
            }

            calls.NoteResult(RequestKind.SignOn, done.Result);
            IsBooting = false;
            _ui.ShowIdle();
            _records.SaveOwed();
        }

        private void Next(RequestKind kind)
        {
            _ui.Calls.Take(null, new TransactionRequest(kind, 0, null, 0));
            _ui.Calls.Pump();
        }

        private void NoteRecovery(JournalRecovery recovery)
        {
            HealthCollector health = _ui.Health;
            if (health == null)
            {
                return;
            }

            // Statistics, not money: a failed write of the health record is logged and the terminal goes on.
            try
            {
                health.Recovery = recovery;
                health.Engine = _engine;
                if (_device.PreviousBootUnexpected && recovery != null && recovery.InterruptedPayments > 0)
                {
                    health.Log.RecordRebootDuringPayment();
                }
            }
            catch (IOException e)
            {
                Debug.WriteLine("nanoPos: saving the health record failed: " + e.Message);
            }
        }
    }
}
