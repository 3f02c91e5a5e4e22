using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Journals as older firmware left them on flash (format versions 1 and 2, written with the codec's own encoder for
    /// those versions), journals of a newer format than this firmware reads, and what a journal means (for comparing a
    /// migrated journal with the one it came from).
    /// </summary>
    internal static class OldJournals
    {
        /// <summary>The slot count the old journals are read with (the engine rig's).</summary>
        internal const int Slots = 32;

        /// <summary>The STAN block the old journals are read with (the engine rig's).</summary>
        internal const int StanBlock = 10;

        /// <summary>
        /// What format-1 firmware left: a checkpoint (batch 41, STANs reserved below 120), an approved sale 101 whose intent
        /// is still stored, a sale 102 declined with 05 (its intent still stored), and a sale 103 cut off before its answer.
        /// Live: the approved outcome, the declined outcome (pinned) and the pending intent.
        /// </summary>
        internal static void WriteVersion1(IRecordStore store)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            Put(store, Journal.CheckpointName(0), Checkpoint(1, 41, 120, 0), 1, buffer);
            Put(store, Journal.SlotName(0), Request(2, 101, 3000, TransactionKind.Sale), 1, buffer);
            Put(store, Journal.SlotName(1), Answer(3, 101, 3000, TransactionKind.Sale, true, "00"), 1, buffer);
            Put(store, Journal.SlotName(2), Request(4, 102, 1800, TransactionKind.Sale), 1, buffer);
            Put(store, Journal.SlotName(3), Answer(5, 102, 1800, TransactionKind.Sale, false, "05"), 1, buffer);
            Put(store, Journal.SlotName(4), Request(6, 103, 4500, TransactionKind.Sale), 1, buffer);
        }

        /// <summary>
        /// What format-2 firmware left over a format-1 past: batch 6 settled (its records, format 1, below the checkpoint's
        /// "closed through"), then in batch 7 an approved sale 21, an approved refund 22, a sale 23 declined with 51, an
        /// approved void 24 of sale 21, an approved sale 28, a sale 25 whose reversal was tried twice, a sale 26 cut off,
        /// and a sale 27 abandoned (never left). Checkpoints: cp0 format 1, cp1 format 2 (batch 7, STANs below 40).
        /// </summary>
        internal static void WriteVersion2(IRecordStore store)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            Put(store, Journal.CheckpointName(0), Checkpoint(1, 6, 20, 0), 1, buffer);
            Put(store, Journal.SlotName(0), Request(2, 11, 1000, TransactionKind.Sale), 1, buffer);
            Put(store, Journal.SlotName(1), Answer(3, 11, 1000, TransactionKind.Sale, true, "00"), 1, buffer);
            Put(store, Journal.CheckpointName(1), Checkpoint(4, 7, 40, 3), 2, buffer);
            Put(store, Journal.SlotName(2), Request(5, 21, 2500, TransactionKind.Sale), 2, buffer);
            Put(store, Journal.SlotName(3), Answer(6, 21, 2500, TransactionKind.Sale, true, "00"), 2, buffer);
            Put(store, Journal.SlotName(4), Request(7, 22, 700, TransactionKind.Refund), 2, buffer);
            Put(store, Journal.SlotName(5), Answer(8, 22, 700, TransactionKind.Refund, true, "00"), 2, buffer);
            Put(store, Journal.SlotName(6), Request(9, 23, 5100, TransactionKind.Sale), 2, buffer);
            Put(store, Journal.SlotName(7), Answer(10, 23, 5100, TransactionKind.Sale, false, "51"), 2, buffer);
            JournalRecord voidIntent = Request(11, 24, 2500, TransactionKind.Void);
            voidIntent.OriginalStan = 21;
            voidIntent.OriginalDate = "1122";
            Put(store, Journal.SlotName(8), voidIntent, 2, buffer);
            JournalRecord voided = Answer(12, 24, 2500, TransactionKind.Void, true, "00");
            voided.OriginalStan = 21;
            voided.OriginalDate = "1122";
            Put(store, Journal.SlotName(9), voided, 2, buffer);
            Put(store, Journal.SlotName(10), Request(13, 28, 6600, TransactionKind.Sale), 2, buffer);
            Put(store, Journal.SlotName(11), Answer(14, 28, 6600, TransactionKind.Sale, true, "00"), 2, buffer);
            Put(store, Journal.SlotName(12), Request(15, 25, 3300, TransactionKind.Sale), 2, buffer);
            Put(store, Journal.SlotName(13), Attempt(16, 25, 1), 2, buffer);
            Put(store, Journal.SlotName(14), Attempt(17, 25, 2), 2, buffer);
            Put(store, Journal.SlotName(15), Request(18, 26, 4400, TransactionKind.Sale), 2, buffer);
            Put(store, Journal.SlotName(16), Request(19, 27, 900, TransactionKind.Sale), 2, buffer);
            var abandoned = new JournalRecord();
            abandoned.Type = JournalRecordType.Abandoned;
            abandoned.Stan = 27;
            abandoned.Sequence = 20;
            Put(store, Journal.SlotName(17), abandoned, 2, buffer);
        }

        /// <summary>
        /// Writes a record as a firmware of a newer format would: the frame this firmware knows with a higher version byte,
        /// its CRC and parity valid, so that nothing here can decode it and nothing can mistake it for damage.
        /// </summary>
        internal static void PutNewer(IRecordStore store, string name, JournalRecord record, int version)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(record, buffer);
            int crcAt = length - JournalRecordCodec.ParityLength - 4;
            buffer[2] = (byte)version;
            uint crc = Crc32.Compute(buffer, 0, crcAt);
            buffer[crcAt] = (byte)(crc >> 24);
            buffer[crcAt + 1] = (byte)(crc >> 16);
            buffer[crcAt + 2] = (byte)(crc >> 8);
            buffer[crcAt + 3] = (byte)crc;
            new ReedSolomon(JournalRecordCodec.ParityLength).Encode(buffer, 0, crcAt + 4, buffer, crcAt + 4);
            store.Write(name, buffer, 0, length);
        }

        /// <summary>A checkpoint record (any format).</summary>
        internal static JournalRecord Checkpoint(long sequence, int batch, int stanHighWater, long closedThrough)
        {
            var checkpoint = new JournalRecord();
            checkpoint.Type = JournalRecordType.Checkpoint;
            checkpoint.Sequence = sequence;
            checkpoint.BatchNumber = batch;
            checkpoint.BatchOpen = true;
            checkpoint.StanHighWater = stanHighWater;
            checkpoint.ClosedThroughSequence = closedThrough;
            return checkpoint;
        }

        /// <summary>
        /// What a journal means, as one line: the batch number, the batch entries (STAN, kind, amount, auth code, original
        /// STAN) and the pending reversals with their attempt counts. The STAN high-water mark is the other half of the
        /// meaning: <see cref="TransactionLog.ReserveStan"/> shows it (and writes).
        /// </summary>
        internal static string Meaning(TransactionLog log)
        {
            string text = "batch " + log.BatchNumber.ToString() + " entries";
            foreach (JournalRecord entry in log.BatchEntries)
            {
                text += " " + entry.Stan.ToString() + "/" + ((int)entry.Kind).ToString() + "/" + entry.AmountMinor.ToString() + "/"
                    + entry.AuthCode + "/" + entry.OriginalStan.ToString();
            }

            text += "; pending";
            foreach (JournalRecord intent in log.PendingReversals)
            {
                text += " " + intent.Stan.ToString() + "/" + intent.AmountMinor.ToString() + " x" + log.AttemptsOf(intent.Stan).ToString();
            }

            return text;
        }

        /// <summary>Recovers (and so migrates) the journal in a store as a boot does.</summary>
        internal static TransactionLog Boot(IRecordStore store, out JournalRecovery found)
        {
            var log = new TransactionLog(new Journal(store, Slots), StanBlock);
            found = log.Recover();
            return log;
        }

        /// <summary>Counts the live ring records stored on flash in a format below the current one, after a boot.</summary>
        internal static int StoredBelowCurrent(IRecordStore store, TransactionLog log)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            var record = new JournalRecord();
            int n = 0;
            for (int slot = 0; slot < Slots; slot++)
            {
                int length = store.Read(Journal.SlotName(slot), buffer, 0, buffer.Length);
                if (log.Journal.IsLive(slot) && length > 0 && JournalRecordCodec.TryDecode(buffer, 0, length, record)
                    && record.Version < JournalRecordCodec.CurrentVersion)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Gets the format version of a stored record's header (0 when absent).</summary>
        internal static int StoredVersion(IRecordStore store, string name)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = store.Read(name, buffer, 0, buffer.Length);
            return length < 0 ? 0 : JournalRecordCodec.PeekVersion(buffer, 0, length);
        }

        /// <summary>Every record of a store the engine may write (journal slots, checkpoints, keys) as hex, name by name.</summary>
        internal static string Image(IRecordStore store)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            string text = string.Empty;
            for (int i = 0; i < Slots + 4; i++)
            {
                string name = i < Slots ? Journal.SlotName(i) : i < Slots + 2 ? Journal.CheckpointName(i - Slots)
                    : i == Slots + 2 ? KeyRing.MasterKeyRecord : KeyRing.WorkingKeysRecord;
                int length = store.Read(name, buffer, 0, buffer.Length);
                var hex = new char[2 * (length < 0 ? 0 : length)];
                for (int b = 0; b < length; b++)
                {
                    hex[2 * b] = HexDigit(buffer[b] >> 4);
                    hex[2 * b + 1] = HexDigit(buffer[b] & 15);
                }

                text += name + "=" + new string(hex) + ";";
            }

            return text;
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'A' + value - 10);
        }

        private static JournalRecord Request(long sequence, int stan, long amountMinor, TransactionKind kind)
        {
            JournalRecord intent = JournalSamples.Intent(stan, amountMinor);
            intent.Kind = kind;
            intent.ProcessingCode = kind == TransactionKind.Sale ? "000000" : "200000";
            intent.Mti = kind == TransactionKind.Refund ? 220 : 200;
            intent.Sequence = sequence;
            return intent;
        }

        private static JournalRecord Answer(long sequence, int stan, long amountMinor, TransactionKind kind, bool approved, string code)
        {
            JournalRecord outcome = Request(sequence, stan, amountMinor, kind);
            outcome.Type = JournalRecordType.Outcome;
            outcome.Approved = approved;
            outcome.ResponseCode = code;
            outcome.AuthCode = approved ? "AU" + stan.ToString("D4") : null;
            outcome.Rrn = approved ? "00000000" + stan.ToString("D4") : null;
            return outcome;
        }

        private static JournalRecord Attempt(long sequence, int stan, int attempt)
        {
            var record = new JournalRecord();
            record.Type = JournalRecordType.ReversalAttempt;
            record.Stan = stan;
            record.Attempt = attempt;
            record.Sequence = sequence;
            return record;
        }

        private static void Put(IRecordStore store, string name, JournalRecord record, int version, byte[] buffer)
        {
            int length = JournalRecordCodec.Encode(record, buffer, version);
            store.Write(name, buffer, 0, length);
        }
    }
}
