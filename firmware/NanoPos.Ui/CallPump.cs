using System;
using System.Diagnostics;
using NanoPos.Transactions;
using NanoPos.Ui.Flows;
using NanoPos.Ui.Records;

namespace NanoPos.Ui
{
    /// <summary>
    /// The engine calls of the UI: hands requests to the <see cref="ITransactionRunner"/>, one at a time, and collects what
    /// they return. A flow's request (and a boot step's) waits its turn and ends on the flow's
    /// <see cref="Flow.Finished"/> (or the <see cref="BootSequence"/>); idle-time work and a screen's own call (a self-test)
    /// run only while nothing else does. Every result says something about the host link, which is noted here.
    /// </summary>
    /// <remarks>
    /// While a call runs, nothing here reads the engine: the pending-reversal count and the history are updated once it is
    /// done. A call that threw (a journal write failed) ends every flow: the UI says "Terminal error - restarting".
    /// </remarks>
    internal sealed class CallPump
    {
        private readonly TerminalUi _ui;
        private readonly PaymentEngine _engine;
        private readonly ITransactionRunner _runner;
        private readonly UiRecords _records;
        private TransactionRequest _inFlight;
        private Flow _owner;
        private bool _submitted;
        private TransactionRequest _background;

        /// <summary>Creates the pump of an attached UI.</summary>
        /// <param name="ui">The UI: its screens, its boot sequence and its restart.</param>
        /// <param name="engine">The engine, read only while no call runs.</param>
        /// <param name="runner">Runs the calls.</param>
        /// <param name="records">The UI's records (the history follows every call).</param>
        internal CallPump(TerminalUi ui, PaymentEngine engine, ITransactionRunner runner, UiRecords records)
        {
            _ui = ui;
            _engine = engine;
            _runner = runner;
            _records = records;
            PendingReversals = engine.Reversals.PendingCount;
        }

        /// <summary>Gets or sets what the idle screen says about the host link.</summary>
        internal LinkStatus Link { get; set; }

        /// <summary>Gets a value indicating whether the last sign-on was approved and the keys still work.</summary>
        internal bool SignedOn { get; private set; }

        /// <summary>Gets the number of pending reversals, as last read from the engine while no call ran.</summary>
        internal int PendingReversals { get; private set; }

        /// <summary>Gets a value indicating whether a flow's or a boot step's request is with the host or waiting for the runner.</summary>
        internal bool HasRequest
        {
            get { return _inFlight != null; }
        }

        /// <summary>Gets a value indicating whether an engine call is running or waiting to run.</summary>
        internal bool IsBusy
        {
            get { return _inFlight != null || _background != null || _runner.IsBusy; }
        }

        /// <summary>Gets the kind of the request with the host (or waiting for the runner); Sale when none.</summary>
        internal RequestKind InFlightKind
        {
            get { return _inFlight == null ? RequestKind.Sale : _inFlight.Kind; }
        }

        /// <summary>Takes a request of a flow (or, with no flow, a boot step); <see cref="Pump"/> hands it to the runner.</summary>
        /// <param name="owner">The flow whose <see cref="Flow.Finished"/> follows, or null for a boot step.</param>
        /// <param name="request">The request.</param>
        internal void Take(Flow owner, TransactionRequest request)
        {
            _inFlight = request;
            _owner = owner;
            _submitted = false;
        }

        /// <summary>Starts a call that is not a flow's (idle-time work, a screen's self-test) if no other call runs.</summary>
        /// <param name="request">The call.</param>
        /// <returns>True when it was started.</returns>
        internal bool RunAside(TransactionRequest request)
        {
            if (IsBusy)
            {
                return false;
            }

            _background = request;
            _runner.Start(request);
            CollectAside();
            return true;
        }

        /// <summary>Hands the waiting request to the runner once it is free, and finishes it once it is done.</summary>
        internal void Pump()
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

            if (!_submitted || !_inFlight.IsDone)
            {
                return;
            }

            TransactionRequest done = _inFlight;
            Flow owner = _owner;
            _inFlight = null;
            _owner = null;
            if (done.Failure != null)
            {
                if (owner != null)
                {
                    owner.Cancel();
                }

                Failed(done);
                return;
            }

            if (owner == null)
            {
                // A boot step; after a restart was asked for (the boot given up), nothing more happens.
                PendingReversals = _engine.Reversals.PendingCount;
                _ui.Boot.Finished(done);
                return;
            }

            NoteResult(done.Kind, done.Result);
            PendingReversals = _engine.Reversals.PendingCount;
            _records.History.Finished(done, _engine.Log);
            owner.Finished(done);

            // The result is on screen: now, off the payment's path, its history entry is saved.
            _records.SaveOwed();
        }

        /// <summary>Finishes a call started with <see cref="RunAside"/> once it is done.</summary>
        internal void CollectAside()
        {
            if (_background == null || !_background.IsDone)
            {
                return;
            }

            TransactionRequest done = _background;
            _background = null;
            if (done.Failure != null)
            {
                Failed(done);
                return;
            }

            if (done.Kind == RequestKind.ServiceReversals)
            {
                Link = done.ReversalsClear ? LinkStatus.Online : LinkStatus.Offline;
                _records.History.ReversalsSent(_engine.Log);
                _records.SaveOwed();
            }
            else if (done.Kind == RequestKind.PrepareUpdate)
            {
                // Reversals went out and the batch may be settled: the history says so.
                _records.History.ReversalsSent(_engine.Log);
                _records.SaveOwed();
            }
            else
            {
                NoteResult(done.Kind, done.Result);
            }

            PendingReversals = _engine.Reversals.PendingCount;
            _ui.Invalidate();
        }

        /// <summary>Notes what a call's result says about the host link and the sign-on.</summary>
        /// <param name="kind">The call.</param>
        /// <param name="result">Its result, or null (nothing to note).</param>
        internal void NoteResult(RequestKind kind, TransactionResult result)
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
            if (!_engine.Keys.HasWorkingKeys)
            {
                SignedOn = false;
            }

            _ui.Invalidate();
        }

        private void Failed(TransactionRequest done)
        {
            // Whatever the engine wrote is in the journal, and what it did not write is what recovery is for: a restart,
            // whose boot recovers the journal and sends the reversal of a request whose outcome was not recorded. The log
            // names the call (as a number: enum names do not exist on the device) and the exception, never card data
            // (the request has already forgotten the card).
            Exception e = done.Failure;
            Debug.WriteLine("nanoPos: engine call " + ((int)done.Kind).ToString() + " failed: " + e.GetType().FullName + ": " + e.Message);

            // A journal record of a newer format (found past the header check) is no fault a restart cures: restarting would
            // find it again, for ever. Stay on the error screen, as the header check does.
            JournalVersionException newer = e as JournalVersionException;
            if (newer != null)
            {
                _ui.ShowJournalTooNew(newer.FoundVersion, newer.SupportedVersion);
                return;
            }

            _ui.ShowRestarting();
        }
    }
}
