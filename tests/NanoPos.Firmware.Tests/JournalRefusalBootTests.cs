using System.Text;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui;

namespace NanoPos.Firmware.Tests
{
    /// <summary>
    /// A firmware downgrade: the terminal boots over a journal that a newer firmware wrote in a newer format. The boot stops
    /// on the journal error screen before anything writes, names the versions for the technician, and takes no payments.
    /// </summary>
    [TestClass]
    public class JournalRefusalBootTests
    {
        [TestMethod]
        public void Boot_over_a_newer_journal_stops_on_the_journal_error_and_leaves_the_journal_as_it_is()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            PutNewerCheckpoint(rig.Store, Journal.CheckpointName(0), 40, 5);
            PutNewerCheckpoint(rig.Store, Journal.CheckpointName(1), 41, 5);
            string journal = JournalImage(rig.Store);
            int writes = rig.Store.Inner.DurableWrites;

            SecretsRig rebooted = rig.Reboot();

            Assert.IsNotNull(rebooted.Terminal.JournalRefusal);
            Assert.AreEqual(5, rebooted.Terminal.JournalRefusal.FoundVersion);
            Assert.AreEqual(JournalRecordCodec.CurrentVersion, rebooted.Terminal.JournalRefusal.SupportedVersion);
            Assert.AreEqual((int)UiScreen.Fatal, (int)rebooted.Terminal.Ui.Screen, "no way out of the error screen");
            string shown = rebooted.ScreenText();
            Assert.IsTrue(shown.IndexOf("newer") >= 0 && shown.IndexOf("(5 > " + JournalRecordCodec.CurrentVersion.ToString() + ")") >= 0, "says which formats: " + shown);
            Assert.IsNull(rebooted.Terminal.Engine, "no engine: no payment, no reversal, no sign-on");
            Assert.IsNull(rebooted.Terminal.Runner);
            rebooted.Terminal.Step(0);
            Assert.AreEqual(journal, JournalImage(rebooted.Store), "the journal byte for byte");
            Assert.AreEqual(writes, rebooted.Store.Inner.DurableWrites, "nothing written at all");
        }

        [TestMethod]
        public void Boot_over_a_current_journal_is_not_refused()
        {
            SecretsRig rig = SecretsRig.FirstBoot();
            SecretsRig rebooted = rig.Reboot();

            Assert.IsNull(rebooted.Terminal.JournalRefusal);
            Assert.IsNotNull(rebooted.Terminal.Engine);
        }

        /// <summary>A checkpoint as a newer firmware would write it: the frame this firmware knows, a higher version byte.</summary>
        private static void PutNewerCheckpoint(IRecordStore store, string name, long sequence, int version)
        {
            var checkpoint = new JournalRecord();
            checkpoint.Type = JournalRecordType.Checkpoint;
            checkpoint.Sequence = sequence;
            checkpoint.BatchNumber = 9;
            checkpoint.BatchOpen = true;
            checkpoint.StanHighWater = 300;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(checkpoint, buffer);
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

        private static string JournalImage(IRecordStore store)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            var text = new StringBuilder();
            for (int i = 0; i < Journal.DefaultSlotCount + 2; i++)
            {
                string name = i < Journal.DefaultSlotCount ? Journal.SlotName(i) : Journal.CheckpointName(i - Journal.DefaultSlotCount);
                int length = store.Read(name, buffer, 0, buffer.Length);
                text.Append(name).Append('=');
                for (int b = 0; b < length; b++)
                {
                    text.Append(buffer[b].ToString("X2"));
                }

                text.Append(';');
            }

            return text.ToString();
        }
    }
}
