using System.Diagnostics;
using System.IO;
using System.Threading;
using NanoPos.Cli;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The connection limit and the idle timeout, as options and as flags.</summary>
    public class ConnectionLimitTests
    {
        [Fact]
        public void DefaultsAre64ConnectionsAnd60SecondsOfSilence()
        {
            var options = new HostServerOptions();

            Assert.Equal(64, options.MaxConnections);
            Assert.Equal(60_000, options.IdleTimeoutMs);
        }

        [Fact]
        public void AConnectionBeyondTheLimitIsClosedAtOnceWithALogLineAndTheOthersServe()
        {
            using var host = new RunningHost(requireMac: false, server: new HostServerOptions { MaxConnections = 2, IdleTimeoutMs = 10_000 });
            using HostSimClient first = host.Connect();
            using HostSimClient second = host.Connect();
            Assert.Equal("00", first.Exchange(Requests.Echo(1), RunningHost.Timeout).GetString(39));
            Assert.Equal("00", second.Exchange(Requests.Echo(2), RunningHost.Timeout).GetString(39));

            using (HostSimClient third = host.Connect())
            {
                third.Send(Requests.Echo(3));
                Assert.Equal(ClientReplyKind.Closed, third.Receive(RunningHost.Timeout).Kind);
            }

            HostSimEvent refused = host.WaitFor(HostSimEventKind.ConnectionRefused);
            Assert.Contains("2 connections are open, the limit", refused.ToString());
            Assert.Contains(" refused: ", refused.ToString());
            Assert.Equal(1, host.Sim.Server.ConnectionsRefused);
            Assert.Equal("00", first.Exchange(Requests.Echo(4), RunningHost.Timeout).GetString(39));

            first.Dispose();
            WaitUntil(() => host.Sim.Server.OpenConnections < 2);
            using HostSimClient fourth = host.Connect();
            Assert.Equal("00", fourth.Exchange(Requests.Echo(5), RunningHost.Timeout).GetString(39));
        }

        [Fact]
        public void ASilentConnectionIsClosedAfterTheIdleTimeout()
        {
            using var host = new RunningHost(requireMac: false, server: new HostServerOptions { IdleTimeoutMs = 300 });
            using HostSimClient client = host.Connect();
            Assert.Equal("00", client.Exchange(Requests.Echo(1), RunningHost.Timeout).GetString(39));

            var clock = Stopwatch.StartNew();
            Assert.Equal(ClientReplyKind.Closed, client.Receive(RunningHost.Timeout).Kind);

            Assert.InRange(clock.ElapsedMilliseconds, 200, 2000);
            Assert.Contains("idle for 300 ms", host.WaitFor(HostSimEventKind.ConnectionClosed).Note);
        }

        [Fact]
        public void AConnectionOwedADelayedAnswerIsNotClosedAsIdle()
        {
            using var host = new RunningHost(requireMac: false, server: new HostServerOptions { IdleTimeoutMs = 300 });
            host.Sim.Faults.Add(new FaultRule { Kind = FaultKind.Delay, DelayMs = 1000 });
            using HostSimClient client = host.Connect();

            client.Send(Requests.Sale(1, 1000));
            ClientReply late = client.Receive(RunningHost.Timeout);

            Assert.Equal(ClientReplyKind.Message, late.Kind);
            Assert.Equal("00", late.Message.GetString(39));
            Assert.Equal(ClientReplyKind.Closed, client.Receive(RunningHost.Timeout).Kind); // then idle as usual
        }

        [Fact]
        public void TheFlagsSetTheLimitAndTheTimeout()
        {
            var output = new LockedWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            int exit = HostSimCommand.Run(new[] { "--port", "0", "--max-connections", "3", "--idle-timeout", "20" }, output, new StringWriter(), stop.Token);

            Assert.Equal(0, exit);
            Assert.Contains("connections: at most 3 open at once; idle ones closed after 20 s", output.ToString());
        }

        [Theory]
        [InlineData("--max-connections", "0")]
        [InlineData("--max-connections", "many")]
        [InlineData("--idle-timeout", "0")]
        [InlineData("--idle-timeout", "-5")]
        public void BadValuesAreUsageErrors(string flag, string value)
        {
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            Assert.Equal(2, HostSimCommand.Run(new[] { flag, value }, new StringWriter(), error, stop.Token));
            // The message names the option and the value given ("--idle-timeout must be from 1 to 86400, got -5").
            Assert.Contains("nanopos host-sim: " + flag + (value == "many" ? " needs a whole number, got 'many'" : " must be from "), error.ToString());
            Assert.Contains("got " + (value == "many" ? "'many'" : value) + ".", error.ToString());
        }

        private static void WaitUntil(System.Func<bool> condition)
        {
            var clock = Stopwatch.StartNew();
            while (!condition() && clock.ElapsedMilliseconds < RunningHost.Timeout)
            {
                Thread.Sleep(10);
            }

            Assert.True(condition());
        }
    }
}
