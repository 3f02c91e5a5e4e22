using System;
using System.Collections.Generic;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>What the terminal does to its link around one request (the terminal's side of a lost link).</summary>
    internal enum LinkFault
    {
        /// <summary>A healthy link.</summary>
        None,

        /// <summary>Every connection attempt fails (no network): the request never leaves.</summary>
        Refuse,

        /// <summary>The connection is lost before the request is sent, and the link knows it: nothing is written.</summary>
        DropAtZero,

        /// <summary>The connection drops in the middle of the request frame: the host gets part of a frame.</summary>
        DropMidFrame,

        /// <summary>The whole request frame leaves, then the send reports the link lost: the host has the request.</summary>
        ErrorAfterFrame,
    }

    /// <summary>What a step asked the engine for.</summary>
    internal enum StepKind
    {
        SignOn,
        Sale,
        Void,
        Refund,
        Settlement,
    }

    /// <summary>A transaction the flow asked for and how it ended (the last attempt, if a step ran more than once).</summary>
    internal sealed class StepOutcome
    {
        internal string Step { get; set; }

        internal StepKind Kind { get; set; }

        internal long Amount { get; set; }

        internal TransactionResult Result { get; set; }
    }

    /// <summary>The terminal's batch as it stood when it asked the host to settle it.</summary>
    internal sealed class SettledBatch
    {
        internal int Number { get; set; }

        internal List<LedgerKey> Keys { get; set; }

        internal List<JournalRecord> Entries { get; set; }

        internal BatchTotals Totals { get; set; }
    }

    /// <summary>
    /// What a flow's steps act on: the device (and its current engine), the host, and what happened so far. The
    /// steps are short scripts against <see cref="PaymentEngine"/>; this class keeps their bookkeeping out of them.
    /// </summary>
    internal sealed class FlowContext
    {
        internal const string Pan = TortureCard.Pan;

        private readonly Func<PaymentEngine, IList<JournalRecord>> _batchView;
        private readonly List<string> _anomalies = new List<string>();
        private readonly List<StepOutcome> _history = new List<StepOutcome>();
        private readonly HashSet<string> _voided = new HashSet<string>(StringComparer.Ordinal);

        internal FlowContext(Device device, SimulatedAcquirer host, Func<PaymentEngine, IList<JournalRecord>> batchView)
        {
            Device = device;
            Host = host;
            _batchView = batchView ?? DefaultBatchView;
        }

        internal Device Device { get; }

        /// <summary>Gets or sets what the terminal does when it boots again.</summary>
        internal Recovery Recovery { get; set; }

        internal SimulatedAcquirer Host { get; }

        internal PaymentEngine Engine => Device.Engine;

        internal string TerminalId => Device.Options.TerminalId;

        /// <summary>Gets the outcome of every transaction step by step name.</summary>
        internal Dictionary<string, StepOutcome> Outcomes { get; } = new Dictionary<string, StepOutcome>(StringComparer.Ordinal);

        /// <summary>
        /// Gets the terminal's batch as it stood before each settlement it tried, by batch number (a later try of the same
        /// number replaces it). Settlement cannot change the entries, only close the batch.
        /// </summary>
        internal Dictionary<int, SettledBatch> SettleAttempts { get; } = new Dictionary<int, SettledBatch>();

        /// <summary>
        /// Gets the batches the terminal closed: those it tried to settle and has moved past (its batch number only grows
        /// by closing a batch). A settlement whose closing write landed just before a power cut counts, though its result
        /// was never shown.
        /// </summary>
        internal IEnumerable<SettledBatch> SettledBy(PaymentEngine engine)
        {
            foreach (SettledBatch attempt in SettleAttempts.Values)
            {
                if (attempt.Number < engine.Log.BatchNumber)
                {
                    yield return attempt;
                }
            }
        }

        /// <summary>Gets the exceptions other than power cuts the engine threw (each is a violation).</summary>
        internal List<string> Anomalies => _anomalies;

        /// <summary>Gets the restarts the firmware made itself after a journal write failed for lack of space (expected, not anomalies).</summary>
        internal List<string> Restarts { get; } = new List<string>();

        internal static IList<JournalRecord> DefaultBatchView(PaymentEngine engine)
        {
            var list = new List<JournalRecord>();
            foreach (JournalRecord entry in engine.Log.BatchEntries)
            {
                list.Add(entry);
            }

            return list;
        }

        /// <summary>The terminal's open batch as the checks see it (a test may replace the view with a broken one).</summary>
        internal IList<JournalRecord> BatchOf(PaymentEngine engine)
        {
            return _batchView(engine);
        }

        internal LedgerKey KeyOf(JournalRecord entry)
        {
            return new LedgerKey(TerminalId, Stan.Format(entry.Stan), entry.LocalDateTime.Substring(0, 4));
        }

        internal StepOutcome Outcome(string step)
        {
            return Outcomes.TryGetValue(step, out StepOutcome outcome) ? outcome : null;
        }

        /// <summary>Boots again over the same flash (after a power cut, or a planned reboot), by the recovery procedure.</summary>
        internal void Reboot()
        {
            Device.Boot();
            if (Recovery == Recovery.SignOn)
            {
                SignOn("boot-sign-on");
            }
        }

        internal TransactionResult SignOn(string step = "sign-on", params FaultRule[] faults)
        {
            return Record(step, StepKind.SignOn, 0, WithFaults(faults, LinkFault.None, () => Engine.SignOn()));
        }

        internal TransactionResult Sale(string step, long amount, LinkFault link = LinkFault.None, params FaultRule[] faults)
        {
            return Record(step, StepKind.Sale, amount, WithFaults(faults, link, () => Engine.Sale(amount, TortureCard.WithPin(Engine))));
        }

        internal TransactionResult Refund(string step, long amount, LinkFault link = LinkFault.None, params FaultRule[] faults)
        {
            return Record(step, StepKind.Refund, amount, WithFaults(faults, link, () => Engine.Refund(amount, TortureCard.WithPin(Engine))));
        }

        internal TransactionResult Void(string step, string saleStep, LinkFault link = LinkFault.None, params FaultRule[] faults)
        {
            StepOutcome sale = Outcome(saleStep);
            int stan = sale != null && sale.Result != null ? sale.Result.Stan : 0;
            return Record(step, StepKind.Void, sale == null ? 0 : sale.Amount, WithFaults(faults, link, () => Engine.Void(stan)));
        }

        /// <summary>Voids the most recent sale of this run that was approved and not voided yet (refused when there is none).</summary>
        internal TransactionResult VoidLastApprovedSale(string step, LinkFault link = LinkFault.None, params FaultRule[] faults)
        {
            StepOutcome sale = null;
            foreach (StepOutcome o in _history)
            {
                if (o.Kind == StepKind.Sale && o.Result != null && o.Result.Outcome == TransactionOutcome.Approved && !_voided.Contains(o.Step))
                {
                    sale = o;
                }
            }

            int stan = sale == null ? 0 : sale.Result.Stan;
            TransactionResult result = Record(step, StepKind.Void, sale == null ? 0 : sale.Amount, WithFaults(faults, link, () => Engine.Void(stan)));
            if (sale != null && result.Outcome == TransactionOutcome.Approved)
            {
                _voided.Add(sale.Step);
            }

            return result;
        }

        /// <summary>Settles; the batch as the terminal held it is kept for the checks (<see cref="SettledBy"/>).</summary>
        internal TransactionResult Settle(string step, params FaultRule[] faults)
        {
            int number = Engine.Log.BatchNumber;
            var keys = new List<LedgerKey>();
            var entries = new System.Collections.ArrayList();
            foreach (JournalRecord entry in BatchOf(Engine))
            {
                keys.Add(KeyOf(entry));
                entries.Add(entry);
            }

            var snapshot = new SettledBatch { Number = number, Keys = keys, Entries = new List<JournalRecord>(BatchOf(Engine)), Totals = BatchTotals.Of(entries) };
            SettleAttempts[number] = snapshot;
            return Record(step, StepKind.Settlement, 0, WithFaults(faults, LinkFault.None, () => Engine.Settle()));
        }

        /// <summary>Settles until the host accepts (a few tries, time passing between them).</summary>
        internal void SettleUntilAccepted(string step)
        {
            for (int i = 0; i < 4; i++)
            {
                if (Settle(step).Outcome == TransactionOutcome.Approved)
                {
                    return;
                }

                Device.Clock.Advance(Device.Options.BackoffMaxMs);
            }
        }

        /// <summary>The idle loop once the backoff has passed: retries pending reversals (with host faults for this step, if any).</summary>
        internal void ServiceReversals(params FaultRule[] faults)
        {
            Device.Clock.Advance(Device.Options.BackoffMaxMs + 1);
            WithFaults(faults, LinkFault.None, () =>
            {
                Engine.ServiceReversals();
                return null;
            });
        }

        /// <summary>
        /// Finishes pending reversals with the host reachable: retries past the backoff; after a few failures the
        /// host's faults are switched off (the network comes back) and a full store gets its space back.
        /// </summary>
        internal void DrainReversals()
        {
            for (int i = 0; i < 12 && Engine.Reversals.PendingCount > 0; i++)
            {
                if (i == 6)
                {
                    Host.Faults.Clear();
                    Host.Faults.Maintenance = MaintenanceMode.Off;
                    Device.Fillable.Free();
                }

                ServiceReversals();
            }
        }

        /// <summary>A rule that fires once for the next request with this MTI.</summary>
        internal static FaultRule Once(int mti, FaultKind kind, int delayMs = 0, int? keep = null)
        {
            return new FaultRule { Match = new FaultMatch { Mti = mti }, Times = 1, Kind = kind, DelayMs = delayMs, Keep = keep };
        }

        /// <summary>A rule that fires once for the next financial request of the kind a step sends.</summary>
        internal static FaultRule OnceFinancial(FaultKind kind, int delayMs = 0, int? keep = null)
        {
            return Once(Mti.FinancialRequest, kind, delayMs, keep);
        }

        private TransactionResult WithFaults(FaultRule[] faults, LinkFault link, Func<TransactionResult> run)
        {
            foreach (FaultRule fault in faults ?? Array.Empty<FaultRule>())
            {
                Host.Faults.Add(fault);
            }

            switch (link)
            {
                case LinkFault.Refuse:
                    Device.Link.RefuseConnections(true);
                    break;
                case LinkFault.DropAtZero:
                    Device.Link.DropAfterSentBytes(0);
                    break;
                case LinkFault.DropMidFrame:
                    Device.Link.DropAfterSentBytes(40);
                    break;
                case LinkFault.ErrorAfterFrame:
                    Device.EngineLink.FailAfterNextFrame();
                    break;
            }

            try
            {
                return run();
            }
            finally
            {
                // The fault belonged to this step: whether it fired or a power cut came first, it is gone now.
                Host.Faults.Clear();
                Device.EngineLink.Disarm();
                if (link == LinkFault.Refuse)
                {
                    Device.Link.RefuseConnections(false);
                }
            }
        }

        private TransactionResult Record(string step, StepKind kind, long amount, TransactionResult result)
        {
            var outcome = new StepOutcome { Step = step, Kind = kind, Amount = amount, Result = result };
            Outcomes[step] = outcome;
            _history.Add(outcome);
            return result;
        }
    }
}
