using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using NanoPos.Cli;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// <c>nanopos host-sim</c> answers a sale from a real client and prints the request line. The sales go unMACed (the
    /// subject is the command's output and ledger), so the command runs with <c>--mac-optional</c>.
    /// </summary>
    public class HostSimCommandTests
    {
        [Fact]
        public void AnswersASalePrintsItsLineAndWritesTheLedgerOnExit()
        {
            string ledger = Path.Combine(Path.GetTempPath(), "nanopos-hostsim-" + Guid.NewGuid().ToString("N") + ".json");
            var output = new LockedWriter();
            var error = new LockedWriter();
            using var stop = new CancellationTokenSource();
            int exit = -1;
            var thread = new Thread(() => exit = HostSimCommand.Run(new[] { "--port", "0", "--ledger", ledger, "--blocked-pan", "6228480000000000027", "--mac-optional" }, output, error, stop.Token));
            try
            {
                thread.Start();
                int port = int.Parse(WaitFor(output, @"listening on 127\.0\.0\.1:(\d+)").Groups[1].Value);

                using (HostSimClient client = HostSimClient.Connect(port, RunningHost.Timeout))
                {
                    Assert.Equal("00", client.Exchange(Requests.Sale(42, 12500), RunningHost.Timeout).GetString(39));
                    Assert.Equal("14", client.Exchange(Requests.Sale(43, 12500, pan: "6228480000000000027"), RunningHost.Timeout).GetString(39));
                }

                Match line = WaitFor(output, @"\d\d:\d\d:\d\d\.\d{3} #1 0200→0210 622848\*{9}0019 amt 125.00 stan 000042 tid TERM0001 rc 00 fault none recorded");
                Assert.True(line.Success);
                WaitFor(output, "rc 14");
            }
            finally
            {
                stop.Cancel();
                Assert.True(thread.Join(10_000), "host-sim did not stop");
            }

            try
            {
                Assert.Equal(0, exit);
                Assert.Equal(string.Empty, error.ToString());
                string text = output.ToString();
                Assert.Contains("blocked cards (answered 14): 622848*********0027", text);
                Assert.Contains("append-only log: one line per decided request, fsynced before its answer", text);
                Assert.Contains("connections: at most 64 open at once; idle ones closed after 60 s", text);
                Assert.Contains("stopped; ledger log " + Path.GetFullPath(ledger) + " holds 2 entries", text);
                Assert.DoesNotContain("6228480000000000019", text);
                Assert.Equal(2, LedgerFile.Load(ledger).Count);
            }
            finally
            {
                File.Delete(ledger);
                File.Delete(ledger + ".lock");
            }
        }

        [Fact]
        public void ADamagedLedgerStopsTheStartAndNamesTheLine()
        {
            using var folder = new TempFolder();
            string ledger = folder.File("ledger.jsonl");
            LedgerLogTests.WriteSales(ledger, 2);
            string[] lines = File.ReadAllLines(ledger);
            lines[2] = "{broken";
            File.WriteAllLines(ledger, lines);
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            int exit = HostSimCommand.Run(new[] { "--port", "0", "--ledger", ledger }, new StringWriter(), error, stop.Token);

            Assert.Equal(1, exit);
            Assert.StartsWith("nanopos host-sim: cannot load the ledger: " + ledger + ": line 3 is damaged", error.ToString());
        }

        [Fact]
        public void BenchPrintsTheTableForTheThreeLedgerSizes()
        {
            using var folder = new TempFolder();
            var output = new StringWriter();

            int exit = HostSimCommand.Run(new[] { "--bench", "--bench-sales", "10", "--bench-rounds", "1", "--bench-dir", folder.Path }, output, new StringWriter(), CancellationToken.None);

            Assert.Equal(0, exit);
            string text = output.ToString();
            Assert.Contains("| 0 | ", text);
            Assert.Contains("| 5,000 | ", text);
            Assert.Contains("| 50,000 | ", text);
            Assert.Contains("15 for 15 sales", text);
        }

        [Fact]
        public void ATornLedgerLineIsReportedAtStart()
        {
            using var folder = new TempFolder();
            string ledger = folder.File("ledger.jsonl");
            LedgerLogTests.WriteSales(ledger, 2);
            File.AppendAllText(ledger, "{\"n\":3,\"entr");
            var output = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            Assert.Equal(0, HostSimCommand.Run(new[] { "--port", "0", "--ledger", ledger }, output, new StringWriter(), stop.Token));
            Assert.Contains("(loaded 2 entries)", output.ToString());
            Assert.Contains("ledger warning: " + ledger + ": the last line (line 5, 12 bytes", output.ToString());
        }

        [Theory]
        [InlineData(2, "--port", "abc")]
        [InlineData(2, "--what")]
        [InlineData(2, "--blocked-pan", "12AB")]
        [InlineData(1, "--faults", "/nonexistent/faults.json")]
        [InlineData(2, "--faults", "")]
        [InlineData(2, "--tls-ca-out", "ca.pem")]
        [InlineData(2, "--listen", "lan")]
        [InlineData(2, "--listen", "300.1.1.1")]
        public void BadOptionsFailWithoutListening(int expected, params string[] options)
        {
            var error = new StringWriter();
            using var stopped = new CancellationTokenSource();
            stopped.Cancel(); // should the options pass after all, the command stops at once instead of waiting for Ctrl+C

            int exit = HostSimCommand.Run(options, new StringWriter(), error, stopped.Token);

            Assert.Equal(expected, exit);
            Assert.StartsWith("nanopos host-sim: ", error.ToString());
        }

        [Fact]
        public void ListenNamesTheAddressABoardOnTheLanReaches()
        {
            var output = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            Assert.Equal(0, HostSimCommand.Run(new[] { "--port", "0", "--listen", "0.0.0.0" }, output, new StringWriter(), stop.Token));
            Assert.Contains("listening on 0.0.0.0:", output.ToString());
        }

        [Fact]
        public void HelpListsEveryOptionAndTheVerbsUsageNamesTheSecurityOnes()
        {
            var usage = new StringWriter();
            var help = new StringWriter();

            Assert.Equal(0, HostSimCommand.Run(new[] { "--help" }, usage, new StringWriter(), CancellationToken.None));
            Assert.Equal(0, Program.Run(new[] { "help" }, help, new StringWriter()));

            foreach (string option in new[] { "--port", "--listen", "--faults", "--ledger", "--seed", "--blocked-pan", "--tmk", "--card-pin", "--mac-optional", "--tls", "--tls-name", "--tls-ca-out", "--max-connections", "--idle-timeout", "--verbose", "--bench" })
            {
                Assert.Contains("  " + option + " ", usage.ToString());
            }

            foreach (string option in new[] { "[--tmk HEX32]", "[--card-pin PAN=PIN]", "[--mac-optional]", "[--tls [--tls-name NAME] [--tls-ca-out FILE]]" })
            {
                Assert.Contains(option, help.ToString());
            }

            Assert.DoesNotContain("--require-mac", usage.ToString() + help.ToString());
        }

        internal static Match WaitFor(LockedWriter output, string pattern)
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 10_000)
            {
                Match match = Regex.Match(output.ToString(), pattern);
                if (match.Success)
                {
                    return match;
                }

                Thread.Sleep(20);
            }

            throw new TimeoutException("No output line matched " + pattern + " in 10 s; output so far:\n" + output);
        }
    }
}
