using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// <c>nanopos host-sim --ledger</c> killed with SIGKILL (no Ctrl+C, no exit code run) while a terminal sends sales:
    /// every sale whose answer left the host is in the file, and the file opens again. The sales go unMACed (the
    /// subject is the ledger file, not the MAC), so the command runs with <c>--mac-optional</c>.
    /// </summary>
    public class KillTests
    {
        [Fact]
        public void EveryAnsweredDecisionSurvivesKill9UnderLoad()
        {
            using var folder = new TempFolder();
            string ledger = folder.File("ledger.jsonl");
            var answered = new List<(int Stan, string Code)>();
            using (Process child = StartHostSim(ledger, out int port))
            {
                using var stop = new CancellationTokenSource();
                var terminal = new Thread(() => Send(port, answered, stop.Token));
                terminal.Start();
                WaitUntil(() => Count(answered) >= 40);

                child.Kill(); // SIGKILL on Linux and macOS, TerminateProcess on Windows: nothing runs after it
                child.WaitForExit(10_000);
                stop.Cancel();
                Assert.True(terminal.Join(10_000));
            }

            Ledger loaded = LedgerFile.Load(ledger);
            lock (answered)
            {
                Assert.True(answered.Count >= 40);
                foreach ((int stan, string code) in answered)
                {
                    LedgerEntry entry = loaded.Find(Requests.Key(stan));
                    Assert.True(entry != null, "sale " + stan + " was answered " + code + " but is not in the file");
                    Assert.Equal(code, entry.ResponseCode);
                }
            }

            using LedgerFileWriter reopened = LedgerFileWriter.Open(ledger); // the lock died with the process
            Assert.True(reopened.Ledger.Count >= answered.Count);
            Assert.Equal("00", Host.Processor(reopened.Ledger, requireMac: false).Process(Requests.Sale(900_000, 1000)).ResponseCode);
        }

        [Fact]
        public void AReversalAcknowledgedBeforeKill9StaysApplied()
        {
            using var folder = new TempFolder();
            string ledger = folder.File("ledger.jsonl");
            using (Process child = StartHostSim(ledger, out int port))
            {
                using HostSimClient client = HostSimClient.Connect(port, RunningHost.Timeout);
                Assert.Equal("00", client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout).GetString(39));
                Assert.Equal("00", client.Exchange(Requests.Reversal(Requests.Sale(1, 1000)), RunningHost.Timeout).GetString(39));
                Assert.Equal("51", client.Exchange(Requests.Sale(2, 1051), RunningHost.Timeout).GetString(39));
                child.Kill();
                child.WaitForExit(10_000);
            }

            Ledger loaded = LedgerFile.Load(ledger);
            Assert.Equal(EntryState.Reversed, loaded.Find(Requests.Key(1)).State);
            Assert.Equal(EntryState.Declined, loaded.Find(Requests.Key(2)).State);
        }

        private static Process StartHostSim(string ledger, out int port)
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            var start = new ProcessStartInfo(dotnet)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "NanoPos.Cli.dll"), "host-sim", "--port", "0", "--ledger", ledger, "--mac-optional" })
            {
                start.ArgumentList.Add(argument);
            }

            Process child = Process.Start(start);
            var output = new LockedWriter();
            child.OutputDataReceived += (_, e) => output.Write(e.Data + "\n");
            child.ErrorDataReceived += (_, e) => output.Write(e.Data + "\n");
            child.BeginOutputReadLine();
            child.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 30_000)
            {
                Match listening = Regex.Match(output.ToString(), @"listening on 127\.0\.0\.1:(\d+)");
                if (listening.Success && output.ToString().Contains("Ctrl+C stops."))
                {
                    port = int.Parse(listening.Groups[1].Value);
                    return child;
                }

                Thread.Sleep(20);
            }

            child.Kill();
            throw new TimeoutException("host-sim did not start within 30 s; it printed:\n" + output);
        }

        /// <summary>Sends sales one after another (every tenth declined with 51) until the host dies or the test stops.</summary>
        private static void Send(int port, List<(int Stan, string Code)> answered, CancellationToken stop)
        {
            try
            {
                using HostSimClient client = HostSimClient.Connect(port, RunningHost.Timeout);
                for (int stan = 1; !stop.IsCancellationRequested; stan++)
                {
                    IsoMessage answer = client.Exchange(Requests.Sale(stan, stan % 10 == 0 ? 1051 : 1000), RunningHost.Timeout);
                    lock (answered)
                    {
                        answered.Add((stan, answer.GetString(39)));
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is TimeoutException || e is System.Net.Sockets.SocketException)
            {
                // The host was killed: what was answered before is what the test checks.
            }
        }

        private static int Count(List<(int Stan, string Code)> answered)
        {
            lock (answered)
            {
                return answered.Count;
            }
        }

        private static void WaitUntil(Func<bool> condition)
        {
            var clock = Stopwatch.StartNew();
            while (!condition() && clock.ElapsedMilliseconds < 20_000)
            {
                Thread.Sleep(5);
            }

            Assert.True(condition(), "the condition did not hold within 20 s");
        }
    }
}
