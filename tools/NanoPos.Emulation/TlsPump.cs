using System;
using System.Net.Security;
using System.Threading;

namespace NanoPos.Emulation
{
    /// <summary>
    /// One side of a simulated TLS connection: an <see cref="SslStream"/> over a <see cref="TlsPipe"/>, run by its own
    /// background thread so that a read may block in the middle of a record (waiting for the rest of the ciphertext)
    /// without holding up the simulation, and is never cut by a timeout. The caller feeds ciphertext and waits until the
    /// thread is quiet again (<see cref="FeedAndSettle"/>), so on simulated time everything happens in a fixed order.
    /// </summary>
    internal sealed class TlsPump
    {
        /// <summary>The longest real time in ms one TLS step may take before the session counts as hung (a handshake takes a few ms).</summary>
        internal const int StepTimeoutMs = 10000;

        private readonly TlsPipe _pipe;
        private readonly SslStream _ssl;
        private readonly Action<SslStream> _body;
        private readonly Thread _thread;
        private Exception _failure;

        /// <param name="name">The thread's name (for a debugger).</param>
        /// <param name="write">Where the ciphertext this side produces goes.</param>
        /// <param name="body">What the thread does with the stream: the handshake, then its read loop. It runs until the
        /// stream ends or fails; the stream is disposed after it.</param>
        internal TlsPump(string name, Action<byte[], int, int> write, Action<SslStream> body)
        {
            _pipe = new TlsPipe(write);
            _ssl = new SslStream(_pipe, true);
            _body = body;
            _thread = new Thread(Run) { IsBackground = true, Name = name };
        }

        /// <summary>Gets the stream, for writes from the caller's thread (one writer, concurrent with the thread's read).</summary>
        internal SslStream Stream => _ssl;

        /// <summary>Gets what ended the thread's work, or null (still running, or ended by the end of the stream).</summary>
        internal Exception Failure => Volatile.Read(ref _failure);

        /// <summary>Gets whether the thread has ended.</summary>
        internal bool HasEnded => _pipe.IsFinished;

        /// <summary>Starts the thread and waits until it is quiet (its first read blocks, or it ended).</summary>
        /// <returns>False when the thread did not become quiet within <see cref="StepTimeoutMs"/>.</returns>
        internal bool Start()
        {
            _thread.Start();
            return _pipe.WaitQuiet(StepTimeoutMs);
        }

        /// <summary>Hands ciphertext to the thread and waits until it has taken all of it and blocks for more, or ended.</summary>
        /// <returns>False when the thread did not become quiet within <see cref="StepTimeoutMs"/>.</returns>
        internal bool FeedAndSettle(byte[] data, int offset, int count)
        {
            _pipe.Feed(data, offset, count);
            return _pipe.WaitQuiet(StepTimeoutMs);
        }

        /// <summary>
        /// Ends the session: the thread's read sees the end of the stream and the thread ends by itself; nothing this side
        /// writes afterwards reaches the link. Safe to call twice.
        /// </summary>
        internal void Close()
        {
            _pipe.End();
        }

        private void Run()
        {
            try
            {
                _body(_ssl);
            }
            catch (Exception e)
            {
                // A failed handshake, an alert, a broken record, or the link's own exception from a write: the session is over.
                Volatile.Write(ref _failure, e);
            }
            finally
            {
                _pipe.End();
                try
                {
                    _ssl.Dispose();
                }
                catch (Exception)
                {
                    // Disposing a stream that failed mid-handshake may throw again; nothing is left to clean.
                }

                _pipe.Finish();
            }
        }
    }
}
