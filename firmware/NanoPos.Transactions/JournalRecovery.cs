using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// What <see cref="Journal.Recover"/> found, and what <see cref="TransactionLog.Recover"/> made of it: the records, the
    /// checkpoint, and an account of every damaged record — repaired, rebuilt from a copy, or lost.
    /// </summary>
    /// <remarks>
    /// The counts are for the technician's health report: a journal that keeps needing repairs points at failing flash.
    /// <see cref="LostRecords"/> above 0 means a slot held something nothing else could rebuild; the terminal has taken
    /// the safe side (a pending reversal goes out flagged as a repeat; nothing is ever counted as approved from it), but a
    /// payment that was in flight at that moment may need a call to the acquirer.
    /// </remarks>
    public sealed class JournalRecovery
    {
        /// <summary>Creates a recovery result.</summary>
        /// <param name="records">The intact or repaired ring records, in sequence order.</param>
        /// <param name="checkpoints">The intact checkpoint copies, in sequence order (0 to 2).</param>
        /// <param name="correctedRecords">Records whose damaged bytes the parity repaired.</param>
        /// <param name="damagedSlots">The slots (int) whose record could not be read or repaired.</param>
        /// <param name="damagedCheckpoints">Checkpoint copies that could not be read or repaired.</param>
        public JournalRecovery(ArrayList records, ArrayList checkpoints, int correctedRecords, ArrayList damagedSlots, int damagedCheckpoints)
        {
            Records = records;
            Checkpoints = checkpoints;
            CorrectedRecords = correctedRecords;
            DamagedSlots = damagedSlots;
            DamagedCheckpoints = damagedCheckpoints;
        }

        /// <summary>Gets the intact or repaired ring records in sequence order, plus any rebuilt from copies by the log.</summary>
        public ArrayList Records { get; }

        /// <summary>Gets the intact checkpoint copies in sequence order.</summary>
        public ArrayList Checkpoints { get; }

        /// <summary>Gets the newest intact checkpoint copy, or null when neither copy could be read.</summary>
        public JournalRecord Checkpoint
        {
            get { return Checkpoints.Count == 0 ? null : (JournalRecord)Checkpoints[Checkpoints.Count - 1]; }
        }

        /// <summary>Gets the number of records (checkpoint copies included) whose damaged bytes were repaired by their parity.</summary>
        public int CorrectedRecords { get; }

        /// <summary>Gets the slots (as int) whose record could not be read or repaired: torn writes or damage on the medium.</summary>
        public ArrayList DamagedSlots { get; }

        /// <summary>Gets the number of checkpoint copies that could not be read or repaired.</summary>
        public int DamagedCheckpoints { get; }

        /// <summary>Gets the number of records that could not be read or repaired (slots and checkpoint copies).</summary>
        public int DamagedRecords
        {
            get { return DamagedSlots.Count + DamagedCheckpoints; }
        }

        /// <summary>Gets or sets the number of records rebuilt from a copy in another record (set by <see cref="TransactionLog.Recover"/>).</summary>
        public int RestoredRecords { get; set; }

        /// <summary>
        /// Gets or sets the number of damaged slots whose record could not be rebuilt from anywhere (set by
        /// <see cref="TransactionLog.Recover"/>): torn writes that never completed, or records really lost.
        /// </summary>
        public int LostRecords { get; set; }

        /// <summary>
        /// Gets or sets the number of payments (sale, void or refund) that were in flight when the previous run ended (set
        /// by <see cref="TransactionLog.Recover"/>): pending intents with no reversal attempt recorded, so the run ended
        /// between writing the intent and recording its outcome or starting its reversal — a power cut or a crash during
        /// a payment. Counted before damage makes recovery assume attempts. The health report counts them as unexpected
        /// reboots during a payment; recovery reverses each of them.
        /// </summary>
        public int InterruptedPayments { get; set; }

        /// <summary>
        /// Gets or sets the journal's format version as the boot found it (set by <see cref="Journal.Recover"/>): the highest
        /// version of an intact checkpoint copy, 0 for a journal without one. Below <see cref="JournalRecordCodec.CurrentVersion"/>
        /// the boot was the first of a firmware update, and migrated the journal.
        /// </summary>
        public int FormatVersion { get; set; }

        /// <summary>
        /// Gets or sets the number of live records the boot wrote again in the current format (set by
        /// <see cref="TransactionLog.Recover"/>): the format migration of the first boot after a firmware update; 0 otherwise.
        /// </summary>
        public int MigratedRecords { get; set; }

        /// <summary>
        /// Gets or sets the number of live records the migration still had to write again after the boot (set by
        /// <see cref="TransactionLog.Recover"/>): records in an older format, or reversal attempts naming where their moved
        /// intent used to lie. Above 0 only when the migration could not finish (no free slot, or the store failed a write);
        /// they stay readable, and the next boot goes on with them.
        /// </summary>
        public int OlderRecordsLeft { get; set; }
    }
}
