using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>Builds the records and logs the journal tests share.</summary>
    internal static class JournalSamples
    {
        internal const int Slots = 16;

        internal static JournalRecord Intent(int stan, long amountMinor)
        {
            var intent = new JournalRecord();
            intent.Type = JournalRecordType.Intent;
            intent.Kind = TransactionKind.Sale;
            intent.Mti = 200;
            intent.Stan = stan;
            intent.AmountMinor = amountMinor;
            intent.ProcessingCode = "000000";
            intent.LocalDateTime = "1122091500";
            intent.EntryMode = "012";
            intent.MaskedPan = "622202******1234";
            intent.CreatedUtcTicks = 638678000000000000;
            return intent;
        }

        internal static TransactionLog NewLog(InMemoryRecordStore store)
        {
            var log = new TransactionLog(new Journal(store, Slots), 10);
            log.Recover();
            return log;
        }

        /// <summary>One approved sale the way the engine makes it: STAN, intent, outcome.</summary>
        internal static int ApprovedSale(TransactionLog log, long amountMinor)
        {
            int stan = log.ReserveStan();
            JournalRecord intent = Intent(stan, amountMinor);
            log.RecordIntent(intent);
            log.RecordOutcome(intent, true, "00", "A1B2C3", "123456789012");
            return stan;
        }
    }
}
