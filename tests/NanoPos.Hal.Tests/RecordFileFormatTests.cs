using System;
using nanoFramework.TestFramework;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The hardware-free half of the ESP32 LittleFS record store: temporary file names, the length and CRC trailer
    /// that tells a complete file from a torn one, and the budget arithmetic.
    /// </summary>
    [TestClass]
    public class RecordFileFormatTests
    {
        [TestMethod]
        public void Complete_file_verifies()
        {
            byte[] file = FileOf(Pattern(50));
            Assert.IsTrue(Verify(file, file.Length));
            Assert.AreEqual(50, RecordFileFormat.ContentLength(file.Length));
        }

        [TestMethod]
        public void Empty_record_verifies()
        {
            byte[] file = FileOf(new byte[0]);
            Assert.AreEqual(RecordFileFormat.TrailerLength, file.Length);
            Assert.IsTrue(Verify(file, file.Length));
        }

        [TestMethod]
        public void Every_torn_prefix_of_a_file_fails()
        {
            // A cut during the write of the temporary copy leaves some prefix of the file: none may pass.
            byte[] file = FileOf(Pattern(40));
            for (int length = 0; length < file.Length; length++)
            {
                Assert.IsFalse(Verify(file, length), "prefix of " + length.ToString() + " bytes");
            }
        }

        [TestMethod]
        public void A_flipped_bit_anywhere_fails()
        {
            byte[] file = FileOf(Pattern(20));
            for (int i = 0; i < file.Length; i++)
            {
                file[i] ^= 0x10;
                Assert.IsFalse(Verify(file, file.Length), "bit flipped at " + i.ToString());
                file[i] ^= 0x10;
            }
        }

        [TestMethod]
        public void Zeroed_or_erased_files_never_verify()
        {
            // Unwritten flash reads 0xFF; a file system may also hand back zeros: neither is an (empty) record.
            for (int length = RecordFileFormat.TrailerLength; length < 24; length++)
            {
                Assert.IsFalse(Verify(new byte[length], length), "zeros, " + length.ToString());
                byte[] erased = new byte[length];
                for (int i = 0; i < length; i++)
                {
                    erased[i] = 0xFF;
                }

                Assert.IsFalse(Verify(erased, length), "0xFF, " + length.ToString());
            }
        }

        [TestMethod]
        public void Temp_names_cannot_collide_with_record_names()
        {
            Assert.AreEqual("j000~", RecordFileFormat.TempFileName("j000"));
            Assert.AreEqual("j000", RecordFileFormat.RecordNameOfTemp("j000~"));
            Assert.IsFalse(RecordNames.IsValid(RecordFileFormat.TempFileName("a.tmp")));
            Assert.IsNull(RecordFileFormat.RecordNameOfTemp("j000"));
            Assert.IsNull(RecordFileFormat.RecordNameOfTemp("~"));
            Assert.IsNull(RecordFileFormat.RecordNameOfTemp("bad name~"));
            Assert.ThrowsException(typeof(ArgumentException), () => RecordFileFormat.TempFileName("no/slash"));
        }

        [TestMethod]
        public void Small_records_are_charged_inline_and_large_ones_by_block()
        {
            Assert.AreEqual(0L + RecordFileFormat.TrailerLength + RecordFileFormat.EntryOverheadBytes, RecordFileFormat.CostBytes(0));
            Assert.AreEqual(128L + RecordFileFormat.TrailerLength + RecordFileFormat.EntryOverheadBytes, RecordFileFormat.CostBytes(128));
            int largestInline = RecordFileFormat.InlineLimitBytes - RecordFileFormat.TrailerLength;
            Assert.AreEqual((long)RecordFileFormat.InlineLimitBytes + RecordFileFormat.EntryOverheadBytes, RecordFileFormat.CostBytes(largestInline));
            Assert.AreEqual((long)RecordFileFormat.BlockBytes + RecordFileFormat.EntryOverheadBytes, RecordFileFormat.CostBytes(largestInline + 1));
            Assert.AreEqual((long)RecordFileFormat.BlockBytes + RecordFileFormat.EntryOverheadBytes, RecordFileFormat.CostBytes(RecordFileFormat.MaxRecordBytes));
        }

        [TestMethod]
        public void Largest_content_within_room_is_exact_and_never_too_much()
        {
            for (long room = 0; room < 3 * RecordFileFormat.BlockBytes; room += 7)
            {
                int n = RecordFileFormat.LargestContentWithin(room);
                Assert.IsTrue(n >= 0 && n <= RecordFileFormat.MaxRecordBytes, "range at room " + room.ToString());
                if (n > 0)
                {
                    Assert.IsTrue(RecordFileFormat.CostBytes(n) <= room, "fits at room " + room.ToString());
                }

                if (n < RecordFileFormat.MaxRecordBytes)
                {
                    Assert.IsTrue(RecordFileFormat.CostBytes(n + 1) > room, "maximal at room " + room.ToString());
                }
            }
        }

        [TestMethod]
        public void Content_length_refuses_impossible_sizes()
        {
            Assert.AreEqual(-1, RecordFileFormat.ContentLength(RecordFileFormat.TrailerLength - 1));
            Assert.AreEqual(0, RecordFileFormat.ContentLength(RecordFileFormat.TrailerLength));
            Assert.AreEqual(-1, RecordFileFormat.ContentLength(RecordFileFormat.MaxRecordBytes + RecordFileFormat.TrailerLength + 1));
        }

        private static byte[] Pattern(int length)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)(i * 7 + 3);
            }

            return data;
        }

        private static byte[] FileOf(byte[] content)
        {
            byte[] file = new byte[content.Length + RecordFileFormat.TrailerLength];
            Array.Copy(content, file, content.Length);
            uint state = Crc32.Update(Crc32.Begin(), content, 0, content.Length);
            RecordFileFormat.EncodeTrailer(state, content.Length, file, content.Length);
            return file;
        }

        private static bool Verify(byte[] file, int length)
        {
            // What the store does: the last 8 bytes are the trailer, everything before is content.
            if (length < RecordFileFormat.TrailerLength)
            {
                return RecordFileFormat.ContentLength(length) >= 0;
            }

            int content = length - RecordFileFormat.TrailerLength;
            uint state = Crc32.Update(Crc32.Begin(), file, 0, content);
            return RecordFileFormat.VerifyTrailer(state, length, file, content);
        }
    }
}
