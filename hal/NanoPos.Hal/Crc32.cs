using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// CRC-32 as in IEEE 802.3, zip and PNG (reflected polynomial 0xEDB88320, initial value and final xor
    /// 0xFFFFFFFF; the check value of the ASCII text "123456789" is 0xCBF43926), the one implementation in
    /// nanoPos: the transaction journal and the record file trailer (<see cref="RecordFileFormat"/>) use it to
    /// tell a complete record from a torn one, and the host's PNG writer for its chunks.
    /// </summary>
    /// <remarks>
    /// Table-driven, one table lookup per byte; the 256-entry table (1 KB, shared by every user) is built once,
    /// when the class is first used.
    /// For data in several pieces (a record header and its body) without copying them together:
    /// <c>Finish(Update(Update(Begin(), header, 0, h), body, 0, b))</c> equals the one-shot result over both.
    /// </remarks>
    public static class Crc32
    {
        private const uint Polynomial = 0xEDB88320;
        private static readonly uint[] s_table = BuildTable();

        /// <summary>
        /// Computes the CRC-32 of a range of bytes in one call.
        /// </summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes (0 gives 0x00000000).</param>
        /// <returns>The finished CRC-32.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Begin(), data, offset, count));
        }

        /// <summary>
        /// Starts an incremental CRC-32.
        /// </summary>
        /// <returns>The running value to pass to <see cref="Update"/> (0xFFFFFFFF).</returns>
        public static uint Begin()
        {
            return 0xFFFFFFFF;
        }

        /// <summary>
        /// Feeds bytes into an incremental CRC-32.
        /// </summary>
        /// <param name="crc">The running value from <see cref="Begin"/> or a previous Update.</param>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <returns>The new running value.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentException">The range lies outside the array.</exception>
        public static uint Update(uint crc, byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentException("The range (offset " + offset + ", count " + count + ") lies outside " + data.Length + " bytes.");
            }

            uint[] table = s_table;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = table[(int)((crc ^ data[i]) & 0xFF)] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>
        /// Finishes an incremental CRC-32.
        /// </summary>
        /// <param name="crc">The running value.</param>
        /// <returns>The CRC-32 (the running value xor 0xFFFFFFFF).</returns>
        public static uint Finish(uint crc)
        {
            return crc ^ 0xFFFFFFFF;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (int n = 0; n < 256; n++)
            {
                uint c = (uint)n;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
