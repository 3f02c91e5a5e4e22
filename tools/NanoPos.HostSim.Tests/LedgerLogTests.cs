using System;
using System.IO;
using System.Linq;
using System.Text;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The ledger as an append-only log: one line per decided request, fsync per decision, replay, compaction.</summary>
    public class LedgerLogTests
    {
        [Fact]
        public void EachDecidedRequestAppendsOneLineAndOnlyDecisionsAreFsynced()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            using LedgerFileWriter log = LedgerFileWriter.Open(path);
            RequestProcessor host = Host.Processor(log.Ledger, requireMac: false);

            host.Process(Requests.Sale(1, 1000));                               // decision
            host.Process(Requests.Sale(1, 1000));                               // repeat: counts only
            host.Process(Requests.Echo(2));                                     // nothing recorded
            host.Process(Requests.Reversal(Requests.Sale(1, 1000)));            // decision
            host.Process(Requests.Reversal(Requests.Sale(1, 1000), repeat: true)); // counts only

            Assert.Equal(4, log.Appends);
            Assert.Equal(2, log.Syncs);
            string[] lines = Lines(path);
            Assert.Equal(1 + 1 + 4, lines.Length); // header, the compacted state of the new file (its sequence), 4 changes
            Assert.StartsWith("{\"format\":\"nanopos-host-ledger-log\",\"version\":2", lines[0]);
            Assert.Contains("\"n\":2,\"sequence\":1,\"entries\":[{\"terminalId\":\"TERM0001\"", lines[2]);
            Assert.DoesNotContain(Requests.Pan, File.ReadAllText(path));
        }

        [Fact]
        public void AReopenedLogHoldsExactlyWhatMemoryHeld()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            string before;
            using (LedgerFileWriter log = LedgerFileWriter.Open(path))
            {
                RequestProcessor host = Host.Processor(log.Ledger, requireMac: false);
                host.Process(Requests.Sale(1, 1000));
                host.Process(Requests.Sale(1, 1000));
                host.Process(Requests.Sale(2, 2000));
                host.Process(Requests.Reversal(Requests.Sale(2, 2000)));
                host.Process(Requests.Reversal(Requests.Sale(3, 700)));
                host.Process(Requests.Sale(4, 900));
                host.Process(Requests.Void(5, 900, originalStan: 4));
                host.Process(Requests.Settlement(6, new SettlementTotals(1, 1000, 0, 0)));
                host.Process(Requests.Upload(7, originalStan: 1, amount: 1000));
                before = Strip(LedgerFile.ToJson(log.Ledger));
            }

            using LedgerFileWriter reopened = LedgerFileWriter.Open(path);

            Assert.Equal(before, Strip(LedgerFile.ToJson(reopened.Ledger)));
            Assert.Equal(before, Strip(LedgerFile.ToJson(LedgerFile.Load(path))));
            Assert.Empty(reopened.Warnings);
            Assert.Equal(EntryState.Voided, reopened.Ledger.Find(Requests.Key(4)).State);
            Assert.Equal("000002", reopened.Ledger.CurrentBatch(Requests.Terminal));
        }

        [Theory]
        [InlineData("{\"n\":9,\"entries\":[{\"terminalId\":\"TER")] // cut mid-line, no line end
        [InlineData("\0\0\0\0\0\0")]                             // the size grew but the data never came
        [InlineData("{\"n\":9,\"entr\0\0\0\n")]                    // line end written, middle lost
        public void ATornLastLineIsIgnoredWithAWarningAndTheRestLoads(string tail)
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            WriteSales(path, 3);
            long intact = new FileInfo(path).Length;
            File.AppendAllText(path, tail);

            Ledger readOnly = LedgerFile.Load(path);
            Assert.Equal(3, readOnly.Count);
            Assert.Equal(intact + Encoding.UTF8.GetByteCount(tail), new FileInfo(path).Length); // Load never writes

            using (LedgerFileWriter log = LedgerFileWriter.Open(path))
            {
                Assert.Equal(3, log.Ledger.Count);
                string warning = Assert.Single(log.Warnings);
                Assert.Contains("a write cut short by a crash or power cut", warning);
                Assert.Equal(intact, new FileInfo(path).Length); // cut back before anything is appended
                Assert.Equal("00", Host.Processor(log.Ledger, requireMac: false).Process(Requests.Sale(4, 1000)).ResponseCode);
            }

            Assert.Equal(4, LedgerFile.Load(path).Count);
        }

        [Fact]
        public void ATornHeaderStartsAnEmptyLog()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            File.WriteAllText(path, "{\"format\":\"nanopos-host-ledger-log\",\"ver");

            using LedgerFileWriter log = LedgerFileWriter.Open(path);

            Assert.Equal(0, log.Ledger.Count);
            Assert.Single(log.Warnings);
            Assert.StartsWith("{\"format\":\"nanopos-host-ledger-log\",\"version\":2", Lines(path)[0]);
        }

        [Fact]
        public void ADamagedLineBeforeTheLastIsAnErrorNamingIt()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            WriteSales(path, 3);
            string[] lines = Lines(path);
            lines[3] = lines[3][..20] + "#" + lines[3][21..];
            File.WriteAllText(path, string.Join("\n", lines) + "\n");

            FormatException e = Assert.Throws<FormatException>(() => LedgerFileWriter.Open(path));

            Assert.Contains("line 4 is damaged", e.Message);
            Assert.Contains("not a write cut short by a crash", e.Message);
        }

        [Fact]
        public void AMissingLineIsAnError()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            WriteSales(path, 3);
            string[] lines = Lines(path);
            File.WriteAllText(path, string.Join("\n", lines.Where((_, i) => i != 3)) + "\n");

            Assert.Contains("a line is missing", Assert.Throws<FormatException>(() => LedgerFile.Load(path)).Message);
        }

        [Fact]
        public void ALedgerOfVersion1IsConvertedToTheLog()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.json");
            RequestProcessor old = Host.Processor(requireMac: false);
            old.Process(Requests.Sale(1, 1000));
            old.Process(Requests.Reversal(Requests.Sale(1, 1000)));
            LedgerFile.Save(old.Ledger, path);

            using LedgerFileWriter log = LedgerFileWriter.Open(path);

            Assert.Equal(EntryState.Reversed, log.Ledger.Find(Requests.Key(1)).State);
            Assert.Contains("whole-JSON ledger (version 1) was converted", Assert.Single(log.Warnings));
            Assert.StartsWith("{\"format\":\"nanopos-host-ledger-log\"", Lines(path)[0]);
            Assert.Equal(old.Ledger.Sequence, LedgerFile.Load(path).Sequence);
        }

        [Fact]
        public void CompactionRewritesTheFileWhenSupersededCopiesOutnumberTheLiveOnes()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            using LedgerFileWriter log = LedgerFileWriter.Open(path);
            RequestProcessor host = Host.Processor(log.Ledger, requireMac: false);
            host.Process(Requests.Sale(1, 1000));
            Assert.Equal(1, log.Compactions); // the new file

            for (int i = 0; i < LedgerFileWriter.CompactionSlack; i++)
            {
                host.Process(Requests.Sale(1, 1000)); // each repeat rewrites the entry: one more superseded copy
            }

            Assert.Equal(1, log.Compactions);
            host.Process(Requests.Sale(1, 1000));

            Assert.Equal(2, log.Compactions);
            Assert.Equal(3, Lines(path).Length); // header, the entry, batches and sequence
            Assert.False(File.Exists(path + ".compacting"));
            Assert.Equal(LedgerFileWriter.CompactionSlack + 1, LedgerFile.Load(path).Find(Requests.Key(1)).RepeatCount);
            host.Process(Requests.Sale(2, 1000));
            Assert.Equal(2, LedgerFile.Load(path).Count);
        }

        [Fact]
        public void CompactionRuleNeedsMoreCopiesThanLiveObjectsAndTheSlack()
        {
            Assert.False(LedgerFileWriter.CompactionDue(1000, 0));
            Assert.True(LedgerFileWriter.CompactionDue(1001, 0));
            Assert.False(LedgerFileWriter.CompactionDue(10_000, 5_000));
            Assert.True(LedgerFileWriter.CompactionDue(10_001, 5_000));
        }

        [Fact]
        public void AnUnfinishedCompactionIsRemovedAndTheLogLoads()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            WriteSales(path, 2);
            File.WriteAllText(path + ".compacting", "{\"format\":\"nanopos-host-ledger-log\",\"version\":2}\n{\"n\":1,\"entr");

            using LedgerFileWriter log = LedgerFileWriter.Open(path);

            Assert.Equal(2, log.Ledger.Count);
            Assert.Contains("an unfinished compaction", Assert.Single(log.Warnings));
            Assert.False(File.Exists(path + ".compacting"));
        }

        [Fact]
        public void AFailedAppendWithholdsTheAnswerAndTheNextChangeRewritesTheFile()
        {
            using var folder = new TempFolder();
            string path = folder.File("ledger.jsonl");
            using LedgerFileWriter log = LedgerFileWriter.Open(path);
            RequestProcessor host = Host.Processor(log.Ledger, requireMac: false);
            host.Process(Requests.Sale(1, 1000));
            var failing = new FailingStream(path);
            log.UseStream(failing);

            IOException e = Assert.Throws<IOException>(() => host.Process(Requests.Sale(2, 1000)));

            Assert.Contains("no answer is sent", e.Message);
            Assert.NotNull(log.LastError);
            Assert.True(log.Ledger.IsChargedOnce(Requests.Key(2)), "memory keeps the decision");
            failing.Fail = false;
            host.Process(Requests.Sale(3, 1000));
            Assert.Null(log.LastError);
            Ledger onDisk = LedgerFile.Load(path);
            Assert.Equal(3, onDisk.Count);
            Assert.True(onDisk.IsChargedOnce(Requests.Key(2)));
        }

        [Fact]
        public void AWriterCannotFollowALedgerTwiceNorLoadIntoAFullOne()
        {
            using var folder = new TempFolder();
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(1, 1000));
            using var first = new LedgerFileWriter(host.Ledger, folder.File("a.jsonl"));

            Assert.Throws<InvalidOperationException>(() => new LedgerFileWriter(host.Ledger, folder.File("b.jsonl")));
            Assert.Throws<InvalidOperationException>(() => LedgerFileWriter.Open(folder.File("c.jsonl"), host.Ledger));
            Assert.Equal(1, LedgerFile.Load(folder.File("a.jsonl")).Count);
        }

        internal static void WriteSales(string path, int count)
        {
            using LedgerFileWriter log = LedgerFileWriter.Open(path);
            RequestProcessor host = Host.Processor(log.Ledger, requireMac: false);
            for (int i = 1; i <= count; i++)
            {
                host.Process(Requests.Sale(i, 1000));
            }
        }

        private static string[] Lines(string path)
        {
            return File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        private static string Strip(string json)
        {
            return string.Join("\n", json.Split('\n').Where(line => !line.Contains("\"savedAt\"")));
        }

        /// <summary>A file stream whose writes fail while <see cref="Fail"/> is set, as a full disk would.</summary>
        private sealed class FailingStream : FileStream
        {
            public FailingStream(string path)
                : base(path, FileMode.Open, FileAccess.Write, FileShare.Read | FileShare.Delete, 1)
            {
                Seek(0, SeekOrigin.End);
            }

            public bool Fail { get; set; } = true;

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                if (Fail)
                {
                    base.Write(buffer[..(buffer.Length / 2)]); // half a line, then the disk is full
                    throw new IOException("No space left on device");
                }

                base.Write(buffer);
            }
        }
    }
}
