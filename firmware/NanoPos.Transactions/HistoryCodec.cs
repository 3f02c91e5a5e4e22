namespace NanoPos.Transactions
{
    /// <summary>
    /// The bytes of one history entry in its fixed slot of a history page: a used mark, kind, status, cause, flags, the
    /// response code, number, STAN, amount, creation time, local time, RRN, authorization code and masked card number.
    /// </summary>
    internal static class HistoryCodec
    {
        /// <summary>The bytes of one slot; the longest entry takes 86.</summary>
        internal const int SlotBytes = 88;

        private const int UsedMark = 1;
        private const int FlagVoided = 1;

        /// <summary>Tells whether a slot holds an entry.</summary>
        internal static bool IsUsed(byte[] slots, int offset)
        {
            return slots[offset] == UsedMark;
        }

        /// <summary>Reads the number of the entry in a used slot without decoding the rest.</summary>
        internal static int NumberOf(byte[] slots, int offset)
        {
            var reader = new PayloadReader(slots, offset + 8, offset + SlotBytes);
            return reader.ReadInt32();
        }

        /// <summary>Reads the STAN and kind of the entry in a used slot without decoding the rest.</summary>
        internal static int StanOf(byte[] slots, int offset, out TransactionKind kind)
        {
            kind = (TransactionKind)slots[offset + 1];
            var reader = new PayloadReader(slots, offset + 12, offset + SlotBytes);
            return reader.ReadInt32();
        }

        /// <summary>Writes an entry into its slot (the rest of the slot is zeroed).</summary>
        internal static void Encode(HistoryEntry entry, byte[] slots, int offset)
        {
            for (int i = 0; i < SlotBytes; i++)
            {
                slots[offset + i] = 0;
            }

            var writer = new PayloadWriter(slots, offset, offset + SlotBytes);
            writer.WriteByte(UsedMark);
            writer.WriteByte((int)entry.Kind);
            writer.WriteByte((int)entry.Status);
            writer.WriteByte((int)entry.Cause);
            writer.WriteByte(entry.Voided ? FlagVoided : 0);
            writer.WriteByte(0);
            writer.WriteByte(0);
            writer.WriteByte(0);

            // Fixed offsets first (number at 8, STAN at 12: read without decoding), the texts after them.
            writer.WriteInt32(entry.Number);
            writer.WriteInt32(entry.Stan);
            writer.WriteInt64(entry.AmountMinor);
            writer.WriteInt64(entry.CreatedUtcTicks);
            writer.WriteAscii(Fit(entry.ResponseCode, 2), 2);
            writer.WriteAscii(Fit(entry.LocalDateTime, 10), 10);
            writer.WriteAscii(Fit(entry.Rrn, 12), 12);
            writer.WriteAscii(Fit(entry.AuthCode, 6), 6);
            writer.WriteAscii(Fit(entry.MaskedPan, 19), 19);
        }

        /// <summary>Reads the entry of a used slot; false when the slot's content is not a valid entry.</summary>
        internal static bool Decode(byte[] slots, int offset, HistoryEntry into)
        {
            into.Clear();
            var reader = new PayloadReader(slots, offset, offset + SlotBytes);
            if (reader.ReadByte() != UsedMark)
            {
                return false;
            }

            int kind = reader.ReadByte();
            int status = reader.ReadByte();
            int cause = reader.ReadByte();
            int flags = reader.ReadByte();
            if (kind < (int)TransactionKind.Sale || kind > (int)TransactionKind.Refund
                || status < (int)HistoryStatus.Approved || status > (int)HistoryStatus.NotSent
                || cause < (int)ReversalCause.None || cause > (int)ReversalCause.PowerCut)
            {
                return false;
            }

            into.Kind = (TransactionKind)kind;
            into.Status = (HistoryStatus)status;
            into.Cause = (ReversalCause)cause;
            into.Voided = (flags & FlagVoided) != 0;
            reader.Skip(3);
            into.Number = reader.ReadInt32();
            into.Stan = reader.ReadInt32();
            into.AmountMinor = reader.ReadInt64();
            into.CreatedUtcTicks = reader.ReadInt64();
            into.ResponseCode = reader.ReadAscii(2);
            into.LocalDateTime = reader.ReadAscii(10);
            into.Rrn = reader.ReadAscii(12);
            into.AuthCode = reader.ReadAscii(6);
            into.MaskedPan = reader.ReadAscii(19);
            return !reader.Overrun && into.Number > 0;
        }

        private static string Fit(string text, int maxLength)
        {
            // A longer value than the field allows (an odd host) is cut rather than failing the whole history write.
            return text != null && text.Length > maxLength ? text.Substring(0, maxLength) : text;
        }
    }
}
