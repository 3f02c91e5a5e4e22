namespace NanoPos.Ui
{
    /// <summary>
    /// Runs engine calls for the screens, one at a time: synchronously (tests and scripted runs: the call happens
    /// inside <see cref="Start"/>, deterministic) or on a worker thread (the device and the emulator: the screens keep
    /// ticking the countdown until <see cref="TransactionRequest.IsDone"/>).
    /// </summary>
    /// <remarks>The engine is not thread-safe: every call to it, the idle loop's reversal service included, goes
    /// through the one runner, and nothing else touches the engine while <see cref="IsBusy"/> is true.</remarks>
    public interface ITransactionRunner
    {
        /// <summary>Gets a value indicating whether a call is running (always false for the synchronous runner after Start returns).</summary>
        bool IsBusy { get; }

        /// <summary>Starts a call. The synchronous runner returns when it is done; the threaded one at once.</summary>
        /// <param name="request">The call; its result is set on it, then <see cref="TransactionRequest.MarkDone"/>.</param>
        /// <exception cref="System.InvalidOperationException">A call is still running.</exception>
        void Start(TransactionRequest request);
    }
}
