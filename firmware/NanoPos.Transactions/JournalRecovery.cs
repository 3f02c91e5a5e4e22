using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>What <see cref="Journal.Recover"/> found: the intact ring records in sequence order, the newest intact checkpoint and how many records were torn.</summary>
    public sealed class JournalRecovery
    {
        /// <summary>Creates the result.</summary>
        /// <param name="records">The intact ring records (JournalRecord), ordered by sequence.</param>
        /// <param name="checkpoint">The newest intact checkpoint, or null when there is none (a new terminal).</param>
        /// <param name="tornRecords">The records whose content was not intact and was dropped.</param>
        public JournalRecovery(ArrayList records, JournalRecord checkpoint, int tornRecords)
        {
            Records = records;
            Checkpoint = checkpoint;
            TornRecords = tornRecords;
        }

        /// <summary>Gets the intact ring records (JournalRecord), ordered by sequence number.</summary>
        public ArrayList Records { get; }

        /// <summary>Gets the newest intact checkpoint, or null when there is none.</summary>
        public JournalRecord Checkpoint { get; }

        /// <summary>Gets the number of records whose content was torn or foreign and was dropped.</summary>
        public int TornRecords { get; }
    }
}
