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
        /// Reads the journal and rebuilds the state, then migrates a journal of an older format (the first boot after a
        /// firmware update; <see cref="JournalMigration"/>). Call once at boot, before anything else.
        /// </summary>
        /// <returns>What recovery found.</returns>
        /// <exception cref="JournalVersionException">The journal is of a newer format than this firmware reads; nothing was
        /// written, and the log holds nothing.</exception>
        public JournalRecovery Recover()
        {
            JournalRecovery found = _journal.Recover();
            _pending.Clear();
            _attempts.Clear();
            _pinnedBy.Clear();
            _batch.Clear();
            _anomalies = 0;
            JournalRepair.DeriveCheckpoint(found, _stanBlock, _checkpoint);
            JournalRepair.RestoreFromCopies(found, _checkpoint.ClosedThroughSequence, _journal);

            // Skip the rest of the last reserved block: those STANs may have been used before the reboot. Never below a
            // STAN a surviving record used (the checkpoint that reserved it may be the damaged one).
            _stanCounter = _checkpoint.StanHighWater;
            foreach (JournalRecord record in found.Records)
            {
                if (record.Stan >= _stanCounter && _stanCounter < Stan.Max)
                {
                    _stanCounter = record.Stan + 1;
                }

                Apply(record);
            }

            // Before AssumeReversalsSent adds attempts: an intent nothing resolved and no reversal attempt followed was
            // in flight when the previous run ended (a power cut or a crash during the payment).
            found.InterruptedPayments = CountWithoutAttempt();
            if (found.DamagedRecords > 0)
            {
                AssumeReversalsSent();
            }

            // After the replay: the meaning is rebuilt, and the migration only writes it again in the current format.
            JournalMigration.Run(this, _journal, found);
            return found;
        }

        /// <summary>Releases the resolver pinned to a record that a write has just replaced on flash (0: none replaced).</summary>
        /// <param name="replaced">The sequence number the write replaced, from <see cref="Journal.Append"/> or a rewrite.</param>
        internal void ReleaseReplaced(long replaced)
        {
            if (replaced > 0)
            {
                // That intent is gone from flash now, so whatever resolved it need not stay.
                JournalRecord resolver = _pinnedBy.Remove(replaced);
                if (resolver != null)
                {
                    _journal.Release(resolver.Slot);
                }
            }
        }

        /// <summary>Writes the checkpoint pair again with the values it holds, in the current format (the migration's mark).</summary>
        internal void RewriteCheckpoint()
        {
            WriteCheckpoint(_checkpoint.BatchNumber, _checkpoint.BatchOpen, _checkpoint.StanHighWater, _checkpoint.ClosedThroughSequence);
        }

        private void AppendAndApply(JournalRecord record)
        {
            // Every ring record carries a copy of the newest batch entry before it: a batch entry whose own slot is
            // later damaged is rebuilt from the next record, or from the next entry, which lives as long as it does.
            record.Tail = _batch.Count == 0 ? null : (JournalRecord)_batch[_batch.Count - 1];
            ReleaseReplaced(_journal.Append(record));
            Apply(record);
        }

        private int CountWithoutAttempt()
        {
            int count = 0;
            for (int i = 0; i < _pending.Count; i++)
            {
                if (_attempts.Get(_pending.At(i).Stan) == null)
                {
                    count++;
                }
            }

            return count;
        }

        private void AssumeReversalsSent()
        {
            // A damaged record may have been the attempt that sent a reversal's first 0400: every pending reversal now
            // counts at least one attempt, so the next send is flagged as a repeat (0401). A repeat of a reversal the
            // host never saw is still a reversal; a second 0400 would not be.
            for (int i = 0; i < _pending.Count; i++)
            {
                JournalRecord intent = _pending.At(i);
                if (_attempts.Get(intent.Stan) == null)
                {
                    var assumed = new JournalRecord();
                    assumed.Type = JournalRecordType.ReversalAttempt;
                    assumed.Stan = intent.Stan;
                    assumed.Attempt = 1;
                    _attempts.Put(intent.Stan, assumed);
                }
            }
        }

        private void Apply(JournalRecord record)
        {
            if (record.Sequence <= _checkpoint.ClosedThroughSequence || JournalRepair.IsFromEarlierBatch(record, _checkpoint.BatchNumber))
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

            // An intent rebuilt from a reversal attempt's copy (its own slot was damaged) has no slot to pin to: it comes
            // back at every boot while any attempt carrying it is stored, so whatever resolved it is kept (until the
            // batch closes). At each boot the rebuilt intent finds its resolver again and keeps it; once no attempt
            // brings the intent back, the resolver is a leftover and is released then.
            bool keptAnyway = (resolver.Type == JournalRecordType.Outcome && resolver.Approved) || intent.Slot < 0;
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
