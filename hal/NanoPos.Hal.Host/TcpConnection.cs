using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// One open connection of <see cref="TcpNetworkLink"/>: a reader task that queues what arrives, stamped with its
    /// delivery time, and the waits on that queue. A closed or broken stream is queued as an end marker, so the
    /// terminal first receives every byte that came before it.
    /// </summary>
    internal sealed class TcpConnection
    {
        private const int ReadBufferBytes = 4096;

        private readonly Socket _socket;
        private readonly Stream _stream;
        private readonly Func<long> _nowMs;
        private readonly Func<int> _delayMs;
        private readonly object _gate = new object();
        private readonly Queue<Arrival> _arrivals = new Queue<Arrival>();
        private bool _closed;

        public TcpConnection(Socket socket, Stream stream, Func<long> nowMs, Func<int> delayMs)
        {
            _socket = socket;
            _stream = stream;
            _nowMs = nowMs;
            _delayMs = delayMs;
            _ = Task.Run(PumpAsync);
        }

        public void Write(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (count == 0)
            {
                return;
            }

            using var cancel = new CancellationTokenSource(timeoutMs);
            _stream.WriteAsync(buffer.AsMemory(offset, count), cancel.Token).AsTask().GetAwaiter().GetResult();
            _stream.FlushAsync(cancel.Token).GetAwaiter().GetResult();
        }

        /// <summary>Takes delivered bytes, waiting up to the timeout for the first.</summary>
        /// <returns>The bytes received, 0 when none in time, or -1 when the stream ended (closed by the host or broken).</returns>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            long deadline = _nowMs() + timeoutMs;
            lock (_gate)
            {
                while (true)
                {
                    long now = _nowMs();
                    long wakeAt = deadline;
                    if (_arrivals.Count > 0)
                    {
                        Arrival head = _arrivals.Peek();
                        if (head.DueMs <= now)
                        {
                            if (head.Data == null)
                            {
                                return -1;
                            }

                            int n = Math.Min(count, head.Data.Length - head.Read);
                            Array.Copy(head.Data, head.Read, buffer, offset, n);
                            head.Read += n;
                            if (head.Read == head.Data.Length)
                            {
                                _arrivals.Dequeue();
                            }

                            return n;
                        }

                        wakeAt = Math.Min(head.DueMs, deadline);
                    }

                    if (now >= deadline)
                    {
                        return 0;
                    }

                    Monitor.Wait(_gate, (int)Math.Max(1, wakeAt - now));
                }
            }
        }

        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
                _arrivals.Clear();
            }

            try
            {
                // Shutdown first so that bytes already handed to the socket still reach the host before the FIN.
                _socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception)
            {
                // Already broken or closed by the host.
            }

            _stream.Dispose();
            _socket.Dispose();
        }

        private async Task PumpAsync()
        {
            byte[] buffer = new byte[ReadBufferBytes];
            try
            {
                while (true)
                {
                    int n = await _stream.ReadAsync(buffer.AsMemory(0, buffer.Length)).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    Enqueue(buffer.AsSpan(0, n).ToArray());
                }
            }
            catch (Exception)
            {
                // A broken or locally closed stream ends like a closed one: the end marker below.
            }

            Enqueue(null);
        }

        private void Enqueue(byte[] data)
        {
            lock (_gate)
            {
                if (_closed)
                {
                    return;
                }

                _arrivals.Enqueue(new Arrival(data, _nowMs() + _delayMs()));
                Monitor.PulseAll(_gate);
            }
        }

        private sealed class Arrival
        {
            public Arrival(byte[] data, long dueMs)
            {
                Data = data;
                DueMs = dueMs;
            }

            public byte[] Data { get; }

            public long DueMs { get; }

            public int Read { get; set; }
        }
    }
}
