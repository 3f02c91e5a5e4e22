using System;
using NanoPos.Hal;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The on-flash frame of a journal record (docs/transaction-engine.md, "Journal records"): a 10-byte header (magic
    /// "NJ", version, type, sequence, payload length), the type's payload (<see cref="JournalPayload"/>), a CRC-32, and
    /// since version 3 eight Reed-Solomon parity bytes over all of it. Encoding writes into a caller buffer without
    /// allocating; decoding repairs up to four damaged bytes and rejects anything it cannot prove intact.
    /// </summary>
    /// <remarks>
    /// Why Reed-Solomon and a CRC: the parity (<see cref="ReedSolomon"/>, 8 bytes) corrects any 4 damaged bytes of a
    /// record — a flipped bit anywhere, header included — and the CRC-32, checked after the correction, catches the rare
    /// word with more damage that the code would "correct" into a wrong record. Versions 1 and 2 (no parity) are still
    /// read. The static codec shares one decoder and scratch buffer under a lock: the journal is written by one thread
    /// at a time anyway.
    /// </remarks>
    public static class JournalRecordCodec
    {
        /// <summary>The format version new records are written in.</summary>
        public const int CurrentVersion = 3;

        /// <summary>The largest encoded record in bytes (a Reed-Solomon codeword); a slot buffer of this size always suffices.</summary>
        public const int MaxRecordLength = ReedSolomon.MaxCodewordLength;

        /// <summary>The header length in bytes (magic, version, type, sequence, payload length).</summary>
        public const int HeaderLength = 10;

        /// <summary>The Reed-Solomon parity bytes a version-3 record ends with; they correct half as many damaged bytes.</summary>
        public const int ParityLength = 8;

        private const int CrcLength = 4;
        private const byte Magic0 = (byte)'N';
        private const byte Magic1 = (byte)'J';

        private static readonly object s_gate = new object();
        private static readonly ReedSolomon s_code = new ReedSolomon(ParityLength);
        private static readonly byte[] s_scratch = new byte[MaxRecordLength];

        /// <summary>Encodes a record (in <see cref="CurrentVersion"/>) into a buffer.</summary>
        /// <param name="record">The record; its <see cref="JournalRecord.Sequence"/> must be set.</param>
        /// <param name="buffer">At least <see cref="MaxRecordLength"/> bytes.</param>
        /// <returns>The encoded length in bytes.</returns>
        /// <exception cref="JournalFormatException">A value does not fit the layout.</exception>
        public static int Encode(JournalRecord record, byte[] buffer)
        {
            return Encode(record, buffer, CurrentVersion);
        }

        /// <summary>Encodes a record in a given format version (older versions exist for migration tests).</summary>
        /// <param name="record">The record.</param>
        /// <param name="buffer">At least <see cref="MaxRecordLength"/> bytes.</param>
        /// <param name="version">1, 2 or 3.</param>
        /// <returns>The encoded length in bytes.</returns>
        /// <exception cref="JournalFormatException">A value does not fit the layout, or the version cannot hold the record.</exception>
        public static int Encode(JournalRecord record, byte[] buffer, int version)
        {
            if (version < 1 || version > CurrentVersion)
            {
                throw new JournalFormatException("Unknown journal format version " + version.ToString() + ".");
            }

            if (version == 1 && record.Type == JournalRecordType.ReversalAttempt)
            {
                throw new JournalFormatException("Format version 1 has no ReversalAttempt records.");
            }

            int room = buffer.Length < MaxRecordLength ? buffer.Length : MaxRecordLength;
            int end = room - CrcLength - (version >= 3 ? ParityLength : 0);
            var w = new PayloadWriter(buffer, HeaderLength, end);
            JournalPayload.Write(ref w, record, version);
            int payloadLength = w.Position - HeaderLength;
            buffer[0] = Magic0;
            buffer[1] = Magic1;
            buffer[2] = (byte)version;
            buffer[3] = (byte)record.Type;
            uint sequence = (uint)record.Sequence;
            buffer[4] = (byte)(sequence >> 24);
            buffer[5] = (byte)(sequence >> 16);
            buffer[6] = (byte)(sequence >> 8);
            buffer[7] = (byte)sequence;
            buffer[8] = (byte)(payloadLength >> 8);
            buffer[9] = (byte)payloadLength;
            int crcAt = HeaderLength + payloadLength;
            uint crc = Crc32.Compute(buffer, 0, crcAt);
            buffer[crcAt] = (byte)(crc >> 24);
            buffer[crcAt + 1] = (byte)(crc >> 16);
            buffer[crcAt + 2] = (byte)(crc >> 8);
            buffer[crcAt + 3] = (byte)crc;
            int length = crcAt + CrcLength;
            if (version >= 3)
            {
                lock (s_gate)
                {
                    s_code.Encode(buffer, 0, length, buffer, length);
                }

                length += ParityLength;
            }

            return length;
        }

        /// <summary>
        /// Reads the format version a stored record's header names, without checking anything else: the frame's first three
        /// bytes (magic "NJ", version) are the one part every format keeps, so a reader can tell a record of a newer format
        /// it cannot decode from a damaged one.
        /// </summary>
        /// <param name="data">The buffer holding the record as read.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes.</param>
        /// <returns>The version byte (1 to 255) when the magic is there, else 0. Not a proof that the record is intact.</returns>
        public static int PeekVersion(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 3 || offset > data.Length - count)
            {
                return 0;
            }

            return data[offset] == Magic0 && data[offset + 1] == Magic1 ? data[offset + 2] : 0;
        }

        /// <summary>Decodes a record that must be intact as it is (no correction): for tests and tools.</summary>
        /// <param name="data">The buffer holding the record.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes.</param>
        /// <param name="into">Receives the record (cleared first).</param>
        /// <returns>True when the bytes are a complete, uncorrupted record of a known version.</returns>
        public static bool TryDecode(byte[] data, int offset, int count, JournalRecord into)
        {
            return Decode(data, offset, count, into, true) == 0;
        }

        /// <summary>
        /// Decodes a record, repairing damaged bytes of a version-3 record first; the caller's bytes are not changed.
        /// </summary>
        /// <param name="data">The buffer holding the record as read.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length in bytes.</param>
        /// <param name="into">Receives the record (cleared first).</param>
        /// <param name="withTail">True to build the copy of a batch entry a record carries (<see cref="JournalRecord.Tail"/>);
        /// false to note only its sequence (<see cref="JournalRecord.TailSequence"/>), as the boot scan does.</param>
        /// <returns>The number of bytes repaired (0: it was intact), or -1 when it is not a record that can be trusted
        /// (torn, damaged beyond repair, or of an unknown version).</returns>
        public static int Decode(byte[] data, int offset, int count, JournalRecord into, bool withTail)
        {
            into.Clear();
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return -1;
            }

            bool parityFits = count > HeaderLength + CrcLength + ParityLength && count <= MaxRecordLength;

            // The usual case first: an intact record passes its CRC without the Reed-Solomon decoder, whose syndromes
            // would cost the interpreter about a thousand table lookups per record.
            if (parityFits && data[offset + 2] == 3 && TryDecodeFrame(data, offset, count - ParityLength, into, 3, withTail))
            {
                return 0;
            }

            if (parityFits)
            {
                into.Clear();
                lock (s_gate)
                {
                    Array.Copy(data, offset, s_scratch, 0, count);
                    int repaired = s_code.Decode(s_scratch, 0, count);
                    if (repaired > 0 && s_scratch[2] == 3 && TryDecodeFrame(s_scratch, 0, count - ParityLength, into, 3, withTail))
                    {
                        return repaired;
                    }
                }
            }

            // Records written before version 3 carry no parity: they must be intact as they are.
            into.Clear();
            return TryDecodeFrame(data, offset, count, into, 2, withTail) ? 0 : -1;
        }

        private static bool TryDecodeFrame(byte[] data, int offset, int count, JournalRecord into, int maxVersion, bool withTail)
        {
            if (count < HeaderLength + CrcLength)
            {
                return false;
            }

            int version = data[offset + 2];
            int payloadLength = (data[offset + 8] << 8) | data[offset + 9];
            if (data[offset] != Magic0 || data[offset + 1] != Magic1 || version < 1 || version > maxVersion
                || HeaderLength + payloadLength + CrcLength != count)
            {
                return false;
            }

            int crcAt = offset + HeaderLength + payloadLength;
            uint stored = ((uint)data[crcAt] << 24) | ((uint)data[crcAt + 1] << 16) | ((uint)data[crcAt + 2] << 8) | data[crcAt + 3];
            if (Crc32.Compute(data, offset, HeaderLength + payloadLength) != stored)
            {
                return false;
            }

            into.Version = version;
            into.Type = (JournalRecordType)data[offset + 3];
            into.Sequence = ((long)data[offset + 4] << 24) | ((long)data[offset + 5] << 16) | ((long)data[offset + 6] << 8) | data[offset + 7];
            var r = new PayloadReader(data, offset + HeaderLength, crcAt);
            return JournalPayload.Read(ref r, version, into, withTail) && r.AtEnd && !r.Overrun;
        }
    }
}
