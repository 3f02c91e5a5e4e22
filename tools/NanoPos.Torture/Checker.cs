using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using NanoPos.Transactions;
using NanoPos.Ui.Text;
using NanoPos.Ui;
using HostKind = NanoPos.HostSim.TransactionKind;

namespace NanoPos.Torture
{
    /// <summary>
    /// The invariants, checked against the host's ledger after a variant has run to completion. Each check has a
    /// name (<see cref="Checks"/>) and every violation says which keys it is about.
    /// </summary>
    internal static class Checker
    {
        internal static List<Violation> Check(string flow, string variant, FlowContext context, PaymentEngine live, PaymentEngine audit)
        {
            var found = new List<Violation>();
            void Fail(string check, string message) => found.Add(new Violation(flow, variant, check, message));

            string tid = context.TerminalId;
            Ledger ledger = context.Host.Ledger;
            List<LedgerEntry> hostEntries = ledger.List().Where(e => e.TerminalId == tid).ToList();
            var hostByKey = hostEntries.ToDictionary(e => e.Key);

            // The terminal's view: the open batch, and every batch the host accepted a settlement of.
            IList<JournalRecord> open = context.BatchOf(live);
            var held = new List<(LedgerKey Key, JournalRecord Entry, IList<JournalRecord> Batch, string Where)>();
            foreach (JournalRecord entry in open)
            {
                held.Add((context.KeyOf(entry), entry, open, "open batch " + live.Log.BatchNumber));
            }

            List<SettledBatch> closedHere = context.SettledBy(live).OrderBy(s => s.Number).ToList();
            foreach (SettledBatch settled in closedHere)
            {
                foreach (JournalRecord entry in settled.Entries)
                {
                    held.Add((context.KeyOf(entry), entry, settled.Entries, "settled batch " + settled.Number));
                }
            }

            var heldKeys = new HashSet<LedgerKey>(held.Select(h => h.Key));

            foreach (string anomaly in context.Anomalies)
            {
                Fail(Checks.NoEngineException, anomaly);
            }

            // approved-in-batch-or-reversed: every approval the host holds is in the terminal's batch.
            foreach (LedgerEntry e in hostEntries)
            {
                bool financial = e.Kind == HostKind.Sale || e.Kind == HostKind.Void || e.Kind == HostKind.Refund;
                if (financial && (e.State == EntryState.Approved || e.State == EntryState.Voided) && !heldKeys.Contains(e.Key))
                {
                    Fail(Checks.ApprovedInBatchOrReversed, "the host holds " + Describe(e) + " but the terminal's batch does not, and it was not reversed");
                }
            }

            // never-both: what the terminal holds is approved and in the same effect at the host.
            foreach (var h in held)
            {
                if (!hostByKey.TryGetValue(h.Key, out LedgerEntry e))
                {
                    Fail(Checks.NeverBoth, h.Where + " holds " + h.Key + " (" + h.Entry.Kind + " " + Money(h.Entry.AmountMinor) + ") which the host never saw");
                    continue;
                }

                if (e.ResponseCode != "00" || (e.State != EntryState.Approved && e.State != EntryState.Voided))
                {
                    Fail(Checks.NeverBoth, h.Where + " holds " + h.Key + " as approved but the host has " + Describe(e));
                    continue;
                }

                if (KindOf(h.Entry.Kind) != e.Kind || h.Entry.AmountMinor != e.Amount)
                {
                    Fail(Checks.NeverBoth, h.Where + " holds " + h.Key + " as " + h.Entry.Kind + " " + Money(h.Entry.AmountMinor) + " but the host has " + Describe(e));
                    continue;
                }

                if (h.Entry.Kind == Transactions.TransactionKind.Sale)
                {
                    bool voidedHere = BatchTotals.IsVoided(ToArrayList(h.Batch), h.Entry.Stan);
                    if (voidedHere != (e.State == EntryState.Voided))
                    {
                        Fail(Checks.NeverBoth, h.Where + " holds the sale " + h.Key + (voidedHere ? " as voided" : " in effect") + " but the host has it " + e.State);
                    }
                }
            }

            // never-twice.
            foreach (var twice in held.GroupBy(h => h.Key).Where(g => g.Count() > 1))
            {
                Fail(Checks.NeverTwice, "the terminal lists " + twice.Key + " " + twice.Count() + " times (" + string.Join(", ", twice.Select(h => h.Where)) + ")");
            }

            foreach (var twice in hostEntries.Where(e => e.IsInEffect).GroupBy(e => (e.Kind, e.Amount)).Where(g => g.Count() > 1))
            {
                Fail(Checks.NeverTwice, "one " + twice.Key.Kind.ToString().ToLowerInvariant() + " of " + Money(twice.Key.Amount) + " is in effect at the host " + twice.Count() + " times: " + string.Join(", ", twice.Select(e => e.Key)));
            }

            List<HostRequestRecord> transcript = context.Host.Transcript.Where(r => r.TerminalId == tid).ToList();
            foreach (var unflagged in transcript.Where(r => r.Mti == Mti.ReversalRequest).GroupBy(r => r.Stan + "/" + r.Date).Where(g => g.Count() > 1))
            {
                Fail(Checks.NeverTwice, "the reversal of " + tid + "/" + unflagged.Key + " went out as 0400 " + unflagged.Count() + " times; a repeat must be flagged 0401");
            }

            // stan-never-reused.
            foreach (LedgerEntry e in hostEntries.Where(e => e.ConflictCount > 0))
            {
                Fail(Checks.StanNeverReused, "the host refused " + e.ConflictCount + " request(s) with 94 (duplicate transmission) for " + e.Key + ": its STAN was used again");
            }

            foreach (var reused in transcript.Where(r => r.Mti != Mti.ReversalRequest && r.Mti != Mti.ReversalRepeat && r.Stan != null).GroupBy(r => r.Stan).Where(g => g.Count() > 1))
            {
                Fail(Checks.StanNeverReused, "STAN " + reused.Key + " was used by " + reused.Count() + " requests: " + string.Join("; ", reused));
            }

            // no-reversal-lost.
            if (live.Reversals.PendingCount > 0)
            {
                Fail(Checks.NoReversalLost, live.Reversals.PendingCount + " reversal(s) still pending at the terminal after completion: STAN " + Stans(live.Log.PendingReversals));
            }

            if (audit.Log.PendingCount > 0)
            {
                Fail(Checks.NoReversalLost, "a fresh boot finds " + audit.Log.PendingCount + " pending reversal(s) in the journal: STAN " + Stans(audit.Log.PendingReversals));
            }

            foreach (StepOutcome step in context.Outcomes.Values)
            {
                TransactionOutcome? outcome = step.Result?.Outcome;
                bool unknown = outcome == TransactionOutcome.Reversed || outcome == TransactionOutcome.ReversalPending || outcome == TransactionOutcome.NotSent;
                if (!unknown || step.Result.Stan == 0)
                {
                    continue;
                }

                string stan = Stan.Format(step.Result.Stan);
                foreach (LedgerEntry e in hostEntries.Where(e => e.Stan == stan))
                {
                    bool cancelled = e.State == EntryState.Reversed || e.State == EntryState.Declined || e.State == EntryState.ReversalOfUnknown;
                    if (!cancelled || (outcome == TransactionOutcome.NotSent && e.State != EntryState.ReversalOfUnknown))
                    {
                        Fail(Checks.NoReversalLost, "step " + step.Step + " ended " + outcome + " but the host has " + Describe(e));
                    }
                }
            }

            // totals-match.
            string openBatch = Batch(live.Log.BatchNumber);
            SettlementTotals openHere = Totals(BatchTotals.Of(ToArrayList(open)));
            SettlementTotals openThere = ledger.Totals(tid, openBatch);
            if (openHere != openThere)
            {
                Fail(Checks.TotalsMatch, "open batch " + openBatch + ": the terminal counts " + openHere.Format('0') + ", the host " + openThere.Format('0'));
            }

            List<SettlementRecord> settlements = ledger.Settlements().Where(s => s.TerminalId == tid).ToList();
            foreach (SettledBatch settled in closedHere)
            {
                string number = Batch(settled.Number);
                SettlementRecord last = settlements.LastOrDefault(s => s.Batch == number);
                SettlementTotals claimed = Totals(settled.Totals);
                if (last == null || last.ResponseCode != "00" || last.TerminalTotals != last.HostTotals || last.HostTotals != claimed)
                {
                    Fail(Checks.TotalsMatch, "batch " + number + " settled at the terminal with " + claimed.Format('0') + " but the host's last settlement of it is "
                        + (last == null ? "missing" : last.ResponseCode + " (terminal " + last.TerminalTotals.Format('0') + ", host " + last.HostTotals.Format('0') + ")"));
                }

                SettlementTotals now = ledger.Totals(tid, number);
                if (last != null && now != last.HostTotals)
                {
                    Fail(Checks.TotalsMatch, "batch " + number + " changed at the host after its settlement: " + last.HostTotals.Format('0') + " then, " + now.Format('0') + " now");
                }
            }

            var settledHere = new HashSet<string>(closedHere.Select(s => Batch(s.Number)));
            foreach (string closed in settlements.Where(s => s.ResponseCode == "00").Select(s => s.Batch).Distinct())
            {
                if (!settledHere.Contains(closed))
                {
                    Fail(Checks.TotalsMatch, "the host closed batch " + closed + " but the terminal never recorded its settlement");
                }
            }

            if (closedHere.Count > 0 && openBatch != ledger.CurrentBatch(tid))
            {
                Fail(Checks.TotalsMatch, "after settling, the terminal's open batch is " + openBatch + " but the host's is " + ledger.CurrentBatch(tid));
            }

            // durable-state-matches.
            List<LedgerKey> liveKeys = open.Select(context.KeyOf).ToList();
            List<LedgerKey> auditKeys = context.BatchOf(audit).Select(context.KeyOf).ToList();
            if (!liveKeys.SequenceEqual(auditKeys) || live.Log.BatchNumber != audit.Log.BatchNumber || live.Log.PendingCount != audit.Log.PendingCount)
            {
                Fail(Checks.DurableStateMatches, "running: batch " + live.Log.BatchNumber + " [" + string.Join(", ", liveKeys) + "], " + live.Log.PendingCount + " pending; "
                    + "after a reboot: batch " + audit.Log.BatchNumber + " [" + string.Join(", ", auditKeys) + "], " + audit.Log.PendingCount + " pending");
            }

            return found;
        }

