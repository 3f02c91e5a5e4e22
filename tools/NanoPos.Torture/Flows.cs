using System;
using System.Collections.Generic;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>
    /// The flows of the campaign (issue 4). Every flow starts with a sign-on; every amount is distinct, so a
    /// transaction charged twice under two keys shows in the ledger. Amounts ending in 51 are declined by the
    /// host simulator's rules.
    /// </summary>
    public static class Flows
    {
        /// <summary>The flow names in campaign order.</summary>
        public static IReadOnlyList<string> Names => Catalog(0).Select(f => f.Name).ToList();

        /// <summary>Lists the flows (the mixed flow's script depends on the seed).</summary>
        internal static IList<Flow> Catalog(int seed)
        {
            return new List<Flow>
            {
                new Flow(
                    "sale-approved",
                    "sign-on, one approved sale",
                    Steps(SignOn(), Step("sale", c => c.Sale("sale", 12000))),
                    null,
                    c => Is(c, "sale", TransactionOutcome.Approved, "00") ?? BatchHas(c, 1)),
                new Flow(
                    "sale-declined",
                    "sign-on, a sale declined with 51 (insufficient funds)",
                    Steps(SignOn(), Step("sale", c => c.Sale("sale", 12051))),
                    null,
                    c => Is(c, "sale", TransactionOutcome.Declined, "51") ?? BatchHas(c, 0)),
                new Flow(
                    "host-timeout",
                    "sign-on, a sale the host approves but never answers: reversed",
                    Steps(SignOn(), Step("sale", c => c.Sale("sale", 13000, LinkFault.None, FlowContext.OnceFinancial(FaultKind.NoResponse)))),
                    null,
                    c => Is(c, "sale", TransactionOutcome.Reversed, null) ?? HostState(c, "sale", EntryState.Reversed)),
                new Flow(
                    "link-lost-before-send",
                    "sign-on, a sale with the connection refused, a sale whose link drops at 0 bytes (both not sent), then a good sale",
                    Steps(
                        SignOn(),
                        Step("sale-refused", c => c.Sale("sale-refused", 14000, LinkFault.Refuse)),
                        Step("sale-drop0", c => c.Sale("sale-drop0", 14001, LinkFault.DropAtZero)),
                        Step("sale", c => c.Sale("sale", 14002))),
                    null,
                    c => Is(c, "sale-refused", TransactionOutcome.NotSent, null) ?? Is(c, "sale-drop0", TransactionOutcome.NotSent, null)
                        ?? Is(c, "sale", TransactionOutcome.Approved, "00") ?? HostNeverSaw(c, "sale-refused") ?? HostNeverSaw(c, "sale-drop0")),
                new Flow(
                    "link-lost-after-send",
                    "sign-on, a sale whose link drops mid-frame, a sale the host approves then closes the connection, a sale whose send "
                        + "reports the link lost after the whole frame left: all reversed",
                    Steps(
                        SignOn(),
                        Step("sale-drop-mid", c => c.Sale("sale-drop-mid", 15000, LinkFault.DropMidFrame)),
                        Step("sale-host-closes", c => c.Sale("sale-host-closes", 15001, LinkFault.None, FlowContext.OnceFinancial(FaultKind.CloseBeforeResponse))),
                        Step("sale-error-after-frame", c => c.Sale("sale-error-after-frame", 15002, LinkFault.ErrorAfterFrame))),
                    null,
                    c => Is(c, "sale-drop-mid", TransactionOutcome.Reversed, null) ?? Is(c, "sale-host-closes", TransactionOutcome.Reversed, null)
                        ?? HostState(c, "sale-host-closes", EntryState.Reversed) ?? Is(c, "sale-error-after-frame", TransactionOutcome.Reversed, null)
                        ?? HostState(c, "sale-error-after-frame", EntryState.Reversed)),
                new Flow(
                    "late-response",
                    "sign-on, a sale answered after the terminal's deadline (40 s > 30 s): reversed, not revived; then a good sale",
                    Steps(
                        SignOn(),
                        Step("sale-late", c => c.Sale("sale-late", 16000, LinkFault.None, FlowContext.OnceFinancial(FaultKind.Delay, 40000))),
                        Step("sale", c => c.Sale("sale", 16001))),
                    null,
                    c => Is(c, "sale-late", TransactionOutcome.Reversed, null) ?? HostState(c, "sale-late", EntryState.Reversed)
                        ?? Is(c, "sale", TransactionOutcome.Approved, "00") ?? BatchHas(c, 1)),
                new Flow(
                    "duplicate-response",
                    "sign-on, a sale answered twice, then another sale (the duplicate must not answer it)",
                    Steps(
                        SignOn(),
                        Step("sale-dup", c => c.Sale("sale-dup", 17000, LinkFault.None, FlowContext.OnceFinancial(FaultKind.Duplicate))),
                        Step("sale", c => c.Sale("sale", 17001))),
                    null,
                    c => Is(c, "sale-dup", TransactionOutcome.Approved, "00") ?? Is(c, "sale", TransactionOutcome.Approved, "00") ?? BatchHas(c, 2)),
                new Flow(
                    "void",
                    "sign-on, an approved sale, its void; then a void whose answer is lost (reversed: the sale stands again)",
                    Steps(
                        SignOn(),
                        Step("sale", c => c.Sale("sale", 18000)),
                        Step("void", c => c.Void("void", "sale")),
                        Step("sale-2", c => c.Sale("sale-2", 18001)),
                        Step("void-lost", c => c.Void("void-lost", "sale-2", LinkFault.None, FlowContext.OnceFinancial(FaultKind.NoResponse)))),
                    null,
                    c => Is(c, "void", TransactionOutcome.Approved, "00") ?? HostState(c, "sale", EntryState.Voided)
                        ?? Is(c, "void-lost", TransactionOutcome.Reversed, null) ?? HostState(c, "sale-2", EntryState.Approved)),
                new Flow(
                    "refund",
                    "sign-on, an approved refund (0220), then a refund whose answer is lost (reversed)",
                    Steps(
                        SignOn(),
                        Step("refund", c => c.Refund("refund", 19000)),
                        Step("refund-lost", c => c.Refund("refund-lost", 19001, LinkFault.None, FlowContext.Once(Mti.AdviceRequest, FaultKind.NoResponse)))),
                    null,
                    c => Is(c, "refund", TransactionOutcome.Approved, "00") ?? Is(c, "refund-lost", TransactionOutcome.Reversed, null)
                        ?? HostState(c, "refund-lost", EntryState.Reversed)),
                new Flow(
                    "reversal-interrupted",
                    "sign-on, a sale times out and its reversal times out too (pending); the idle loop repeats it (0401)",
                    Steps(
                        SignOn(),
                        Step("sale", c => c.Sale("sale", 20000, LinkFault.None, FlowContext.OnceFinancial(FaultKind.NoResponse), FlowContext.Once(Mti.ReversalRequest, FaultKind.NoResponse))),
                        Step("service", c => c.ServiceReversals())),
                    null,
                    c => Is(c, "sale", TransactionOutcome.ReversalPending, null) ?? HostState(c, "sale", EntryState.Reversed)
                        ?? (c.Host.Transcript.Any(r => r.Mti == Mti.ReversalRepeat) ? null : "no 0401 repeat was sent")),
                new Flow(
                    "reversal-faults",
                    "sign-on, a sale times out; its reversal is answered 91, the repeat's answer is corrupt, the next repeat is answered twice",
                    Steps(
                        SignOn(),
                        Step("sale", c => c.Sale("sale", 20100, LinkFault.None, FlowContext.OnceFinancial(FaultKind.NoResponse), FlowContext.Once(Mti.ReversalRequest, FaultKind.Answer91))),
                        Step("service-corrupt", c => c.ServiceReversals(FlowContext.Once(Mti.ReversalRepeat, FaultKind.Corrupt))),
                        Step("service-duplicate", c => c.ServiceReversals(FlowContext.Once(Mti.ReversalRepeat, FaultKind.Duplicate)))),
                    null,
                    c => Is(c, "sale", TransactionOutcome.ReversalPending, null) ?? HostState(c, "sale", EntryState.Reversed)
                        ?? (c.Engine.Reversals.PendingCount == 0 ? null : "a reversal is still pending")),
                new Flow(
                    "sign-on-interrupted",
                    "a sign-on whose answer is lost, a sign-on again, then a sale in the batch it opened",
                    Steps(
                        Step("sign-on-lost", c => c.SignOn("sign-on-lost", FlowContext.Once(Mti.NetworkRequest, FaultKind.NoResponse)), true),
                        SignOn(),
                        Step("sale", c => c.Sale("sale", 21000))),
                    null,
                    c => Is(c, "sign-on-lost", TransactionOutcome.NoAnswer, null) ?? Is(c, "sign-on", TransactionOutcome.Approved, "00")
                        ?? (c.Engine.Log.BatchNumber == 1 ? null : "batch number " + c.Engine.Log.BatchNumber + ", expected 1") ?? BatchHas(c, 1)),
                new Flow(
                    "settlement-interrupted",
                    "sign-on, sales, a refund, a void; the settlement answer is lost (the host closed the batch), settle again; a sale in the new batch, settled",
                    Steps(
                        SignOn(),
                        Step("sale-1", c => c.Sale("sale-1", 22000)),
                        Step("sale-2", c => c.Sale("sale-2", 22001)),
                        Step("refund", c => c.Refund("refund", 22002)),
                        Step("void", c => c.Void("void", "sale-2")),
                        Step("settle-lost", c => c.Settle("settle-lost", FlowContext.Once(Mti.SettlementRequest, FaultKind.NoResponse))),
                        Step("settle", c => c.Settle("settle")),
                        Step("sale-3", c => c.Sale("sale-3", 22003))),
                    Steps(Step("settle-finish", c => c.SettleUntilAccepted("settle-finish"), true)),
                    c => Is(c, "settle-lost", TransactionOutcome.NoAnswer, null) ?? Is(c, "settle", TransactionOutcome.Approved, "00")
                        ?? Is(c, "sale-3", TransactionOutcome.Approved, "00") ?? (c.SettledBy(c.Engine).Count() == 2 ? null : c.SettledBy(c.Engine).Count() + " batches settled, expected 2")),
                new Flow(
                    "settlement-lost-then-sign-on",
                    "sign-on, a sale; the settlement answer is lost (the host closed the batch); a sign-on (the host is on the next batch); settle again",
                    Steps(
                        SignOn(),
                        Step("sale", c => c.Sale("sale", 22100)),
                        Step("settle-lost", c => c.Settle("settle-lost", FlowContext.Once(Mti.SettlementRequest, FaultKind.NoResponse))),
                        Step("sign-on-2", c => c.SignOn("sign-on-2"), true),
                        Step("settle", c => c.Settle("settle"))),
                    Steps(Step("settle-finish", c => c.SettleUntilAccepted("settle-finish"), true)),
                    c => Is(c, "settle-lost", TransactionOutcome.NoAnswer, null) ?? Is(c, "settle", TransactionOutcome.Approved, "00")),
                new Flow(
                    "journal-full",
                    "sign-on, six sales (the tight profile's 8-slot journal refuses the sixth: settle first), a settlement, a sale in the new batch",
                    Steps(
                        SignOn(),
                        Step("sale-1", c => c.Sale("sale-1", 22200)),
                        Step("sale-2", c => c.Sale("sale-2", 22201)),
                        Step("sale-3", c => c.Sale("sale-3", 22202)),
                        Step("sale-4", c => c.Sale("sale-4", 22203)),
                        Step("sale-5", c => c.Sale("sale-5", 22204)),
                        Step("sale-6", c => c.Sale("sale-6", 22205)),
                        Step("settle", c => c.Settle("settle")),
                        Step("sale-7", c => c.Sale("sale-7", 22206))),
                    Steps(Step("settle-finish", c => c.SettleUntilAccepted("settle-finish"), true)),
                    c => Is(c, "settle", TransactionOutcome.Approved, "00") ?? Is(c, "sale-7", TransactionOutcome.Approved, "00")
                        ?? (c.Device.Options.JournalSlots > 8 || c.Outcome("sale-6").Result.Outcome == TransactionOutcome.Refused ? null : "sale-6 was not refused by the full journal")),
                new Flow(
                    "two-sales-reboot",
                    "sign-on, a sale, a clean reboot, another sale",
                    Steps(
                        SignOn(),
                        Step("sale-1", c => c.Sale("sale-1", 23000)),
                        Step("reboot", c => c.Reboot()),
                        Step("sale-2", c => c.Sale("sale-2", 23001))),
                    null,
                    c => Is(c, "sale-1", TransactionOutcome.Approved, "00") ?? Is(c, "sale-2", TransactionOutcome.Approved, "00") ?? BatchHas(c, 2)),
                Mixed(seed),
            }.Concat(IntegrityFlows.All()).ToList();
        }

        /// <summary>
        /// Ten transactions drawn from the seed — sale (1/2), refund (1/5), void of the latest approved sale (3/10) — each
        /// with a transport or link fault drawn from the seed too (or none), and every reversal during them unanswered with
        /// probability 1/4; then a settlement.
        /// </summary>
        private static Flow Mixed(int seed)
        {
            var random = new Random(seed);
            var steps = new List<FlowStep> { SignOn() };
            var faults = new[]
            {
                "none", "none", "noResponse", "delay", "closeBefore", "closeAfter", "duplicate", "corrupt", "truncate", "wrongMti", "answer91",
                "refuse", "drop0", "dropMid", "errorAfterFrame",
            };
            var script = new List<string>();
            for (int i = 0; i < 10; i++)
            {
                int draw = random.Next(10);
                int op = draw < 5 ? 0 : draw < 7 ? 1 : 2;
                string fault = faults[random.Next(faults.Length)];
                long amount = 24000 + i;
                string name = (op == 0 ? "sale" : op == 1 ? "refund" : "void") + "-" + (i + 1) + "-" + fault;
                int mti = op == 1 ? Mti.AdviceRequest : Mti.FinancialRequest;
                LinkFault link = fault == "refuse" ? LinkFault.Refuse : fault == "drop0" ? LinkFault.DropAtZero : fault == "dropMid" ? LinkFault.DropMidFrame
                    : fault == "errorAfterFrame" ? LinkFault.ErrorAfterFrame : LinkFault.None;
                // Besides the drawn fault, every reversal during the step goes unanswered with probability 1/4 (drawn by the host's seeded source).
                FaultRule[] rules = HostFault(fault, mti).Concat(new[]
                {
                    new FaultRule { Match = new FaultMatch { Mti = Mti.ReversalRequest }, Probability = 0.25, Kind = FaultKind.NoResponse },
                    new FaultRule { Match = new FaultMatch { Mti = Mti.ReversalRepeat }, Probability = 0.25, Kind = FaultKind.NoResponse },
                }).ToArray();
                switch (op)
                {
                    case 0:
                        steps.Add(Step(name, c => c.Sale(name, amount, link, rules)));
                        break;
                    case 1:
                        steps.Add(Step(name, c => c.Refund(name, amount, link, rules)));
                        break;
                    default:
                        steps.Add(Step(name, c => c.VoidLastApprovedSale(name, link, rules)));
                        break;
                }

                script.Add(name);
            }

            steps.Add(Step("settle", c => c.Settle("settle")));
            return new Flow("mixed", "seeded: " + string.Join(", ", script) + ", settle", steps, Steps(Step("settle-finish", c => c.SettleUntilAccepted("settle-finish"), true)), null);
        }

        private static FaultRule[] HostFault(string name, int mti)
        {
            switch (name)
            {
                case "noResponse":
                    return new[] { FlowContext.Once(mti, FaultKind.NoResponse) };
                case "delay":
                    return new[] { FlowContext.Once(mti, FaultKind.Delay, 40000) };
                case "closeBefore":
                    return new[] { FlowContext.Once(mti, FaultKind.CloseBeforeResponse) };
                case "closeAfter":
                    return new[] { FlowContext.Once(mti, FaultKind.CloseAfterResponse) };
                case "duplicate":
                    return new[] { FlowContext.Once(mti, FaultKind.Duplicate) };
                case "corrupt":
                    return new[] { FlowContext.Once(mti, FaultKind.Corrupt) };
                case "truncate":
                    return new[] { FlowContext.Once(mti, FaultKind.Truncate) };
                case "wrongMti":
                    return new[] { FlowContext.Once(mti, FaultKind.WrongMti) };
                case "answer91":
                    return new[] { FlowContext.Once(mti, FaultKind.Answer91) };
                default:
                    return Array.Empty<FaultRule>();
            }
        }

        internal static FlowStep SignOn()
        {
            return Step("sign-on", c => c.SignOn(), true);
        }

        internal static FlowStep Step(string name, Action<FlowContext> run, bool retryAfterCut = false)
        {
            return new FlowStep(name, run, retryAfterCut);
        }

        internal static IList<FlowStep> Steps(params FlowStep[] steps)
        {
            return steps;
        }

        internal static string Is(FlowContext c, string step, TransactionOutcome outcome, string code)
        {
            StepOutcome o = c.Outcome(step);
            if (o == null || o.Result == null)
            {
                return step + ": did not run";
            }

            if (o.Result.Outcome != outcome || (code != null && o.Result.ResponseCode != code))
            {
                return step + ": " + o.Result.Outcome + " " + (o.Result.ResponseCode ?? "-") + " (" + (o.Result.Reason ?? "no reason") + "), expected " + outcome + (code == null ? string.Empty : " " + code);
            }

            return null;
        }

        internal static string BatchHas(FlowContext c, int entries)
        {
            int n = c.Engine.Log.BatchEntries.Count;
            return n == entries ? null : "the batch holds " + n + " entries, expected " + entries;
        }

        internal static string HostState(FlowContext c, string step, EntryState state)
        {
            LedgerEntry entry = HostEntry(c, step);
            if (entry == null)
            {
                return step + ": the host has no entry";
            }

            return entry.State == state ? null : step + ": the host holds it " + entry.State + ", expected " + state;
        }

        private static string HostNeverSaw(FlowContext c, string step)
        {
            LedgerEntry entry = HostEntry(c, step);
            return entry == null || entry.State == EntryState.ReversalOfUnknown ? null : step + ": the host holds it " + entry.State + ", expected never seen";
        }

        private static LedgerEntry HostEntry(FlowContext c, string step)
        {
            StepOutcome o = c.Outcome(step);
            if (o == null || o.Result == null || o.Result.Stan == 0)
            {
                return null;
            }

            string stan = Stan.Format(o.Result.Stan);
            return c.Host.Ledger.List().FirstOrDefault(e => e.TerminalId == c.TerminalId && e.Stan == stan);
        }
    }
}
