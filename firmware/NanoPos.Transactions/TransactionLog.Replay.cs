namespace NanoPos.Transactions
{
    /// <summary>
    /// Recovery and liveness of <see cref="TransactionLog"/>: boot replays the journal through <see cref="Apply"/>,
    /// the same code every live write goes through (<see cref="AppendAndApply"/>), and <see cref="Apply"/> with
    /// <see cref="Resolve"/> decide which records stay live, which are released, and which resolvers stay pinned
    /// while the intent they resolve is still stored (the rules are in the class remarks and in
    /// docs/transaction-engine.md, "Slots, liveness, and why a torn write cannot hurt").
    /// </summary>
    public sealed partial class TransactionLog
    {
        /// <summary>
        /// Reads the journal and rebuilds the state. Call once at boot, before anything else.
        /// </summary>
        /// <returns>What recovery found.</returns>
        public JournalRecovery Recover()
        {
            JournalRecovery found = _journal.Recover();
            _pending.Clear();
            _attempts.Clear();
            _pinnedBy.Clear();
            _batch.Clear();
            _anomalies = 0;
            if (found.Checkpoint != null)
            {
                _checkpoint.CopyFieldsFrom(found.Checkpoint);
                _checkpoint.Sequence = found.Checkpoint.Sequence;
            }

            // Skip the rest of the last reserved block: those STANs may have been used before the reboot.
            _stanCounter = _checkpoint.StanHighWater;
            foreach (JournalRecord record in found.Records)
            {
                Apply(record);
            }

            return found;
        }

        private void AppendAndApply(JournalRecord record)
        {
            long replaced = _journal.Append(record);
            if (replaced > 0)
            {
                // That intent is gone from flash now, so whatever resolved it need not stay.
                JournalRecord resolver = _pinnedBy.Remove(replaced);
                if (resolver != null)
                {
                    _journal.Release(resolver.Slot);
                }
            }

            Apply(record);
        }

        private void Apply(JournalRecord record)
        {
            if (record.Sequence <= _checkpoint.ClosedThroughSequence)
            {
                _journal.Release(record.Slot);
                return;
            }

            switch (record.Type)
            {
                case JournalRecordType.Intent:
                    _pending.Put(record.Stan, record);
                    break;
                case JournalRecordType.Outcome:
                    // An approved outcome is the batch entry whether or not its intent is still stored
                    // (the intent slot is reused once resolved). A declined one only resolves its intent.
                    bool resolved = Resolve(record);
                    if (record.Approved)
                    {
                        _batch.Add(record);
                    }
                    else if (!resolved)
                    {
                        _journal.Release(record.Slot);
                    }

                    break;
                case JournalRecordType.ReversalAttempt:
                    if (_pending.Get(record.Stan) == null)
                    {
                        _journal.Release(record.Slot);
                        break;
                    }

                    JournalRecord previous = _attempts.Get(record.Stan);
                    if (previous != null)
                    {
                        _journal.Release(previous.Slot);
                    }

                    _attempts.Put(record.Stan, record);
                    break;
                case JournalRecordType.ReversalDone:
                case JournalRecordType.Abandoned:
                    // Without a pending intent this is a leftover whose intent is already overwritten.
                    if (!Resolve(record))
                    {
                        _journal.Release(record.Slot);
                    }

                    break;
                default:
                    _anomalies++;
                    _journal.Release(record.Slot);
                    break;
            }
        }

        /// <summary>
        /// Resolves the pending intent a record answers: the intent dies, its attempts die, and the resolver
        /// stays pinned while the intent is still stored (an approved outcome stays anyway, as a batch entry).
        /// </summary>
        private bool Resolve(JournalRecord resolver)
        {
            JournalRecord intent = _pending.Remove(resolver.Stan);
            if (intent == null)
            {
                return false;
            }

            JournalRecord attempt = _attempts.Remove(resolver.Stan);
            if (attempt != null)
            {
                _journal.Release(attempt.Slot);
            }

            _journal.Release(intent.Slot);
            bool intentStillStored = _journal.SequenceInSlot(intent.Slot) == intent.Sequence;
            bool keptAnyway = resolver.Type == JournalRecordType.Outcome && resolver.Approved;
            if (intentStillStored && !keptAnyway)
            {
                _pinnedBy.Put(intent.Sequence, resolver);
            }
            else if (!keptAnyway)
            {
                _journal.Release(resolver.Slot);
            }

            return true;
        }
    }
}
