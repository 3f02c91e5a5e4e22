using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A firmware update must never lose a pending reversal or an open batch written by the previous format, and its first
    /// boot writes every live record again in the current format, then marks the journal current.
    /// </summary>
    [TestClass]
    public class JournalMigrationTests
    {
        [TestMethod]
        public void Version_1_journal_recovers_its_pending_reversal_and_open_batch()
        {
            var store = new InMemoryRecordStore();
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];

            // What version 1 firmware left: a checkpoint, an approved sale, and a sale cut off before its answer.
            var checkpoint = new JournalRecord();
            checkpoint.Type = JournalRecordType.Checkpoint;
            checkpoint.BatchNumber = 41;
            checkpoint.BatchOpen = true;
            checkpoint.StanHighWater = 120;
            checkpoint.Sequence = 1;
            Write(store, Journal.CheckpointName(0), checkpoint, buffer);

            JournalRecord approvedIntent = JournalSamples.Intent(101, 3000);
            approvedIntent.Sequence = 2;
            Write(store, Journal.SlotName(0), approvedIntent, buffer);
            JournalRecord approved = JournalSamples.Intent(101, 3000);
            approved.Type = JournalRecordType.Outcome;
            approved.Approved = true;
            approved.ResponseCode = "00";
            approved.AuthCode = "OLD001";
            approved.Rrn = "000000000101";
            approved.Sequence = 3;
            Write(store, Journal.SlotName(1), approved, buffer);
            JournalRecord cutOff = JournalSamples.Intent(102, 4500);
            cutOff.Sequence = 4;
            Write(store, Journal.SlotName(2), cutOff, buffer);

            TransactionLog log = JournalSamples.NewLog(store);

            Assert.AreEqual(41, log.BatchNumber);
            Assert.AreEqual(1, log.BatchEntries.Count);
            Assert.AreEqual("OLD001", log.FindBatchEntry(101).AuthCode);
            Assert.AreEqual(1, log.PendingCount);
            Assert.AreEqual(4500L, log.PendingIntent(102).AmountMinor);
            Assert.IsTrue(log.ReserveStan() >= 120, "STANs continue above the old high-water mark");

            // New records are written in the current version next to the old ones.
            log.RecordReversalAttempt(102);
            log.RecordReversalDone(102, "00");
            TransactionLog again = JournalSamples.NewLog(store);
            Assert.AreEqual(0, again.PendingCount);
            Assert.AreEqual(1, again.BatchEntries.Count);
        }

        [TestMethod]
        public void Version_1_journal_is_rewritten_in_the_current_format_then_marked_current()
        {
            var store = new InMemoryRecordStore();
            OldJournals.WriteVersion1(store);
            store.ResetCounters();

            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);

            Assert.AreEqual(1, found.FormatVersion, "the header the old firmware wrote");
            Assert.AreEqual(3, found.MigratedRecords, "the approved sale, the declined answer pinned to its intent, the pending sale");
            Assert.AreEqual(0, found.OlderRecordsLeft);
            Assert.AreEqual(0, OldJournals.StoredBelowCurrent(store, log), "every live record is stored in the current format");
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, OldJournals.StoredVersion(store, Journal.CheckpointName(0)));
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, OldJournals.StoredVersion(store, Journal.CheckpointName(1)));
            Assert.AreEqual(3 * 2 + 2, store.DurableWrites, "a new copy and a delete per record, then the header's two copies");
            Assert.AreEqual("batch 41 entries 101/1/3000/AU0101/0; pending 103/4500 x0", OldJournals.Meaning(log));
            Assert.AreEqual(120, log.ReserveStan(), "STANs go on above the old high-water mark");

            store.ResetCounters();
            TransactionLog again = OldJournals.Boot(store, out JournalRecovery second);
            Assert.AreEqual(0, store.DurableWrites, "a current journal costs no write at boot");
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, second.FormatVersion);
            Assert.AreEqual(0, second.MigratedRecords);
            Assert.AreEqual("batch 41 entries 101/1/3000/AU0101/0; pending 103/4500 x0", OldJournals.Meaning(again));
        }

        [TestMethod]
        public void Version_2_journal_is_rewritten_with_its_attempts_voids_refunds_and_pinned_answers()
        {
            var store = new InMemoryRecordStore();
            OldJournals.WriteVersion2(store);
            store.ResetCounters();

            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);

            Assert.AreEqual(2, found.FormatVersion);
            Assert.AreEqual(9, found.MigratedRecords, "4 batch entries, 2 pinned answers (decline, abandon), 2 pending intents, the latest attempt");
            Assert.AreEqual(1, found.InterruptedPayments, "sale 26 has no attempt yet");
            Assert.AreEqual(0, OldJournals.StoredBelowCurrent(store, log));
            Assert.AreEqual(9 * 2 + 2, store.DurableWrites);
            Assert.AreEqual("batch 7 entries 21/1/2500/AU0021/0 22/3/700/AU0022/0 24/2/2500/AU0024/21 28/1/6600/AU0028/0; pending 25/3300 x2 26/4400 x0", OldJournals.Meaning(log));
            Assert.AreEqual(40, log.ReserveStan());

            // The attempt is stored the way the current format keeps it: with the whole request and where its intent lies,
            // so the reversal would now survive a damaged intent.
            JournalRecord intent = log.PendingIntent(25);
            var stored = new JournalRecord();
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            bool seen = false;
            for (int slot = 0; slot < OldJournals.Slots; slot++)
            {
                int length = store.Read(Journal.SlotName(slot), buffer, 0, buffer.Length);
                if (length > 0 && JournalRecordCodec.TryDecode(buffer, 0, length, stored) && stored.Type == JournalRecordType.ReversalAttempt
                    && log.Journal.IsLive(slot))
                {
                    seen = true;
                    Assert.AreEqual(25, stored.Stan);
                    Assert.AreEqual(2, stored.Attempt);
                    Assert.AreEqual(3300L, stored.AmountMinor);
                    Assert.AreEqual(intent.Sequence, stored.IntentSequence);
                    Assert.AreEqual(intent.Slot, stored.IntentSlot);
                }
            }

            Assert.IsTrue(seen, "the live attempt is stored");
        }

        [TestMethod]
        public void Migrated_version_2_journal_sends_its_reversals_with_the_right_flags_and_settles_its_batch()
        {
            var store = new InMemoryRecordStore();
            OldJournals.WriteVersion2(store);

            var rig = new EngineRig(store); // boot: recovery with the migration, the reversals, the sign-on

            Assert.AreEqual(0, rig.Engine.Reversals.PendingCount, "both reversals acknowledged");
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRepeat), "sale 25 was tried twice before the update: a repeat");
            Assert.AreEqual("000025", rig.Host.Last(Mti.ReversalRepeat).GetString(11));
            Assert.AreEqual(1, rig.Host.Count(Mti.ReversalRequest), "sale 26 never was: a first reversal");
            Assert.AreEqual("000026", rig.Host.Last(Mti.ReversalRequest).GetString(11));
            Assert.AreEqual(4, rig.Engine.Log.BatchEntries.Count);

            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Settle(), "settlement of the migrated batch");
            Assert.AreEqual("001" + "000000006600" + "001" + "000000000700" + "0", rig.Host.Last(Mti.SettlementRequest).GetString(48),
                "sale 28 in effect (21 was voided), refund 22");
            Assert.AreEqual("00000007201", rig.Host.Last(Mti.SettlementRequest).GetString(60), "batch 7");
        }

        [TestMethod]
        public void Current_attempt_of_a_moved_intent_is_rewritten_so_it_still_rebuilds_a_damaged_intent()
        {
            // The firmware before format versioning wrote its reversal attempts in the current format, also for a version-2
            // intent: the attempt names the intent's slot (12). The migration moves the intent, so the attempt must follow.
            var store = new InMemoryRecordStore();
            OldJournals.WriteVersion2(store);
            var attempt = new JournalRecord();
            attempt.CopyFieldsFrom(Decode(store, Journal.SlotName(12)));
            attempt.Type = JournalRecordType.ReversalAttempt;
            attempt.Attempt = 2;
            attempt.IntentSlot = 12;
            attempt.IntentSequence = 15;
            attempt.Sequence = 17;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(attempt, buffer);
            store.Write(Journal.SlotName(14), buffer, 0, length);

            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);
            JournalRecord intent = log.PendingIntent(25);
            Assert.AreEqual(0, found.OlderRecordsLeft);
            Assert.AreNotEqual(12, intent.Slot, "setup: the intent moved");

            // The intent's new slot becomes unreadable: the attempt's copy rebuilds it.
            store.Damage(Journal.SlotName(intent.Slot));
            TransactionLog rebooted = OldJournals.Boot(store, out JournalRecovery second);
            Assert.AreEqual(1, second.RestoredRecords, "rebuilt from the attempt");
            Assert.AreEqual(0, second.LostRecords);
            Assert.IsNotNull(rebooted.PendingIntent(25), "the reversal is still owed");
            Assert.AreEqual(3300L, rebooted.PendingIntent(25).AmountMinor);
            Assert.AreEqual(2, rebooted.AttemptsOf(25));
        }

        [TestMethod]
        public void Old_records_under_a_current_header_are_migrated_too()
        {
            // The firmware before format versioning wrote its checkpoints in format 3 but left older records as they were.
            var store = new InMemoryRecordStore();
            OldJournals.WriteVersion1(store);
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(OldJournals.Checkpoint(7, 41, 130, 0), buffer);
            store.Write(Journal.CheckpointName(1), buffer, 0, length);

            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);

            Assert.AreEqual(JournalRecordCodec.CurrentVersion, found.FormatVersion);
            Assert.AreEqual(3, found.MigratedRecords);
            Assert.AreEqual(0, OldJournals.StoredBelowCurrent(store, log));
            Assert.AreEqual("batch 41 entries 101/1/3000/AU0101/0; pending 103/4500 x0", OldJournals.Meaning(log));
            Assert.AreEqual(130, log.ReserveStan());
        }

        [TestMethod]
        public void Current_journal_boot_writes_nothing()
        {
            var rig = new EngineRig();
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(1200, EngineRig.Card()), "sale");
            rig.Host.FinancialBehaviour = ScriptedHost.Silent;
            rig.Host.ReversalsAnswered = false;
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(3400, EngineRig.Card()), "unanswered sale");
            rig.Store.ResetCounters();

            TransactionLog log = OldJournals.Boot(rig.Store, out JournalRecovery found);

            Assert.AreEqual(0, rig.Store.DurableWrites);
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, found.FormatVersion);
            Assert.AreEqual(0, found.MigratedRecords);
            Assert.AreEqual(1, log.PendingCount);
            Assert.AreEqual(1, log.BatchEntries.Count);
        }

        [TestMethod]
        public void Migration_without_a_free_slot_leaves_the_old_records_readable_and_the_header_old()
        {
            // A 4-slot journal whose slots are all live: nowhere to write a copy. Nothing is written; the next boot tries again.
            var store = new InMemoryRecordStore();
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            Write(store, Journal.CheckpointName(0), OldJournals.Checkpoint(1, 3, 50, 0), buffer);
            for (int i = 0; i < 4; i++)
            {
                JournalRecord pending = JournalSamples.Intent(10 + i, 100 * (i + 1));
                pending.Sequence = 2 + i;
                Write(store, Journal.SlotName(i), pending, buffer);
            }

            store.ResetCounters();
            var log = new TransactionLog(new Journal(store, 4), 10);
            JournalRecovery found = log.Recover();

            Assert.AreEqual(0, store.DurableWrites);
            Assert.AreEqual(0, found.MigratedRecords);
            Assert.AreEqual(4, found.OlderRecordsLeft);
            Assert.AreEqual(1, OldJournals.StoredVersion(store, Journal.CheckpointName(0)), "the header stays old while records are");
            Assert.AreEqual(4, log.PendingCount);
        }

        [TestMethod]
        public void Failed_delete_of_an_old_copy_keeps_what_resolved_it_stored()
        {
            // Writes of the version-1 migration: 1-2 the approved sale (copy, delete), 3-4 the declined answer, 5-6 the
            // pending sale 103. The delete of sale 103's old copy fails (a medium error): two copies stay on flash.
            var store = new InMemoryRecordStore();
            OldJournals.WriteVersion1(store);
            store.FailWriteAt(6);

            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);

            Assert.AreEqual(3, found.MigratedRecords);
            Assert.AreEqual(1, log.Journal.StaleCount, "the old copy is neither live nor free");
            Assert.AreEqual(1, OldJournals.StoredVersion(store, Journal.CheckpointName(0)), "not marked current");
            Assert.AreEqual("batch 41 entries 101/1/3000/AU0101/0; pending 103/4500 x0", OldJournals.Meaning(log));

            // The reversal is delivered in this boot, then the ring turns over many times: the new copy of the intent is
            // overwritten, but its old copy is still on flash, so what resolved it must stay stored too.
            Assert.AreEqual(1, log.RecordReversalAttempt(103));
            log.RecordReversalDone(103, "00");
            for (int i = 0; i < 3 * OldJournals.Slots; i++)
            {
                int stan = log.ReserveStan();
                JournalRecord declined = JournalSamples.Intent(stan, 51);
                log.RecordIntent(declined);
                log.RecordOutcome(declined, false, "51", null, null);
            }

            TransactionLog rebooted = OldJournals.Boot(store, out JournalRecovery second);
            Assert.AreEqual(0, rebooted.PendingCount, "the reversed sale does not come back");
            Assert.AreEqual(1, rebooted.BatchEntries.Count);
            Assert.AreEqual(0, rebooted.Journal.StaleCount, "alone on flash, the old copy is an ordinary dead record");
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, rebooted.Journal.ReadFormatVersion());
            Assert.AreEqual(0, OldJournals.StoredBelowCurrent(store, rebooted));
        }

        private static JournalRecord Decode(InMemoryRecordStore store, string name)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = store.Read(name, buffer, 0, buffer.Length);
            var record = new JournalRecord();
            Assert.IsTrue(JournalRecordCodec.TryDecode(buffer, 0, length, record), name);
            return record;
        }

        private static void Write(InMemoryRecordStore store, string name, JournalRecord record, byte[] buffer)
        {
            int length = JournalRecordCodec.Encode(record, buffer, 1);
            store.Write(name, buffer, 0, length);
        }
    }
}
