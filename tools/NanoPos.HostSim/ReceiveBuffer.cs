using System;

namespace NanoPos.HostSim
{
    /// <summary>The bytes one in-memory connection has sent that <see cref="SimulatedAcquirer"/> has not yet taken as frames.</summary>
    internal sealed class ReceiveBuffer
    {
        /// <summary>Gets the bytes; the first <see cref="Length"/> are valid.</summary>
        public byte[] Buffer { get; private set; } = new byte[256];

        /// <summary>Gets the number of bytes held.</summary>
        public int Length { get; private set; }

        /// <summary>Adds bytes at the end, growing the buffer when needed.</summary>
        public void Append(byte[] data, int offset, int count)
        {
            if (Length + count > Buffer.Length)
            {
                var bigger = new byte[Math.Max(Buffer.Length * 2, Length + count)];
                Array.Copy(Buffer, bigger, Length);
                Buffer = bigger;
            }

            Array.Copy(data, offset, Buffer, Length, count);
            Length += count;
        }

        /// <summary>Drops the first <paramref name="count"/> bytes (a frame taken).</summary>
        public void Consume(int count)
        {
            Array.Copy(Buffer, count, Buffer, 0, Length - count);
            Length -= count;
        }
    }
}
