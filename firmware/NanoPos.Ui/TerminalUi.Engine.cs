using System;
using System.Diagnostics;
using System.IO;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui
{
    /// <summary>The engine side of <see cref="TerminalUi"/>: requests handed to the runner and their results collected.</summary>
    public sealed partial class TerminalUi
    {
        /// <summary>Records what an engine call said about the host (sign-on at boot, and every call of the screens).</summary>
        /// <param name="kind">The call.</param>
        /// <param name="result">Its result.</param>
        public void NoteResult(RequestKind kind, TransactionResult result)
        {
            if (result == null)
            {
                return;
            }

            switch (result.Outcome)
            {
                case TransactionOutcome.Approved:
                case TransactionOutcome.Declined:
                case TransactionOutcome.Reversed:
                    Link = LinkStatus.Online;
                    break;
                case TransactionOutcome.Refused:
                    Link = result.Refusal == RefusalKind.ReversalPending ? LinkStatus.Offline : Link;
                    break;
                default:
                    Link = LinkStatus.Offline;
                    break;
            }

            if (kind == RequestKind.SignOn)
            {
                SignedOn = result.Outcome == TransactionOutcome.Approved;
            }

            // Keys refused, dropped after the host's A0, or never loaded: the idle loop signs on again.
            if (_engine != null && !_engine.Keys.HasWorkingKeys)
            {
                SignedOn = false;
            }

            Invalidate();
        }

        /// <summary>Starts idle-time work (reversal service, sign-on or echo retry) if <see cref="CanRunBackground"/>.</summary>
        /// <param name="request">The call: <see cref="RequestKind.ServiceReversals"/>, SignOn or Echo.</param>
        /// <returns>True when it was started.</returns>
        public bool RunBackground(TransactionRequest request)
        {
            if (!CanRunBackground)
            {
                return false;
            }

            _background = request;
            _runner.Start(request);
            CollectBackground();
            Render();
            return true;
        }

        /// <summary>
        /// Gets or sets the health report's sources and the self-tests, or null when the terminal has none (the technician
        /// screens then say "not available"). The UI tells it what the journal held at boot and when a settlement was
        /// accepted.
        /// </summary>
        public NanoPos.Diagnostics.HealthCollector Health { get; set; }

        /// <summary>Gets the text of the health QR code on screen now, or null when it is not shown (for tests and the emulator).</summary>
        public string HealthQrPayload
        {
            get { return _screens != null && _screen == _screens.HealthQr ? _screens.HealthQr.Payload : null; }
        }

        /// <summary>Gets the text of the e-receipt QR code on screen now, or null when it is not shown (for tests and the emulator).</summary>
        public string ReceiptQrPayload
        {
            get { return _screens != null && _screen == _screens.ReceiptQr ? _screens.ReceiptQr.Payload : null; }
        }

        /// <summary>Starts a call a screen waits for (a self-test), when no engine call runs; the screen polls it.</summary>
        /// <param name="request">The call.</param>
        /// <returns>True when it was started; false when an engine call is running.</returns>
        internal bool RunForScreen(TransactionRequest request)
        {
            if (IsBusy)
            {
                return false;
            }

            _background = request;
            _runner.Start(request);
            CollectBackground();
            return true;
        }

        private void Pump()
        {
            if (_inFlight == null)
            {
                return;
            }

            if (!_submitted && _background == null && !_runner.IsBusy)
            {
                _submitted = true;
                _runner.Start(_inFlight);
            }

            if (_submitted && _inFlight.IsDone)
            {
                TransactionRequest done = _inFlight;
                _inFlight = null;
                _flow.Wipe();
                if (done.Failure != null)
                {
                    EngineCallFailed(done);
                    return;
                }

                if (_booting)
                {
                    Booted(done);
                    return;
                }

                NoteResult(done.Kind, done.Result);
                NoteHealth(done);
                if (done.Kind == RequestKind.Sale && done.Result != null && done.Result.Outcome == TransactionOutcome.Approved)
                {
                    _duplicates.Approved(done.Result.MaskedPan, done.Result.AmountMinor > 0 ? done.Result.AmountMinor : done.AmountMinor, _clock.MonotonicMs);
                }
                PendingReversals = _engine.Reversals.PendingCount;
                _history.Finished(done, _engine.Log);
                _screens.Result.Set(done);
                Show(_screens.Result);

                // The result is on screen: now, off the payment's path, its history entry is saved.
                SavePendingWrites();
            }
        }

        private void Booted(TransactionRequest done)
        {
            PendingReversals = _engine.Reversals.PendingCount;
            if (done.Kind == RequestKind.Recover)
            {
                Recovery = done.Recovery;
                NoteHealth(done);
                _history.Recovered(_engine.Log);

                // The journal is read: what is owed is known (and shown) before the host is asked to take it.
                if (PendingReversals > 0)
                {
                    _notice.Owed(_engine.Log);
                    ShowBootStep(MessageId.BootSendingReversals);
                    Continue(RequestKind.FlushReversals);
                    return;
                }

                ShowBootStep(MessageId.BootSigningOn);
                Continue(RequestKind.SignOn);
                return;
            }

            if (done.Kind == RequestKind.FlushReversals)
            {
                _notice.Flushed(_engine.Log, new AmountFormatter(Settings.CurrencyDecimals, ',', '.'), _catalog);
                _history.ReversalsSent(_engine.Log);
                Link = done.ReversalsClear ? LinkStatus.Online : LinkStatus.Offline;
                ShowBootStep(MessageId.BootSigningOn);
                Continue(RequestKind.SignOn);
                return;
            }

            NoteResult(RequestKind.SignOn, done.Result);
            _booting = false;
            ShowIdle();
            SavePendingWrites();
        }

        private void Continue(RequestKind kind)
        {
            _inFlight = new TransactionRequest(kind, 0, null, 0);
            _submitted = false;
            Pump();
        }

        private void NoteHealth(TransactionRequest done)
        {
            if (Health == null)
            {
                return;
            }

            // Statistics, not money: a failed write of the health record is logged and the terminal goes on.
            try
            {
                if (done.Kind == RequestKind.Recover)
                {
                    Health.Recovery = done.Recovery;
                    Health.Engine = _engine;
                    if (_device.PreviousBootUnexpected && done.Recovery != null && done.Recovery.InterruptedPayments > 0)
                    {
                        Health.Log.RecordRebootDuringPayment();
                    }
                }
                else if (done.Kind == RequestKind.Settle && done.Result != null && done.Result.Outcome == TransactionOutcome.Approved)
                {
                    Health.Log.RecordSettlement(Health.NowUnixSeconds());
                }
            }
            catch (IOException e)
            {
                Debug.WriteLine("nanoPos: saving the health record failed: " + e.Message);
            }
        }

        private void CollectBackground()
        {
            if (_background == null || !_background.IsDone)
            {
                return;
            }

            TransactionRequest done = _background;
            _background = null;
            if (done.Failure != null)
            {
                EngineCallFailed(done);
                return;
            }

            if (done.Kind == RequestKind.ServiceReversals)
            {
                Link = done.ReversalsClear ? LinkStatus.Online : LinkStatus.Offline;
                _history.ReversalsSent(_engine.Log);
                SavePendingWrites();
            }
            else
            {
                NoteResult(done.Kind, done.Result);
            }

            PendingReversals = _engine.Reversals.PendingCount;
            Invalidate();
        }

        private void EngineCallFailed(TransactionRequest done)
        {
            // Whatever the engine wrote is in the journal, and what it did not write is what recovery is for: a restart,
            // whose boot recovers the journal and sends the reversal of a request whose outcome was not recorded. The log
            // names the call (as a number: enum names do not exist on the device) and the exception, never card data
            // (the request has already forgotten the card).
            Exception e = done.Failure;
            Debug.WriteLine("nanoPos: engine call " + ((int)done.Kind).ToString() + " failed: " + e.GetType().FullName + ": " + e.Message);
            ShowRestarting();
        }

        /// <summary>
        /// Writes the UI's own records that changed: the technician lock's count and the language. Called at once when
        /// they change and again on every tick while a write is still owed.
        /// </summary>
        /// <remarks>
        /// Not deferred while an engine call runs: the record store is thread-safe (<see cref="IRecordStore"/>), the
        /// engine never touches these records, so writing now while the worker writes its journal is safe, and waiting
        /// would open a window in which a power cut forgets a wrong technician PIN. A write that fails (the store's
        /// <see cref="IOException"/>) stays owed and is tried again, at most every <see cref="WriteRetryMs"/>.
        /// </remarks>
        internal void SavePendingWrites()
        {
            if (_techLock == null || (_writeFailed && _clock.MonotonicMs < _nextWriteRetryMs))
            {
                return;
            }

            bool failed = false;
            try
            {
                _techLock.SaveIfChanged();
            }
            catch (IOException e)
            {
                failed = true;
                LogWriteFailure("technician lock", e);
            }

            if (_history != null && !_history.Save())
            {
                failed = true;
            }

            if (_languageDirty && SettingsWriter != null)
            {
                try
                {
                    SettingsWriter.SaveLanguage(_catalog.Language);
                    _languageDirty = false;
                }
                catch (IOException e)
                {
                    failed = true;
                    LogWriteFailure("language", e);
                }
            }

            _writeFailed = failed;
            _nextWriteRetryMs = failed ? _clock.MonotonicMs + WriteRetryMs : 0;
        }

        private void LogWriteFailure(string what, IOException e)
        {
            if (!_writeFailed)
            {
                Debug.WriteLine("nanoPos: saving the " + what + " failed, will retry: " + e.GetType().FullName + ": " + e.Message);
            }
        }
    }
}
