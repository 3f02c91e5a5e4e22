using System;
using NanoPos.Hal;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The on-flash layout of a journal record (docs/transaction-engine.md, "Journal records"): a 10-byte
    /// header (magic "NJ", version, type, sequence, payload length), a type-specific payload and a CRC-32.
    /// Encoding writes into a caller buffer without allocating; decoding rejects anything torn.
    /// </summary>
    public static class JournalRecordCodec
    {
        /// <summary>The format version new records are written in.</summary>
        public const int CurrentVersion = 2;

        /// <summary>The largest encoded record in bytes; a journal slot buffer of this size always suffices.</summary>
        public const int MaxRecordLength = 128;

        /// <summary>The header length in bytes (magic, version, type, sequence, payload length).</summary>
        public const int HeaderLength = 10;

        private const int CrcLength = 4;
        private const byte Magic0 = (byte)'N';
        private const byte Magic1 = (byte)'J';

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
        /// <param name="version">1 or 2.</param>
        /// <returns>The encoded length in bytes.</returns>
        /// <exception cref="JournalFormatException">A value does not fit, or the type does not exist in that version.</exception>
        public static int Encode(JournalRecord record, byte[] buffer, int version)
        {
            if (version == 1 && record.Type == JournalRecordType.ReversalAttempt)
            {
                throw new JournalFormatException("Format version 1 has no ReversalAttempt records.");
            }

            int end = (buffer.Length < MaxRecordLength ? buffer.Length : MaxRecordLength) - CrcLength;
            var w = new PayloadWriter(buffer, HeaderLength, end);
            switch (record.Type)
            {
                case JournalRecordType.Intent:
                    WriteRequest(ref w, record, version);
                    break;
                case JournalRecordType.Outcome:
                    // The outcome repeats the request, so an approved outcome alone is the batch entry.
                    WriteRequest(ref w, record, version);
                    w.WriteByte(record.Approved ? 1 : 0);
                    w.WriteAscii(record.ResponseCode, 2);
                    w.WriteAscii(record.AuthCode, 6);
                    w.WriteAscii(record.Rrn, 12);
                    break;
                case JournalRecordType.ReversalAttempt:
                    w.WriteInt32(record.Stan);
                    w.WriteUInt16(record.Attempt);
                    break;
                case JournalRecordType.ReversalDone:
                    w.WriteInt32(record.Stan);
                    w.WriteAscii(record.ResponseCode, 2);
                    break;
                case JournalRecordType.Abandoned:
                    w.WriteInt32(record.Stan);
                    break;
                case JournalRecordType.Checkpoint:
                    w.WriteInt32(record.BatchNumber);
                    w.WriteByte(record.BatchOpen ? 1 : 0);
                    w.WriteInt32(record.StanHighWater);
                    if (version >= 2)
                    {
                        w.WriteInt64(record.ClosedThroughSequence);
                    }

                    break;
                default:
                    throw new JournalFormatException("Unknown journal record type " + ((int)record.Type).ToString() + ".");
            }

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
            return crcAt + CrcLength;
        }

        /// <summary>
        /// Decodes a record; returns false (and leaves <paramref name="into"/> unspecified) when the bytes are
        /// not a complete, intact record of a known version and type: a torn or foreign record.
        /// </summary>
        /// <param name="data">The bytes read from a slot.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes read.</param>
        /// <param name="into">The record to fill (cleared first).</param>
        /// <returns>True when the record is intact.</returns>
        public static bool TryDecode(byte[] data, int offset, int count, JournalRecord into)
        {
            into.Clear();
            if (data == null || offset < 0 || count < HeaderLength + CrcLength || offset > data.Length - count)
            {
                return false;
            }

            int version = data[offset + 2];
            int payloadLength = (data[offset + 8] << 8) | data[offset + 9];
            if (data[offset] != Magic0 || data[offset + 1] != Magic1 || version < 1 || version > CurrentVersion
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
            return DecodePayload(ref r, version, into) && r.AtEnd;
        }

        private static bool DecodePayload(ref PayloadReader r, int version, JournalRecord into)
        {
            switch (into.Type)
            {
                case JournalRecordType.Intent:
                    return ReadRequest(ref r, version, into);
                case JournalRecordType.Outcome:
                    bool request = ReadRequest(ref r, version, into);
                    into.Approved = r.ReadByte() == 1;
                    into.ResponseCode = r.ReadAscii(2);
                    into.AuthCode = r.ReadAscii(6);
                    into.Rrn = r.ReadAscii(12);
                    return request;
                case JournalRecordType.ReversalAttempt:
                    into.Stan = r.ReadInt32();
                    into.Attempt = r.ReadUInt16();
                    return version >= 2;
                case JournalRecordType.ReversalDone:
                    into.Stan = r.ReadInt32();
                    into.ResponseCode = r.ReadAscii(2);
                    return true;
                case JournalRecordType.Abandoned:
                    into.Stan = r.ReadInt32();
                    return true;
                case JournalRecordType.Checkpoint:
                    into.BatchNumber = r.ReadInt32();
                    into.BatchOpen = r.ReadByte() == 1;
                    into.StanHighWater = r.ReadInt32();
                    if (version >= 2)
                    {
                        into.ClosedThroughSequence = r.ReadInt64();
                    }

                    return true;
                default:
                    return false;
            }
        }

        private static void WriteRequest(ref PayloadWriter w, JournalRecord record, int version)
        {
            w.WriteUInt16(record.Mti);
            w.WriteInt32(record.Stan);
            w.WriteInt64(record.AmountMinor);
            w.WriteAscii(record.ProcessingCode, 6);
            w.WriteAscii(record.LocalDateTime, 10);
            w.WriteAscii(record.EntryMode, 3);
            w.WriteAscii(record.MaskedPan, 19);
            w.WriteInt32(record.OriginalStan);
            w.WriteAscii(record.OriginalDate, 4);
            if (version >= 2)
            {
                w.WriteByte((int)record.Kind);
                w.WriteInt64(record.CreatedUtcTicks);
            }
        }

        private static bool ReadRequest(ref PayloadReader r, int version, JournalRecord into)
        {
            into.Mti = r.ReadUInt16();
            into.Stan = r.ReadInt32();
            into.AmountMinor = r.ReadInt64();
            into.ProcessingCode = r.ReadAscii(6);
            into.LocalDateTime = r.ReadAscii(10);
            into.EntryMode = r.ReadAscii(3);
            into.MaskedPan = r.ReadAscii(19);
            into.OriginalStan = r.ReadInt32();
            into.OriginalDate = r.ReadAscii(4);

            // Version 1 knew only sales and did not record the creation time.
            into.Kind = TransactionKind.Sale;
            if (version >= 2)
            {
                into.Kind = (TransactionKind)r.ReadByte();
                into.CreatedUtcTicks = r.ReadInt64();
            }

            return into.Kind == TransactionKind.Sale || into.Kind == TransactionKind.Void || into.Kind == TransactionKind.Refund;
        }
    }
}
