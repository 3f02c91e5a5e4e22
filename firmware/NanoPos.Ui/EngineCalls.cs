using System;
using NanoPos.Transactions;

namespace NanoPos.Ui
{
    /// <summary>Performs a <see cref="TransactionRequest"/> on the engine, the one place where requests meet engine methods.</summary>
    public static class EngineCalls
    {
        /// <summary>Runs the call, stores its result (or the exception it threw) on the request and marks it done.</summary>
        /// <param name="engine">The engine.</param>
        /// <param name="request">The request.</param>
        public static void Execute(PaymentEngine engine, TransactionRequest request)
        {
            try
            {
                switch (request.Kind)
                {
                    case RequestKind.Sale:
                        request.Result = engine.Sale(request.AmountMinor, request.Card);
                        break;
                    case RequestKind.Refund:
                        request.Result = engine.Refund(request.AmountMinor, request.Card);
                        break;
                    case RequestKind.Void:
                        request.Result = engine.Void(request.Stan);
                        break;
                    case RequestKind.Balance:
                        request.Result = engine.BalanceInquiry(request.Card);
                        break;
                    case RequestKind.Settle:
                        request.Result = engine.Settle();
                        break;
                    case RequestKind.SignOn:
                        request.Result = engine.SignOn();
                        break;
                    case RequestKind.Echo:
                        request.Result = engine.Echo();
                        break;
                    case RequestKind.Recover:
                        request.Recovery = engine.Recover();
                        break;
                    case RequestKind.FlushReversals:
                        request.ReversalsClear = engine.FlushReversals();
                        break;
                    case RequestKind.PrepareUpdate:
                        var readiness = new UpdateReadiness(engine);
                        readiness.Prepare();
                        request.Readiness = readiness;
                        break;
                    case RequestKind.SelfTest:
                        // A test that needs nobody runs to its end in Begin and reads its own clock; the time given is unused.
                        request.SelfTest.Begin(0);
                        break;
                    default:
                        request.ReversalsClear = engine.ServiceReversals();
                        break;
                }
            }
            catch (Exception e)
            {
                // A storage failure (or, in simulation, a power cut) leaves the engine's state to the journal. The UI
                // logs it, says "Terminal error - restarting" and asks for a restart, whose boot recovers the journal and
                // sends any pending reversal (TerminalUi.RestartRequested).
                request.Failure = e;
            }
            finally
            {
                // The PIN block has left the terminal (or never will): nothing of the PIN stays in memory.
                request.ForgetCard();
                request.MarkDone();
            }
        }
    }
}
