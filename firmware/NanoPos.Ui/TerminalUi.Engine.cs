using System;
using NanoPos.Hal;
using NanoPos.Transactions;

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
                    _booting = false;
                    ShowFatal(MessageId.JournalError);
                    return;
                }

                if (_booting)
                {
                    Booted(done);
                    return;
                }

                NoteResult(done.Kind, done.Result);
                PendingReversals = _engine.Reversals.PendingCount;
                _screens.Result.Set(done);
                Show(_screens.Result);
            }
        }

        private void Booted(TransactionRequest done)
        {
            PendingReversals = _engine.Reversals.PendingCount;
            if (done.Kind == RequestKind.Recover)
            {
                Recovery = done.Recovery;
                ShowBootStep(MessageId.BootSigningOn);
                _inFlight = new TransactionRequest(RequestKind.SignOn, 0, null, 0);
                _submitted = false;
                Pump();
                return;
            }

            NoteResult(RequestKind.SignOn, done.Result);
            _booting = false;
            ShowIdle();
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
                ShowFatal(MessageId.JournalError);
                return;
            }

            if (done.Kind == RequestKind.ServiceReversals)
            {
                Link = done.ReversalsClear ? LinkStatus.Online : LinkStatus.Offline;
            }
            else
            {
                NoteResult(done.Kind, done.Result);
            }

            PendingReversals = _engine.Reversals.PendingCount;
            Invalidate();
        }

        internal void FlushDeferredWrites()
        {
            // Writes share the store with the engine, which may be writing on the runner's thread: wait for it.
            if (_runner == null || _runner.IsBusy)
            {
                return;
            }

            _techLock.SaveIfChanged();
            if (_languageDirty && SettingsWriter != null)
            {
                _languageDirty = false;
                SettingsWriter.SaveLanguage(_catalog.Language);
            }
        }
    }
}
