using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Reads whole frames from a stream with bounds: a length header announcing more than the limit is refused
    /// before anything is allocated, the first byte must come within the idle timeout and the rest within the
    /// frame timeout. Never blocks past those.
    /// </summary>
    internal sealed class FrameReader
    {
        private readonly FrameCodec _codec;
        private readonly int _maxBody;
        private readonly int _idleTimeoutMs;
        private readonly int _frameTimeoutMs;

        /// <summary>Creates a reader.</summary>
        public FrameReader(FrameCodec codec, int maxBody, int idleTimeoutMs, int frameTimeoutMs)
        {
            _codec = codec;
            _maxBody = maxBody;
            _idleTimeoutMs = idleTimeoutMs;
            _frameTimeoutMs = frameTimeoutMs;
        }

        /// <summary>Reads one frame.</summary>
        /// <param name="stream">The connection.</param>
        /// <param name="stop">Cancelled when the server stops (then this throws OperationCanceledException).</param>
        public async Task<FrameRead> ReadAsync(Stream stream, CancellationToken stop)
        {
            byte[] header = new byte[_codec.HeaderLength];
            int got;
            using (var idle = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                idle.CancelAfter(_idleTimeoutMs);
                got = await FillAsync(stream, header, 0, 1, idle.Token, stop).ConfigureAwait(false);
            }

            if (got < 0)
            {
                return new FrameRead(FrameReadStatus.Idle, null, -1, 0);
            }

            if (got == 0)
            {
                return new FrameRead(FrameReadStatus.Closed, null, -1, 0);
            }

            using var frameDeadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
            frameDeadline.CancelAfter(_frameTimeoutMs);
            got = await FillAsync(stream, header, 1, header.Length - 1, frameDeadline.Token, stop).ConfigureAwait(false);
            if (got < header.Length - 1)
            {
                return new FrameRead(FrameReadStatus.Incomplete, null, -1, 1 + Math.Max(got, 0));
            }

            int announced = _codec.ReadLength(header, 0);
            if (announced > _maxBody)
            {
                return new FrameRead(FrameReadStatus.Oversize, null, announced, header.Length);
            }

            byte[] frame = new byte[header.Length + announced];
            Array.Copy(header, frame, header.Length);
            got = await FillAsync(stream, frame, header.Length, announced, frameDeadline.Token, stop).ConfigureAwait(false);
            if (got < announced)
            {
                return new FrameRead(FrameReadStatus.Incomplete, null, announced, header.Length + Math.Max(got, 0));
            }

            return new FrameRead(FrameReadStatus.Frame, frame, announced, frame.Length);
        }

        /// <summary>
        /// Reads exactly <paramref name="count"/> bytes. Returns the count read: fewer at end of stream or when
        /// <paramref name="deadline"/> ran out, -1 when it ran out before the first byte.
        /// </summary>
        private static async Task<int> FillAsync(Stream stream, byte[] buffer, int offset, int count, CancellationToken deadline, CancellationToken stop)
        {
            int done = 0;
            try
            {
                while (done < count)
                {
                    int n = await stream.ReadAsync(buffer.AsMemory(offset + done, count - done), deadline).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return done;
                    }

                    done += n;
                }
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                return done == 0 ? -1 : done;
            }

            return done;
        }
    }
}
