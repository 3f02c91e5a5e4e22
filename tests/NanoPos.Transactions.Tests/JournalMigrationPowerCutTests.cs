using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The format migration under power cuts: cut the power at every durable write of the first boot after an update (and,
    /// for the version-1 journal, again at every write of the boot after that), boot again, and the journal must mean what
    /// it meant before the update — the same batch, the same pending reversals with the same attempt counts, the same next
    /// STAN — and end up wholly in the current format.
    /// </summary>
    [TestClass]
    public class JournalMigrationPowerCutTests
    {
        [TestMethod]
        public void Cut_at_every_write_of_a_version_1_migration_changes_nothing_the_journal_means()
        {
            CutAtEveryWrite(1);
        }

        [TestMethod]
        public void Cut_at_every_write_of_a_version_2_migration_changes_nothing_the_journal_means()
        {
            CutAtEveryWrite(2);
        }

        [TestMethod]
        public void Second_cut_during_the_resumed_version_1_migration_changes_nothing_either()
        {
            string expected = Reference(1, out int next, out int writes);
            for (int first = 1; first <= writes; first++)
            {
                var store = Old(1);
                CutBoot(store, first, "first cut at write " + first);

                // The next boot resumes the migration; count its writes, then cut each of them in turn.
                var probe = Old(1);
                CutBoot(probe, first, "probe");
                probe.ResetCounters();
                OldJournals.Boot(probe, out JournalRecovery unused);
                int resumed = probe.DurableWrites;
                for (int second = 1; second <= resumed; second++)
                {
                    var again = Old(1);
                    CutBoot(again, first, "first cut at write " + first);
                    CutBoot(again, second, "second cut at write " + second);
                    Check(again, expected, next, "cuts at writes " + first + " then " + second);
                }

                Check(store, expected, next, "cut at write " + first);
            }
        }

        private static void CutAtEveryWrite(int version)
        {
            string expected = Reference(version, out int next, out int writes);
            Assert.IsTrue(writes >= 4, "setup: the migration writes records and the header (" + writes + " writes)");
            for (int cut = 1; cut <= writes; cut++)
            {
                var store = Old(version);
                CutBoot(store, cut, "cut at write " + cut);
                Check(store, expected, next, "version " + version + ", cut at write " + cut);
            }
        }

        /// <summary>What the journal means after an uninterrupted first boot, and how many writes that boot made.</summary>
        private static string Reference(int version, out int nextStan, out int writes)
        {
            InMemoryRecordStore store = Old(version);
            store.ResetCounters();
            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);
            writes = store.DurableWrites;
            Assert.AreEqual(version, found.FormatVersion, "setup: the old journal's header");
            Assert.AreEqual(0, found.OlderRecordsLeft, "setup: the uninterrupted migration finishes");
            string meaning = OldJournals.Meaning(log);
            nextStan = log.ReserveStan();
            return meaning;
        }

        private static InMemoryRecordStore Old(int version)
        {
            var store = new InMemoryRecordStore();
            if (version == 1)
            {
                OldJournals.WriteVersion1(store);
            }
            else
            {
                OldJournals.WriteVersion2(store);
            }

            return store;
        }

        /// <summary>A boot whose n-th durable write is cut: it must end in the power cut.</summary>
        private static void CutBoot(InMemoryRecordStore store, int n, string label)
        {
            store.CutPowerAtWrite(n);
            bool cut = false;
            try
            {
                OldJournals.Boot(store, out JournalRecovery unused);
            }
            catch (PowerCutException)
            {
                cut = true;
            }

            store.ClearFault();
            store.PowerUp();
            Assert.IsTrue(cut, label + ": the boot made fewer writes than the cut needs");
        }

        /// <summary>Boots the store after the cuts and compares what the journal means; then the journal must be current.</summary>
        private static void Check(IRecordStore store, string expected, int nextStan, string label)
        {
            TransactionLog log = OldJournals.Boot(store, out JournalRecovery found);
            Assert.AreEqual(0, found.DamagedRecords, label + ": a clean cut damages nothing");
            Assert.AreEqual(expected, OldJournals.Meaning(log), label);
            Assert.AreEqual(0, found.OlderRecordsLeft, label + ": the migration finished");
            Assert.AreEqual(0, OldJournals.StoredBelowCurrent(store, log), label + ": every live record is current");
            Assert.AreEqual(0, log.Journal.StaleCount, label + ": no old copy left");
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, log.Journal.ReadFormatVersion(), label + ": the header is current");
            Assert.AreEqual(nextStan, log.ReserveStan(), label + ": the STAN high-water mark");

            // And the boot after that finds nothing to do.
            TransactionLog after = OldJournals.Boot(store, out JournalRecovery third);
            Assert.AreEqual(0, third.MigratedRecords, label + ": nothing left to migrate");
            Assert.AreEqual(expected, OldJournals.Meaning(after), label + ": the boot after");
        }
    }
}
