using System;
using NanoPos.Transactions;

namespace NanoPos.Ui
{
    /// <summary>
    /// Runs each engine call inside <see cref="Start"/> on the caller's thread: deterministic, for tests and scripted
    /// runs on simulated time (the processing screen is drawn before the call and the result after it).
    /// </summary>
    public sealed class SynchronousTransactionRunner : ITransactionRunner
    {
        private readonly PaymentEngine _engine;

        /// <summary>Creates the runner.</summary>
        /// <param name="engine">The engine.</param>
        /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
        public SynchronousTransactionRunner(PaymentEngine engine)
        {
            if (engine == null)
            {
                throw new ArgumentNullException("engine");
            }

            _engine = engine;
        }

        /// <summary>Gets false: no call is ever running between calls.</summary>
        public bool IsBusy
        {
            get { return false; }
        }

        /// <summary>Runs the call now; returns when it is done.</summary>
        /// <param name="request">The call.</param>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
        public void Start(TransactionRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException("request");
            }

            EngineCalls.Execute(_engine, request);
        }
    }
}
