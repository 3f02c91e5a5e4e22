using System;
using System.IO;
using nanoFramework.TestFramework;

namespace NanoPos.Hal.Esp32.Tests
{
    /// <summary>
    /// The LittleFS record store on the board's internal drive: write, close, reopen, read; the recovery rule for a
    /// leftover temporary copy in both of its cases; the budget. Needs nothing wired.
    /// </summary>
    [TestClass]
    public class StoreOnBoardTests
    {
        private const long Budget = 16384;

        [Setup]
        public static void EmptyTestDirectory()
        {
            RemoveTestDirectory();
            string[] systems = DriveInfo.GetFileSystems();
            for (int i = 0; i < systems.Length; i++)
            {
                // Evidence for the report: the store's atomic replace relies on the drive being LittleFS.
                OutputHelper.WriteLine("file system available: " + systems[i]);
            }
        }

        [Cleanup]
        public static void RemoveTestDirectory()
        {
            if (Directory.Exists(OnBoardSettings.StoreDirectory))
            {
                Directory.Delete(OnBoardSettings.StoreDirectory, true);
            }
        }

        [TestMethod]
        public void Record_survives_close_and_reopen()
        {
            string directory = Fresh("reopen");
            byte[] data = Pattern(120, 1);
            LittleFsRecordStore store = new LittleFsRecordStore(directory, Budget);
            store.Write("onboard1", data, 0, data.Length);

            LittleFsRecordStore reopened = new LittleFsRecordStore(directory, Budget);
            byte[] buffer = new byte[200];
            Assert.AreEqual(120, reopened.Read("onboard1", buffer, 0, buffer.Length));
            for (int i = 0; i < 120; i++)
            {
                Assert.AreEqual(data[i], buffer[i]);
            }

            Assert.AreEqual(0, reopened.DamagedRecords);
            Assert.IsTrue(reopened.Delete("onboard1"));
            Assert.IsFalse(new LittleFsRecordStore(directory, Budget).Exists("onboard1"));
        }

        [TestMethod]
        public void Replace_leaves_one_file_with_the_new_content()
        {
            string directory = Fresh("replace");
            LittleFsRecordStore store = new LittleFsRecordStore(directory, Budget);
            store.Write("cp0", Pattern(30, 1), 0, 30);
            store.Write("cp0", Pattern(40, 2), 0, 40);

            string[] files = Directory.GetFiles(directory);
            Assert.AreEqual(1, files.Length);
            byte[] buffer = new byte[64];
            Assert.AreEqual(40, new LittleFsRecordStore(directory, Budget).Read("cp0", buffer, 0, 64));
            Assert.AreEqual((byte)2, buffer[0]);
        }

        [TestMethod]
        public void Incomplete_temporary_copy_is_dropped_and_the_old_record_kept()
        {
            string directory = Fresh("incomplete");
            LittleFsRecordStore store = new LittleFsRecordStore(directory, Budget);
            store.Write("j000", Pattern(50, 1), 0, 50);

            // What a power cut during step 1 leaves: part of the new copy, without a valid trailer.
            WriteFile(directory, "j000~", Pattern(20, 9), 20);

            LittleFsRecordStore rebooted = new LittleFsRecordStore(directory, Budget);
            Assert.AreEqual(1, rebooted.DiscardedTemps);
            byte[] buffer = new byte[64];
            Assert.AreEqual(50, rebooted.Read("j000", buffer, 0, 64));
            Assert.AreEqual((byte)1, buffer[0]);
            Assert.IsFalse(File.Exists(directory + "\\j000~"));
        }

        [TestMethod]
        public void Complete_temporary_copy_is_promoted()
        {
            string directory = Fresh("complete");
            LittleFsRecordStore store = new LittleFsRecordStore(directory, Budget);
            store.Write("j001", Pattern(50, 1), 0, 50);

            // What a power cut after step 1 leaves: a complete new copy next to the old record.
            byte[] content = Pattern(60, 7);
            byte[] file = new byte[content.Length + RecordFileFormat.TrailerLength];
            Array.Copy(content, file, content.Length);
            uint state = Crc32.Update(Crc32.Begin(), content, 0, content.Length);
            RecordFileFormat.EncodeTrailer(state, content.Length, file, content.Length);
            WriteFile(directory, "j001~", file, file.Length);

            LittleFsRecordStore rebooted = new LittleFsRecordStore(directory, Budget);
            Assert.AreEqual(1, rebooted.RecoveredTemps);
            byte[] buffer = new byte[64];
            Assert.AreEqual(60, rebooted.Read("j001", buffer, 0, 64));
            Assert.AreEqual((byte)7, buffer[0]);
        }

        [TestMethod]
        public void Budget_refuses_a_write_and_keeps_the_old_record()
        {
            string directory = Fresh("budget");
            long budget = RecordFileFormat.DirectoryOverheadBytes + 2 * RecordFileFormat.CostBytes(100);
            LittleFsRecordStore store = new LittleFsRecordStore(directory, budget);
            store.Write("a", Pattern(100, 1), 0, 100);
            Assert.IsTrue(store.FreeBytes >= 100);
            store.Write("a", Pattern(100, 2), 0, 100);

            Assert.ThrowsException(typeof(IOException), () => store.Write("b", Pattern(200, 3), 0, 200));
            byte[] buffer = new byte[100];
            Assert.AreEqual(100, store.Read("a", buffer, 0, 100));
            Assert.AreEqual((byte)2, buffer[0]);
        }

        private static string Fresh(string name)
        {
            // Each test gets its own directory, so the tests do not depend on the order the launcher runs them in.
            if (!Directory.Exists(OnBoardSettings.StoreDirectory))
            {
                Directory.CreateDirectory(OnBoardSettings.StoreDirectory);
            }

            string directory = OnBoardSettings.StoreDirectory + "\\" + name;
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, true);
            }

            return directory;
        }

        private static void WriteFile(string directory, string name, byte[] data, int count)
        {
            FileStream stream = new FileStream(directory + "\\" + name, FileMode.Create, FileAccess.Write);
            stream.Write(data, 0, count);
            stream.Close();
        }

        private static byte[] Pattern(int length, int first)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)(first + i * 3);
            }

            data[0] = (byte)first;
            return data;
        }
    }
}
