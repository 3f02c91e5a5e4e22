using System;
using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The on-flash record layout: what is written reads back, and anything torn is refused.</summary>
    [TestClass]
    public class JournalRecordCodecTests
    {
        [TestMethod]
        public void Intent_round_trips_every_field()
        {
            JournalRecord intent = JournalSamples.Intent(4711, 12500);
            intent.Kind = TransactionKind.Void;
            intent.OriginalStan = 4700;
            intent.OriginalDate = "1121";
            intent.Sequence = 77;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(intent, buffer);

            var read = new JournalRecord();
            Assert.IsTrue(JournalRecordCodec.TryDecode(buffer, 0, length, read));
            Assert.AreEqual((int)JournalRecordType.Intent, (int)read.Type);
            Assert.AreEqual(77L, read.Sequence);
            Assert.AreEqual(4711, read.Stan);
            Assert.AreEqual(12500L, read.AmountMinor);
            Assert.AreEqual((int)TransactionKind.Void, (int)read.Kind);
            Assert.AreEqual("000000", read.ProcessingCode);
            Assert.AreEqual("1122091500", read.LocalDateTime);
            Assert.AreEqual("012", read.EntryMode);
            Assert.AreEqual("622202******1234", read.MaskedPan);
            Assert.AreEqual(4700, read.OriginalStan);
            Assert.AreEqual("1121", read.OriginalDate);
            Assert.AreEqual(638678000000000000L, read.CreatedUtcTicks);
            Assert.AreEqual(3, read.Version);
        }

        [TestMethod]
        public void Outcome_carries_the_request_so_it_alone_is_the_batch_entry()
        {
            JournalRecord outcome = JournalSamples.Intent(12, 999);
            outcome.Type = JournalRecordType.Outcome;
            outcome.Approved = true;
            outcome.ResponseCode = "00";
            outcome.AuthCode = "XYZ123";
            outcome.Rrn = "000000000042";
            outcome.Sequence = 3;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(outcome, buffer);

            var read = new JournalRecord();
            Assert.IsTrue(JournalRecordCodec.TryDecode(buffer, 0, length, read));
            Assert.IsTrue(read.Approved);
            Assert.AreEqual(999L, read.AmountMinor);
            Assert.AreEqual("XYZ123", read.AuthCode);
            Assert.AreEqual("000000000042", read.Rrn);
            Assert.AreEqual("622202******1234", read.MaskedPan);
            Assert.IsTrue(length <= JournalRecordCodec.MaxRecordLength);
        }

        [TestMethod]
        public void Every_truncation_of_a_record_is_refused()
        {
            JournalRecord intent = JournalSamples.Intent(1, 100);
            intent.Sequence = 1;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(intent, buffer);
            var read = new JournalRecord();
            for (int prefix = 0; prefix < length; prefix++)
            {
                Assert.IsFalse(JournalRecordCodec.TryDecode(buffer, 0, prefix, read), "prefix of " + prefix + " bytes accepted");
            }
        }

        [TestMethod]
        public void Every_single_bit_flip_is_repaired_and_reported_as_one_repair()
        {
            // The record with the most to lose: an approved outcome carrying the copy of the previous batch entry.
            JournalRecord previous = JournalSamples.Intent(4, 4400);
            previous.Type = JournalRecordType.Outcome;
            previous.Approved = true;
            previous.ResponseCode = "00";
            previous.AuthCode = "PREV01";
            previous.Rrn = "000000000004";
            previous.Sequence = 8;
            previous.Slot = 3;
            JournalRecord outcome = JournalSamples.Intent(5, 5500);
            outcome.Type = JournalRecordType.Outcome;
            outcome.Approved = true;
            outcome.ResponseCode = "00";
            outcome.AuthCode = "XYZ123";
            outcome.Rrn = "000000000042";
            outcome.Sequence = 9;
            outcome.Tail = previous;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(outcome, buffer);
            var read = new JournalRecord();
            for (int bit = 0; bit < length * 8; bit++)
            {
                buffer[bit / 8] ^= (byte)(1 << (bit % 8));
                // A flip in the parity itself leaves the frame intact: it decodes without a repair.
                bool inFrame = bit < (length - JournalRecordCodec.ParityLength) * 8;
                int expected = inFrame ? 1 : 0;
                Assert.AreEqual(!inFrame, JournalRecordCodec.TryDecode(buffer, 0, length, read), "bit " + bit.ToString() + ": strict decode");
                Assert.AreEqual(expected, JournalRecordCodec.Decode(buffer, 0, length, read, true), "bit " + bit.ToString() + " not repaired");
                Assert.AreEqual(5500L, read.AmountMinor);
                Assert.AreEqual("XYZ123", read.AuthCode);
                Assert.AreEqual(4400L, read.Tail.AmountMinor);
                Assert.AreEqual(3, read.Tail.Slot);
                buffer[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            Assert.AreEqual(0, JournalRecordCodec.Decode(buffer, 0, length, read, true), "the caller's bytes are left as they were");
        }

        [TestMethod]
        public void Four_damaged_bytes_are_repaired_and_more_are_never_taken_for_another_record()
        {
            JournalRecord intent = JournalSamples.Intent(77, 123456);
            intent.Sequence = 1000;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(intent, buffer);
            var read = new JournalRecord();
            uint seed = 12345;
            for (int trial = 0; trial < 60; trial++)
            {
                var damaged = new byte[length];
                Array.Copy(buffer, damaged, length);
                int bytes = 1 + (trial % 8);
                for (int k = 0; k < bytes; k++)
                {
                    seed = (seed * 1103515245) + 12345;
                    int at = (int)((seed >> 8) % (uint)length);
                    damaged[at] ^= (byte)(1 + ((seed >> 20) % 255));
                }

                int repaired = JournalRecordCodec.Decode(damaged, 0, length, read, true);
                if (bytes <= JournalRecordCodec.ParityLength / 2)
                {
                    Assert.IsTrue(repaired >= 0, "trial " + trial.ToString() + ": " + bytes.ToString() + " damaged bytes not repaired");
                }

                if (repaired >= 0)
                {
                    Assert.AreEqual(77, read.Stan, "trial " + trial.ToString());
                    Assert.AreEqual(123456L, read.AmountMinor, "trial " + trial.ToString());
                    Assert.AreEqual(1000L, read.Sequence, "trial " + trial.ToString());
                }
            }
        }

        [TestMethod]
        public void A_reversal_attempt_carries_the_whole_request_and_where_its_intent_lies()
        {
            JournalRecord attempt = JournalSamples.Intent(31, 3100);
            attempt.Type = JournalRecordType.ReversalAttempt;
            attempt.Attempt = 2;
            attempt.IntentSlot = 6;
            attempt.IntentSequence = 40;
            attempt.Sequence = 44;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(attempt, buffer);
            var read = new JournalRecord();

            Assert.IsTrue(JournalRecordCodec.TryDecode(buffer, 0, length, read));
            Assert.AreEqual(2, read.Attempt);
            Assert.AreEqual(6, read.IntentSlot);
            Assert.AreEqual(40L, read.IntentSequence);
            Assert.AreEqual(3100L, read.AmountMinor);
            Assert.AreEqual("622202******1234", read.MaskedPan);
        }

        [TestMethod]
        public void Version_1_intent_reads_as_a_sale_without_creation_time()
        {
            JournalRecord intent = JournalSamples.Intent(5, 500);
            intent.Kind = TransactionKind.Refund;
            intent.Sequence = 2;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(intent, buffer, 1);

            var read = new JournalRecord();
            Assert.IsTrue(JournalRecordCodec.TryDecode(buffer, 0, length, read));
            Assert.AreEqual(1, read.Version);
            Assert.AreEqual((int)TransactionKind.Sale, (int)read.Kind);
            Assert.AreEqual(0L, read.CreatedUtcTicks);
            Assert.AreEqual(500L, read.AmountMinor);
        }

        [TestMethod]
        public void Version_1_has_no_reversal_attempts()
        {
            var attempt = new JournalRecord();
            attempt.Type = JournalRecordType.ReversalAttempt;
            attempt.Stan = 1;
            attempt.Attempt = 1;
            attempt.Sequence = 1;
            Assert.ThrowsException(typeof(JournalFormatException), () => JournalRecordCodec.Encode(attempt, new byte[JournalRecordCodec.MaxRecordLength], 1));
        }

        [TestMethod]
        public void Text_longer_than_its_layout_is_an_error_not_a_corrupt_record()
        {
            JournalRecord intent = JournalSamples.Intent(1, 1);
            intent.MaskedPan = "12345678901234567890";
            intent.Sequence = 1;
            Assert.ThrowsException(typeof(JournalFormatException), () => JournalRecordCodec.Encode(intent, new byte[JournalRecordCodec.MaxRecordLength]));
        }
    }
}
