using System.Collections.Generic;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>
    /// The flows of issue 11 that model faults the power cuts do not: answers that are well-formed but wrong, response
    /// codes whose outcome is unknown, and a store that runs full in the middle of a payment. (Damaged records are
    /// modelled for every flow by the campaign's damage variants.)
    /// </summary>
    internal static class IntegrityFlows
    {
        // Each wrong answer, with the step name that shows it in reports. The host decides and records first, so every
        // one of these sales is charged at the host until the terminal reverses it.
        private static readonly (string Step, FaultKind Kind, string Code)[] WrongAnswers =
        {
            ("wrong-amount", FaultKind.WrongAmount, null),
            ("wrong-processing-code", FaultKind.WrongProcessingCode, null),
            ("wrong-terminal", FaultKind.WrongTerminal, null),
            ("wrong-merchant", FaultKind.WrongMerchant, null),
            ("wrong-currency", FaultKind.WrongCurrency, null),
            ("no-auth-code", FaultKind.NoAuthCode, null),
            ("no-rrn", FaultKind.NoRrn, null),
            ("bare-answer", FaultKind.BareAnswer, null),
            ("code-98", FaultKind.AnswerCode, "98"),
            ("code-a0", FaultKind.AnswerCode, "A0"),
            ("code-96", FaultKind.AnswerCode, "96"),
        };

        /// <summary>Lists the flows.</summary>
        internal static IEnumerable<Flow> All()
        {
            yield return WrongAnswersFlow();
            yield return StoreFullFlow();
        }

        private static Flow WrongAnswersFlow()
        {
            var steps = new List<FlowStep> { Flows.SignOn() };
            long amount = 24000;
            foreach ((string step, FaultKind kind, string code) in WrongAnswers)
            {
                long a = amount++;
                FaultRule rule = new FaultRule { Match = new FaultMatch { Mti = Mti.FinancialRequest }, Times = 1, Kind = kind, Code = code };
                steps.Add(Flows.Step(step, c => c.Sale(step, a, LinkFault.None, rule)));
            }

            long good = amount;
            steps.Add(Flows.Step("sale", c => c.Sale("sale", good)));
            return new Flow(
                "wrong-answers",
                "sign-on, eleven sales the host approves but answers wrongly (amount, processing code, terminal, merchant, currency, "
                    + "no auth code, no RRN, only 11/41/39, codes 98, A0, 96): every one reversed; then a good sale",
                steps,
                null,
                c =>
                {
                    foreach ((string step, FaultKind _, string _) in WrongAnswers)
                    {
                        string wrong = Flows.Is(c, step, TransactionOutcome.Reversed, null) ?? Flows.HostState(c, step, EntryState.Reversed);
                        if (wrong != null)
                        {
                            return wrong;
                        }
                    }

                    return Flows.Is(c, "sale", TransactionOutcome.Approved, "00") ?? Flows.BatchHas(c, 1);
                });
        }

        private static Flow StoreFullFlow()
        {
            return new Flow(
                "store-full",
                "sign-on, an approved sale; a sale the host approves and never answers while the store runs full after its intent "
                    + "(the reversal still goes out, as 0401, and stays pending); a sale while the store is full (refused, never sent); "
                    + "space comes back: the reversal is recorded",
                Flows.Steps(
                    Flows.SignOn(),
                    Flows.Step("sale", c => c.Sale("sale", 25000)),
                    Flows.Step("sale-timeout", c =>
                    {
                        c.Device.Fillable.FullAfterIntent();
                        c.Sale("sale-timeout", 25001, LinkFault.None, FlowContext.OnceFinancial(FaultKind.NoResponse));
                    }),
                    Flows.Step("sale-while-full", c => c.Sale("sale-while-full", 25002)),
                    Flows.Step("space-back", c => c.Device.Fillable.Free(), true)),
                null,
                c => Flows.Is(c, "sale", TransactionOutcome.Approved, "00") ?? Flows.HostState(c, "sale-timeout", EntryState.Reversed)
                    ?? ReversedWhileFull(c)
                    ?? (c.Outcome("sale-while-full").Result.Outcome == TransactionOutcome.Approved ? "sale-while-full was approved with a full store" : null)
                    ?? Flows.BatchHas(c, 1));
        }

        private static string ReversedWhileFull(FlowContext c)
        {
            // Its attempt could not be recorded, so the reversal went out at once anyway, flagged as a repeat.
            string stan = Stan.Format(c.Outcome("sale-timeout").Result.Stan);
            foreach (HostRequestRecord r in c.Host.Transcript)
            {
                if (r.Mti == Mti.ReversalRepeat && r.Stan == stan)
                {
                    return null;
                }
            }

            return "sale-timeout: no 0401 reached the host while the store was full";
        }
    }
}
