using System;
using System.IO;
using System.Threading;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The transport under one <see cref="System.Net.Security.SslStream"/> of the simulation: reads take the ciphertext
    /// the other side handed in with <see cref="Feed"/> and block while there is none; writes go straight to a callback
    /// (the in-memory link). It also tells when the TLS thread is quiet: blocked in a read with no input left, or
    /// finished. That is what makes TLS deterministic on simulated time: whoever feeds bytes waits for quiet, so every
    /// consequence of those bytes (a decrypted request decided, an answer encrypted and queued) has happened before the
    /// caller goes on.
    /// </summary>
    internal sealed class TlsPipe : Stream
    {
        private readonly object _gate = new object();
        private readonly Action<byte[], int, int> _write;
        private byte[] _input = new byte[4096];
        private int _start;
        private int _length;
        private bool _reading;
        private bool _ended;
        private bool _finished;

        /// <param name="write">Where the TLS layer's output goes (called on the thread that writes).</param>
        internal TlsPipe(Action<byte[], int, int> write)
        {
            _write = write;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>Gets whether <see cref="End"/> was called: reads see the end of the stream, writes are dropped.</summary>
        internal bool IsEnded
        {
            get
            {
                lock (_gate)
                {
                    return _ended;
                }
            }
        }

        /// <summary>Gets whether <see cref="Finish"/> was called: the reading thread is gone.</summary>
        internal bool IsFinished
        {
            get
            {
                lock (_gate)
                {
                    return _finished;
                }
            }
        }

        /// <summary>Hands ciphertext to the reading side; returns at once (wait with <see cref="WaitQuiet"/>).</summary>
        internal void Feed(byte[] data, int offset, int count)
        {
            lock (_gate)
            {
                if (_ended || count == 0)
                {
                    return;
                }

                if (_start + _length + count > _input.Length)
                {
                    var bigger = new byte[Math.Max(_input.Length * 2, _length + count)];
                    Array.Copy(_input, _start, bigger, 0, _length);
                    _input = bigger;
                    _start = 0;
                }

                Array.Copy(data, offset, _input, _start + _length, count);
                _length += count;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>
        /// Waits, in real time, until the reading thread has taken every fed byte and blocks for more, or has finished.
        /// </summary>
        /// <param name="timeoutMs">The longest real wait in ms: a TLS step takes well under a millisecond to a few ms, so
        /// a timeout means the thread hangs.</param>
        /// <returns>True when quiet; false when the timeout passed first.</returns>
        internal bool WaitQuiet(int timeoutMs)
        {
            long deadline = Environment.TickCount64 + timeoutMs;
            lock (_gate)
            {
                while (!_finished && !(_reading && _length == 0))
                {
                    long left = deadline - Environment.TickCount64;
                    if (left <= 0)
                    {
                        return false;
                    }

                    Monitor.Wait(_gate, (int)left);
                }

                return true;
            }
        }

        /// <summary>Ends the input: a blocked or later read returns 0 (the end of the stream), and writes are dropped, so a
        /// session left behind can never put bytes on a link that a new connection uses.</summary>
        internal void End()
        {
            lock (_gate)
            {
                _ended = true;
                _length = 0;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Marks the reading thread as gone (it is quiet for good).</summary>
        internal void Finish()
        {
            lock (_gate)
            {
                _finished = true;
                Monitor.PulseAll(_gate);
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                while (_length == 0 && !_ended)
                {
                    _reading = true;
                    Monitor.PulseAll(_gate);
                    Monitor.Wait(_gate);
                }

                _reading = false;
                if (_length == 0)
                {
                    return 0;
                }

                int n = Math.Min(count, _length);
                Array.Copy(_input, _start, buffer, offset, n);
                _start += n;
                _length -= n;
                if (_length == 0)
                {
                    _start = 0;
                }

                return n;
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (count > 0 && !IsEnded)
            {
                _write(buffer, offset, count);
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
