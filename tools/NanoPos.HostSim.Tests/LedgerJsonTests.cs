using System;
using System.IO;
using System.Linq;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The whole-JSON snapshot (version 1) survives a round trip and never holds a full card number.</summary>
    public class LedgerJsonTests
    {
        [Fact]
        public void RoundTripKeepsEveryEntryRecordBatchAndTheSequence()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            var sale = Requests.Sale(1, 1000);
            host.Process(sale);
            host.Process(sale); // a repeat
            host.Process(Requests.Sale(2, 2000));
            host.Process(Requests.Reversal(Requests.Sale(2, 2000)));
            host.Process(Requests.Reversal(Requests.Sale(3, 700))); // reversal of unknown
            host.Process(Requests.Settlement(4, new SettlementTotals(1, 1000, 0, 0)));
            host.Process(Requests.Upload(5, originalStan: 1, amount: 1000));

            string json = LedgerFile.ToJson(host.Ledger);
            Ledger loaded = LedgerFile.FromJson(json);

            Assert.Equal(host.Ledger.Count, loaded.Count);
            Assert.Equal(host.Ledger.Sequence, loaded.Sequence);
            Assert.Equal(Strip(json), Strip(LedgerFile.ToJson(loaded)));
            LedgerEntry first = loaded.Find(Requests.Key(1));
            Assert.Equal(1, first.RepeatCount);
            Assert.Equal(host.Ledger.Find(Requests.Key(1)).AuthCode, first.AuthCode);
            Assert.Equal(EntryState.Reversed, loaded.Find(Requests.Key(2)).State);
            Assert.Equal(EntryState.ReversalOfUnknown, loaded.Find(Requests.Key(3)).State);
            Assert.Equal("000002", loaded.CurrentBatch(Requests.Terminal));
            Assert.Single(loaded.Settlements());
            Assert.Single(loaded.Uploads(Requests.Terminal, Requests.Batch));
            Assert.Contains("\"state\": \"reversalOfUnknown\"", json);
        }

        [Fact]
        public void TheFileNeverHoldsTheFullCardNumber()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(1, 1000));

            string json = LedgerFile.ToJson(host.Ledger);

            Assert.DoesNotContain(Requests.Pan, json);
            Assert.Contains("622848*********0019", json);
        }

        [Fact]
        public void ALoadedLedgerKeepsAnsweringRepeatsAndHandsOutNewReferences()
        {
            RequestProcessor before = Host.Processor(requireMac: false);
            string rrn = before.Process(Requests.Sale(1, 1000)).Response.GetString(37);
            string path = Path.Combine(Path.GetTempPath(), "nanopos-ledger-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                LedgerFile.Save(before.Ledger, path);
                var after = Host.Processor(LedgerFile.Load(path), requireMac: false);

                Assert.Equal(rrn, after.Process(Requests.Sale(1, 1000)).Response.GetString(37));
                Assert.NotEqual(rrn, after.Process(Requests.Sale(2, 1000)).Response.GetString(37));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void NotALedgerIsAFormatError()
        {
            Assert.Throws<FormatException>(() => LedgerFile.FromJson("{\"version\": 99}"));
            Assert.Throws<FormatException>(() => LedgerFile.FromJson("[1, 2"));
        }

        private static string Strip(string json)
        {
            // savedAt is the only field that differs between two saves.
            return string.Join("\n", json.Split('\n').Where(line => !line.Contains("\"savedAt\"")));
        }
    }
}
