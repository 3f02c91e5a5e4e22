using System;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The host: an echo test (0820/0830, MACed like every request but the sign-on) and its round trip. The value of a
    /// pass is the round trip in ms.
    /// </summary>
    /// <remarks>Runs on the engine's runner, between engine calls (the engine is not thread-safe). An echo moves no money
    /// and writes no journal record beyond its STAN reservation.</remarks>
    public sealed class HostSelfTest : AutomaticSelfTest
    {
        private readonly PaymentEngine _engine;

        /// <summary>Creates the test.</summary>
        /// <param name="engine">The engine, which sends the echo.</param>
        /// <param name="clock">The clock.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public HostSelfTest(PaymentEngine engine, IClock clock)
            : base(SelfTestId.Host, clock)
        {
            if (engine == null)
            {
                throw new ArgumentNullException("engine");
            }

            _engine = engine;
        }

        /// <inheritdoc/>
        protected override void Run(SelfTestResult result, long startedMs)
        {
            if (!_engine.Keys.HasWorkingKeys)
            {
                result.Fail(SelfTestReason.HostNoKeys, 0, null, Since(startedMs));
                return;
            }

            int malformedBefore = _engine.Exchange.MalformedAnswers;
            TransactionResult echo = _engine.Echo();
            long roundTrip = Since(startedMs);
            switch (echo.Outcome)
            {
                case TransactionOutcome.Approved:
                    result.Pass(roundTrip, "0830 in " + roundTrip.ToString() + " ms", roundTrip);
                    break;
                case TransactionOutcome.Declined:
                    result.Fail(SelfTestReason.HostRefused, 0, "code " + echo.ResponseCode, roundTrip);
                    break;
                case TransactionOutcome.NotSent:
                    result.Fail(SelfTestReason.HostNotReached, 0, null, roundTrip);
                    break;
                case TransactionOutcome.Refused:
                    bool noKeys = echo.Refusal == RefusalKind.NotSignedOn || echo.Refusal == RefusalKind.KeysRefused;
                    result.Fail(noKeys ? SelfTestReason.HostNoKeys : SelfTestReason.TestError, 0, ShortText.Cut(echo.Reason), roundTrip);
                    break;
                default:
                    // No usable answer: a malformed one (a bad MAC among them) counts in the exchange's tally; silence does not.
                    bool malformed = _engine.Exchange.MalformedAnswers > malformedBefore;
                    result.Fail(malformed ? SelfTestReason.HostBadAnswer : SelfTestReason.HostNoAnswer, roundTrip, malformed ? FaultText(_engine.Exchange.LastAnswerFault) : null, roundTrip);
                    break;
            }
        }

        private static string FaultText(AnswerFault fault)
        {
            // Enum names do not exist on the device: the two MAC faults in words, the others by their fixed number.
            if (fault == AnswerFault.BadMac)
            {
                return "bad MAC";
            }

            return fault == AnswerFault.MissingMac ? "no MAC" : "answer check " + ((int)fault).ToString();
        }
    }
}
