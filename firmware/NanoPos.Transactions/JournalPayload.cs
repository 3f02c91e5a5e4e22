namespace NanoPos.Transactions
{
    /// <summary>
    /// The payload layouts of the journal record types, per format version (docs/transaction-engine.md, "Journal
    /// records"). The frame around them (header, CRC, parity) is <see cref="JournalRecordCodec"/>'s.
    /// </summary>
    /// <remarks>
    /// Version 3 added, for surviving a damaged record: the batch number in every request; a copy of the newest batch
    /// entry (the "tail") in every ring record, so that an approved outcome whose own slot becomes unreadable is rebuilt
    /// from a later record; and in a reversal attempt the whole request plus where its intent lies, so that a pending
    /// reversal survives a damaged intent.
    /// </remarks>
    internal static class JournalPayload
    {
        /// <summary>Writes a record's payload in a format version.</summary>
        internal static void Write(ref PayloadWriter w, JournalRecord record, int version)
        {
            switch (record.Type)
            {
                case JournalRecordType.Intent:
                    WriteRequest(ref w, record, version);
                    break;
                case JournalRecordType.Outcome:
                    // The outcome repeats the request, so an approved outcome alone is the batch entry.
                    WriteRequest(ref w, record, version);
                    WriteResponse(ref w, record);
                    break;
                case JournalRecordType.ReversalAttempt:
                    w.WriteInt32(record.Stan);
                    w.WriteUInt16(record.Attempt);
                    if (version >= 3)
                    {
                        w.WriteUInt16(record.IntentSlot < 0 ? 0xFFFF : record.IntentSlot);
                        w.WriteInt32((int)record.IntentSequence);
                        WriteRequest(ref w, record, version);
                    }

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

                    return;
                default:
                    throw new JournalFormatException("Unknown journal record type " + ((int)record.Type).ToString() + ".");
            }

            if (version >= 3)
            {
                WriteTail(ref w, record.Tail, version);
            }
        }

        /// <summary>Reads a record's payload; false when it does not fit the type's layout.</summary>
        /// <param name="r">The reader over the payload.</param>
        /// <param name="version">The record's format version.</param>
        /// <param name="into">Receives the fields.</param>
        /// <param name="withTail">True to build the tail's copy as a record; false to note only its sequence (the boot
        /// scan: a copy is needed only when its original is missing, and building 64 of them would double the boot's
        /// allocation).</param>
        internal static bool Read(ref PayloadReader r, int version, JournalRecord into, bool withTail)
        {
            bool ok;
            switch (into.Type)
            {
                case JournalRecordType.Intent:
                    ok = ReadRequest(ref r, version, into);
                    break;
                case JournalRecordType.Outcome:
                    ok = ReadRequest(ref r, version, into);
                    ReadResponse(ref r, into);
                    break;
                case JournalRecordType.ReversalAttempt:
                    into.Stan = r.ReadInt32();
                    into.Attempt = r.ReadUInt16();
                    ok = version >= 2;
                    if (version >= 3)
                    {
                        int slot = r.ReadUInt16();
                        into.IntentSlot = slot == 0xFFFF ? -1 : slot;
                        into.IntentSequence = (uint)r.ReadInt32();
                        int stan = into.Stan;
                        int attempt = into.Attempt;
                        ok = ReadRequest(ref r, version, into) && into.Stan == stan;
                        into.Attempt = attempt;
                    }

                    break;
                case JournalRecordType.ReversalDone:
                    into.Stan = r.ReadInt32();
                    into.ResponseCode = r.ReadAscii(2);
                    ok = true;
                    break;
                case JournalRecordType.Abandoned:
                    into.Stan = r.ReadInt32();
                    ok = true;
                    break;
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

            if (ok && version >= 3)
            {
                ok = ReadTail(ref r, version, into, withTail);
            }

            return ok;
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

            if (version >= 3)
            {
                w.WriteInt32(record.BatchNumber);
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

            if (version >= 3)
            {
                into.BatchNumber = r.ReadInt32();
            }

            return into.Kind == TransactionKind.Sale || into.Kind == TransactionKind.Void || into.Kind == TransactionKind.Refund;
        }

        private static void WriteResponse(ref PayloadWriter w, JournalRecord record)
        {
            w.WriteByte(record.Approved ? 1 : 0);
            w.WriteAscii(record.ResponseCode, 2);
            w.WriteAscii(record.AuthCode, 6);
            w.WriteAscii(record.Rrn, 12);
        }

        private static void ReadResponse(ref PayloadReader r, JournalRecord into)
        {
            into.Approved = r.ReadByte() == 1;
            into.ResponseCode = r.ReadAscii(2);
            into.AuthCode = r.ReadAscii(6);
            into.Rrn = r.ReadAscii(12);
        }

        private static void WriteTail(ref PayloadWriter w, JournalRecord tail, int version)
        {
            // The copy of the newest batch entry: flag, then the entry as its own outcome record holds it.
            if (tail == null)
            {
                w.WriteByte(0);
                return;
            }

            w.WriteByte(1);
            w.WriteInt32((int)tail.Sequence);
            w.WriteUInt16(tail.Slot < 0 ? 0xFFFF : tail.Slot);
            WriteRequest(ref w, tail, version);
            WriteResponse(ref w, tail);
        }

        private static bool ReadTail(ref PayloadReader r, int version, JournalRecord into, bool withTail)
        {
            into.Tail = null;
            into.TailSequence = 0;
            int flag = r.ReadByte();
            if (flag == 0)
            {
                return true;
            }

            if (flag != 1)
            {
                return false;
            }

            if (!withTail)
            {
                // The CRC already vouched for these bytes; step over the copy, keeping only what says whose copy it is.
                into.TailSequence = (uint)r.ReadInt32();
                r.Skip(2);
                SkipRequest(ref r, version);
                r.Skip(1);
                r.SkipAscii(2);
                r.SkipAscii(6);
                r.SkipAscii(12);
                return into.TailSequence > 0 && into.TailSequence < into.Sequence;
            }

            var tail = new JournalRecord();
            tail.Type = JournalRecordType.Outcome;
            tail.Version = version;
            tail.Sequence = (uint)r.ReadInt32();
            int slot = r.ReadUInt16();
            tail.Slot = slot == 0xFFFF ? -1 : slot;
            bool ok = ReadRequest(ref r, version, tail);
            ReadResponse(ref r, tail);
            into.Tail = tail;
            into.TailSequence = tail.Sequence;
            return ok && tail.Approved && tail.Sequence > 0 && tail.Sequence < into.Sequence;
        }

        private static void SkipRequest(ref PayloadReader r, int version)
        {
            r.Skip(2 + 4 + 8);
            r.SkipAscii(6);
            r.SkipAscii(10);
            r.SkipAscii(3);
            r.SkipAscii(19);
            r.Skip(4);
            r.SkipAscii(4);
            r.Skip(1 + 8 + 4);
        }
    }
}
