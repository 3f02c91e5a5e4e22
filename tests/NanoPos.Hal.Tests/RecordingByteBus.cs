using System;
using System.Collections;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// A fake <see cref="IByteBus"/> that keeps a copy of every write, so tests can compare the exact bytes a
    /// protocol sends, and can fail a chosen write the way a device that stops acknowledging does.
    /// </summary>
    public sealed class RecordingByteBus : IByteBus
    {
        private const string HexDigits = "0123456789ABCDEF";

        private readonly ArrayList _writes = new ArrayList();
        private readonly ArrayList _buffers = new ArrayList();
        private int _failAtWrite = -1;

        /// <summary>Gets the number of writes recorded.</summary>
        public int WriteCount
        {
            get { return _writes.Count; }
        }

        /// <summary>Makes the write with this 0-based index (counted over the bus's life) throw an IOException.</summary>
        /// <param name="index">The index of the write to fail.</param>
        public void FailAtWrite(int index)
        {
            _failAtWrite = index;
        }

        /// <summary>Records a copy of the bytes (or fails, see <see cref="FailAtWrite"/>).</summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes.</param>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (_writes.Count == _failAtWrite)
            {
                _failAtWrite = -1;
                throw new IOException("Device did not acknowledge.");
            }

            byte[] copy = new byte[count];
            Array.Copy(buffer, offset, copy, 0, count);
            _writes.Add(copy);
            _buffers.Add(buffer);
        }

        /// <summary>Gets a copy of the bytes of one write.</summary>
        /// <param name="index">The 0-based index of the write.</param>
        /// <returns>The bytes.</returns>
        public byte[] GetWrite(int index)
        {
            return (byte[])_writes[index];
        }

        /// <summary>Gets the caller's buffer object of one write (to check that buffers are reused, not allocated).</summary>
        /// <param name="index">The 0-based index of the write.</param>
        /// <returns>The buffer the caller passed.</returns>
        public byte[] GetBuffer(int index)
        {
            return (byte[])_buffers[index];
        }

        /// <summary>Gets one write as upper-case hex bytes separated by spaces, e.g. "00 AF".</summary>
        /// <param name="index">The 0-based index of the write.</param>
        /// <returns>The hex text.</returns>
        public string Hex(int index)
        {
            byte[] bytes = GetWrite(index);
            char[] text = new char[(bytes.Length * 3) - 1];
            for (int i = 0; i < bytes.Length; i++)
            {
                if (i > 0)
                {
                    text[(i * 3) - 1] = ' ';
                }

                text[i * 3] = HexDigits[bytes[i] >> 4];
                text[(i * 3) + 1] = HexDigits[bytes[i] & 0x0F];
            }

            return new string(text);
        }

        /// <summary>Forgets every recorded write.</summary>
        public void Clear()
        {
            _writes.Clear();
            _buffers.Clear();
        }
    }
}
