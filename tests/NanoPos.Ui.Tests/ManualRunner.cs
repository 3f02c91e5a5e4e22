using NanoPos.Transactions;

namespace NanoPos.Ui.Tests
{
    /// <summary>A runner that holds each call until the test says <see cref="Finish"/>: an engine call that takes as long as the test wants.</summary>
    internal sealed class ManualRunner : ITransactionRunner
    {
        private readonly PaymentEngine _engine;
        private TransactionRequest _held;

        internal ManualRunner(PaymentEngine engine)
        {
            _engine = engine;
        }

        public bool IsBusy
        {
            get { return _held != null; }
        }

        public void Start(TransactionRequest request)
        {
            _held = request;
        }

        internal RequestKind HeldKind
        {
            get { return _held.Kind; }
        }

        internal void Finish()
        {
            TransactionRequest request = _held;
            _held = null;
            EngineCalls.Execute(_engine, request);
        }
    }
}