        private static string Describe(LedgerEntry e)
        {
            return e.Key + " (" + e.Kind.ToString().ToLowerInvariant() + " " + Money(e.Amount) + ", rc " + e.ResponseCode + ", " + e.State.ToString().ToLowerInvariant()
                + (e.ReversalCount > 0 ? ", " + e.ReversalCount + " reversal(s)" : string.Empty) + ")";
        }

        // Amounts in a violation read as money, as on the terminal (12500 → 125.00).
        private static string Money(long minor)
        {
            return new AmountFormatter().ToString(minor);
        }

        private static HostKind KindOf(Transactions.TransactionKind kind)
        {
            return kind == Transactions.TransactionKind.Sale ? HostKind.Sale : kind == Transactions.TransactionKind.Void ? HostKind.Void : HostKind.Refund;
        }

        private static string Batch(int number)
        {
            return number.ToString("D6", CultureInfo.InvariantCulture);
        }

        private static SettlementTotals Totals(BatchTotals totals)
        {
            return new SettlementTotals(totals.SaleCount, totals.SaleAmountMinor, totals.RefundCount, totals.RefundAmountMinor);
        }

        private static ArrayList ToArrayList(IList<JournalRecord> entries)
        {
            var list = new ArrayList();
            foreach (JournalRecord entry in entries)
            {
                list.Add(entry);
            }

            return list;
        }

        private static string Stans(ArrayList intents)
        {
            var stans = new List<string>();
            foreach (JournalRecord intent in intents)
            {
                stans.Add(Stan.Format(intent.Stan));
            }

            return string.Join(", ", stans);
        }
    }
}
