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
            Assert.AreEqual(2, read.Version);
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
        public void Every_single_bit_flip_is_refused()
        {
            JournalRecord intent = JournalSamples.Intent(1, 100);
            intent.Sequence = 9;
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            int length = JournalRecordCodec.Encode(intent, buffer);
            var read = new JournalRecord();
            for (int bit = 0; bit < length * 8; bit++)
            {
                buffer[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.IsFalse(JournalRecordCodec.TryDecode(buffer, 0, length, read), "bit " + bit + " flipped and accepted");
                buffer[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            Assert.IsTrue(JournalRecordCodec.TryDecode(buffer, 0, length, read));
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
