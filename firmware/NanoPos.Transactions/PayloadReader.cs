namespace NanoPos.Transactions
{
    /// <summary>
    /// Reads what <see cref="PayloadWriter"/> wrote, checking every read against the payload's end, so a
    /// record that lies about its own lengths is reported as torn instead of throwing IndexOutOfRange.
    /// </summary>
    internal struct PayloadReader
    {
        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;
        private bool _overrun;

        internal PayloadReader(byte[] buffer, int offset, int end)
        {
            _buffer = buffer;
            _position = offset;
            _end = end;
            _overrun = false;
        }

        /// <summary>Gets whether a read went past the end (the values read are then meaningless).</summary>
        internal bool Overrun
        {
            get { return _overrun; }
        }

        /// <summary>Gets whether every byte was consumed exactly.</summary>
        internal bool AtEnd
        {
            get { return !_overrun && _position == _end; }
        }

        internal int ReadByte()
        {
            return Take(1) ? _buffer[_position - 1] : 0;
        }

        internal int ReadUInt16()
        {
            return Take(2) ? (_buffer[_position - 2] << 8) | _buffer[_position - 1] : 0;
        }

        internal int ReadInt32()
        {
            if (!Take(4))
            {
                return 0;
            }

            int p = _position - 4;
            return (_buffer[p] << 24) | (_buffer[p + 1] << 16) | (_buffer[p + 2] << 8) | _buffer[p + 3];
        }

        internal long ReadInt64()
        {
            long high = (uint)ReadInt32();
            long low = (uint)ReadInt32();
            return (high << 32) | low;
        }

        /// <summary>Reads a length-prefixed ASCII string; returns null for length 0.</summary>
        internal string ReadAscii(int maxLength)
        {
            int length = ReadByte();
            if (length > maxLength)
            {
                _overrun = true;
                return null;
            }

            if (length == 0 || !Take(length))
            {
                return null;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)_buffer[_position - length + i];
            }

            return new string(chars);
        }

        /// <summary>Steps over a length-prefixed ASCII string without building it.</summary>
        internal void SkipAscii(int maxLength)
        {
            int length = ReadByte();
            if (length > maxLength)
            {
                _overrun = true;
                return;
            }

            Take(length);
        }

        /// <summary>Steps over a number of bytes.</summary>
        internal void Skip(int count)
        {
            Take(count);
        }

        private bool Take(int count)
        {
            if (_overrun || _position + count > _end)
            {
                _overrun = true;
                return false;
            }

            _position += count;
            return true;
        }
    }
}
