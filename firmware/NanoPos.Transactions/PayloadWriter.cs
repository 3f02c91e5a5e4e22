namespace NanoPos.Transactions
{
    /// <summary>
    /// Writes big-endian integers and short ASCII strings into a caller buffer, for journal payloads.
    /// It never allocates; a write past the end throws <see cref="JournalFormatException"/> so a record that
    /// does not fit its slot is a clear error, not a corrupt record.
    /// </summary>
    internal struct PayloadWriter
    {
        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;

        internal PayloadWriter(byte[] buffer, int offset, int end)
        {
            _buffer = buffer;
            _position = offset;
            _end = end;
        }

        internal int Position
        {
            get { return _position; }
        }

        internal void WriteByte(int value)
        {
            Ensure(1);
            _buffer[_position++] = (byte)value;
        }

        internal void WriteUInt16(int value)
        {
            Ensure(2);
            _buffer[_position++] = (byte)(value >> 8);
            _buffer[_position++] = (byte)value;
        }

        internal void WriteInt32(int value)
        {
            Ensure(4);
            _buffer[_position++] = (byte)(value >> 24);
            _buffer[_position++] = (byte)(value >> 16);
            _buffer[_position++] = (byte)(value >> 8);
            _buffer[_position++] = (byte)value;
        }

        internal void WriteInt64(long value)
        {
            WriteInt32((int)(value >> 32));
            WriteInt32((int)value);
        }

        /// <summary>Writes a length byte and the string's characters as ASCII (null is written as length 0).</summary>
        internal void WriteAscii(string value, int maxLength)
        {
            int length = value == null ? 0 : value.Length;
            if (length > maxLength)
            {
                throw new JournalFormatException("A journal text of " + length.ToString() + " characters exceeds its maximum of " + maxLength.ToString() + ".");
            }

            Ensure(1 + length);
            _buffer[_position++] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                char c = value[i];
                _buffer[_position++] = c < 128 ? (byte)c : (byte)'?';
            }
        }

        private void Ensure(int count)
        {
            if (_position + count > _end)
            {
                throw new JournalFormatException("A journal record does not fit the " + _end.ToString() + "-byte record buffer.");
            }
        }
    }
}
