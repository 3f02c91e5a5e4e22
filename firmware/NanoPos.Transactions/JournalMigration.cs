using System.Collections;
using System.IO;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The format migration of the first boot after a firmware update (docs/transaction-engine.md, "Journal versions"):
    /// every live record stored in an older format is written again in the current one, under its own sequence number,
    /// then the journal's header (the checkpoint pair) is written in the current format, which marks the journal as a
    /// whole current.
    /// </summary>
    /// <remarks>
    /// <para><b>Crash-safe at every write.</b> A record's new copy goes into a free slot (never over a live record, so a torn
    /// write cannot hurt, and never into a slot found damaged, whose loss the next boot must still count); only then is the
    /// old copy deleted. A power cut before the new copy is durable leaves the old one; between the two, recovery reads the
    /// two copies as one record (same sequence number, the newer format wins) and the next boot deletes the old; the header
    /// comes last and holds the same values. Every state in between recovers to the same pending reversals, attempts,
    /// batch and STAN high-water mark, and the migration is simply run again.</para>
    /// <para><b>Cost.</b> Two durable writes per live old record and two for the header, once per firmware update; nothing
    /// per sale. A journal already current costs nothing at boot.</para>
    /// </remarks>
    internal static class JournalMigration
    {
        /// <summary>
        /// Migrates the live records of a recovered journal, in sequence order (an intent before the reversal attempt that
        /// copies it, a batch entry before the records that carry it), then marks the journal current. Sets
        /// <see cref="JournalRecovery.MigratedRecords"/> and <see cref="JournalRecovery.OlderRecordsLeft"/>.
        /// </summary>
        /// <param name="log">The recovered log (its tables give the fields older formats did not store).</param>
        /// <param name="journal">The journal underneath.</param>
        /// <param name="found">What the boot found; its records are the ones replayed.</param>
        internal static void Run(TransactionLog log, Journal journal, JournalRecovery found)
        {
            object[] records = found.Records.ToArray();
            int migrated = 0;
            int deleted = 0;
            bool finished = false;
            try
            {
                for (int i = 0; i < records.Length; i++)
                {
                    var record = (JournalRecord)records[i];
                    if (!NeedsRewrite(log, journal, record))
                    {
                        continue;
                    }

                    if (!journal.HasMigrationRoom)
                    {
                        break;
                    }

                    if (!Complete(log, record))
                    {
                        continue;
                    }

                    log.ReleaseReplaced(journal.Rewrite(record));
                    migrated++;
                    deleted += journal.DeleteStaleSlots();
                }

                deleted += journal.DeleteStaleSlots();
                bool headerOld = found.FormatVersion > 0 && found.FormatVersion < JournalRecordCodec.CurrentVersion;
                finished = CountToRewrite(log, journal, records) == 0;

                // The header goes last: it says the whole journal is current. Not over a damaged checkpoint copy, whose damage
                // the next boot must still see; the engine's next checkpoint write (after the reversals are flushed) does it.
                if (finished && found.DamagedCheckpoints == 0 && (migrated > 0 || deleted > 0 || headerOld))
                {
                    log.RewriteCheckpoint();
                }
            }
            catch (IOException)
            {
                // The store failed a write or a delete: what is done is consistent, the rest stays readable as it is, and
                // the next boot goes on. Reversals are never held up by a migration.
            }
            catch (JournalFullException)
            {
                // No free slot after all: the same as above.
            }

            found.MigratedRecords = migrated;
            found.OlderRecordsLeft = finished ? 0 : CountToRewrite(log, journal, records);
        }

        private static bool NeedsRewrite(TransactionLog log, Journal journal, JournalRecord record)
        {
            // Records rebuilt from copies (slot -1) carry the current format already; dead records stay as they are.
            if (record.Slot < 0 || !journal.IsLive(record.Slot) || journal.SequenceInSlot(record.Slot) != record.Sequence)
            {
                return false;
            }

            if (record.Version < JournalRecordCodec.CurrentVersion)
            {
                return true;
            }

            // A current reversal attempt whose intent this migration moved (the firmware before format versioning wrote
            // current attempts for older intents): it must say where its intent lies now, or a damaged intent could not be
            // rebuilt from it.
            JournalRecord intent = record.Type == JournalRecordType.ReversalAttempt ? log.PendingIntent(record.Stan) : null;
            return intent != null && intent.Slot >= 0 && record.IntentSequence == intent.Sequence && record.IntentSlot != intent.Slot;
        }

        private static int CountToRewrite(TransactionLog log, Journal journal, object[] records)
        {
            int n = 0;
            for (int i = 0; i < records.Length; i++)
            {
                n += NeedsRewrite(log, journal, (JournalRecord)records[i]) ? 1 : 0;
            }

            return n;
        }

        /// <summary>Fills in what the current format stores and older ones did not, with the values recovery gave them.</summary>
        /// <returns>False when the record cannot be completed (left as it is).</returns>
        private static bool Complete(TransactionLog log, JournalRecord record)
        {
            if (record.Type == JournalRecordType.Intent || record.Type == JournalRecordType.Outcome)
            {
                // Older formats had no batch number in requests: a live entry belongs to the open batch (the number only
                // changes while the batch is empty), and left at 0 it would read as an entry of a settled batch.
                record.BatchNumber = log.BatchNumber;
            }
            else if (record.Type == JournalRecordType.ReversalAttempt)
            {
                // A live attempt always has its pending intent; the current format carries the whole request and where the
                // intent lies (migrated before it, as it is older).
                JournalRecord intent = log.PendingIntent(record.Stan);
                if (intent == null)
                {
                    return false;
                }

                int attempt = record.Attempt;
                record.CopyFieldsFrom(intent);
                record.Attempt = attempt;
                record.IntentSlot = intent.Slot;
                record.IntentSequence = intent.Sequence;
            }

            record.Tail = NewestEntryBefore(log.BatchEntries, record.Sequence);
            record.TailSequence = record.Tail == null ? 0 : record.Tail.Sequence;
            return true;
        }

        private static JournalRecord NewestEntryBefore(ArrayList entries, long sequence)
        {
            // The copy every record of the current format carries: the newest batch entry written before it.
            JournalRecord newest = null;
            for (int i = 0; i < entries.Count; i++)
            {
                var entry = (JournalRecord)entries[i];
                if (entry.Sequence < sequence && (newest == null || entry.Sequence > newest.Sequence))
                {
                    newest = entry;
                }
            }

            return newest;
        }
    }
}
