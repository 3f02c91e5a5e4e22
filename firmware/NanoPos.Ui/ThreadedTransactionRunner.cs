using System;
using System.Threading;
using NanoPos.Transactions;

namespace NanoPos.Ui
{
    /// <summary>
    /// Runs engine calls on one worker thread, so the screens keep ticking (countdown, idle clock) while a call waits
    /// for the host: for the device and the emulator.
    /// </summary>
    /// <remarks>
    /// The worker is created once and sleeps on an event between calls (a thread per payment would cost heap and
    /// time on the device). One call at a time: <see cref="Start"/> refuses while <see cref="IsBusy"/>. The caller
    /// polls <see cref="TransactionRequest.IsDone"/>; the request is handed over under a lock and its result is
    /// published by the request's done flag, written last. <see cref="Dispose"/> ends the worker after the call in hand
    /// (on a PC the worker is a foreground thread that would otherwise keep the process alive).
    /// <para>
    /// Thread safety: the busy and stopping flags are shared by the screen thread and the worker, so every read and
    /// write of them happens under <c>_gate</c>. A lock is a full fence on both runtimes, so a flag written by one
    /// thread is seen by the other at its next check, and the check-then-set in <see cref="Start"/> is atomic.
    /// (<c>volatile</c> is not an option: nanoFramework 1.x's mscorlib lacks the <c>IsVolatile</c> modifier the
    /// compiler emits for it.) The lock is held for a few instructions, never across the engine call.
    /// </para>
    /// </remarks>
    public sealed class ThreadedTransactionRunner : ITransactionRunner, IDisposable
    {
        private readonly PaymentEngine _engine;
        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Thread _worker;
        private TransactionRequest _current;
        private bool _busy;
        private bool _stopping;

        /// <summary>Creates the runner and starts its worker thread.</summary>
        /// <param name="engine">The engine; from now on only this runner may call it.</param>
        /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
        public ThreadedTransactionRunner(PaymentEngine engine)
        {
            if (engine == null)
            {
                throw new ArgumentNullException("engine");
            }

            _engine = engine;
            _worker = new Thread(new ThreadStart(Work));
            _worker.Start();
        }

        /// <summary>Gets a value indicating whether a call is running.</summary>
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _busy;
                }
            }
        }

        /// <summary>Hands a call to the worker and returns at once.</summary>
        /// <param name="request">The call.</param>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
        /// <exception cref="InvalidOperationException">A call is still running.</exception>
        public void Start(TransactionRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException("request");
            }

            lock (_gate)
            {
                if (_busy || _stopping)
                {
                    throw new InvalidOperationException(_stopping ? "The runner is disposed." : "An engine call is still running.");
                }

                _busy = true;
                _current = request;
            }

            _wake.Set();
        }

        /// <summary>Ends the worker thread once the call in hand (if any) is done; later calls to <see cref="Start"/> throw.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _stopping = true;
            }

            _wake.Set();
        }

        /// <summary>Waits for the worker thread to end after <see cref="Dispose"/>.</summary>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns>True when the worker has ended.</returns>
        public bool WaitForStop(int timeoutMs)
        {
            return _worker.Join(timeoutMs);
        }

        private void Work()
        {
            while (!IsStopping())
            {
                _wake.WaitOne();
                TransactionRequest request;
                lock (_gate)
                {
                    request = _current;
                    _current = null;
                }

                if (request == null)
                {
                    continue;
                }

                EngineCalls.Execute(_engine, request);
                lock (_gate)
                {
                    _busy = false;
                }
            }
        }

        private bool IsStopping()
        {
            lock (_gate)
            {
                return _stopping;
            }
        }
    }
}
