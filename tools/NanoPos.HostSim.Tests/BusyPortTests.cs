using System;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using NanoPos.Cli;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>A port in use is an error: a second simulator never shares the port, and never touches the first one's ledger.</summary>
    public class BusyPortTests
    {
        [Fact]
        public void ASecondServerOnTheSamePortFailsAndTheFirstKeepsEveryConnection()
        {
            using var first = new RunningHost(requireMac: false);

            SocketException e = Assert.Throws<SocketException>(() => HostSimulator.Start(new HostSimOptions { Port = first.Sim.Port }));

            Assert.Equal(SocketError.AddressAlreadyInUse, e.SocketErrorCode);
            for (int i = 1; i <= 10; i++)
            {
                using HostSimClient client = first.Connect();
                Assert.Equal("00", client.Exchange(Requests.Sale(i, 1000), RunningHost.Timeout).GetString(39));
            }

            Assert.Equal(10, first.Sim.Server.ConnectionsAccepted);
            Assert.Equal(10, first.Ledger.Count);
        }

        [Fact]
        public void AServerCannotShareAPortWithAnyOtherListenerEither()
        {
            var other = new TcpListener(System.Net.IPAddress.Loopback, 0);
            other.Start();
            try
            {
                int port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;
                Assert.Equal(SocketError.AddressAlreadyInUse, Assert.Throws<SocketException>(() => HostSimulator.Start(new HostSimOptions { Port = port })).SocketErrorCode);
            }
            finally
            {
                other.Stop();
            }
        }

        [Fact]
        public void ARestartOnTheSamePortWorksWhileConnectionsItClosedLingerInTimeWait()
        {
            int port;
            using (var first = new RunningHost(requireMac: false))
            {
                port = first.Sim.Port;
                first.Sim.Faults.Add(new FaultRule { Kind = FaultKind.CloseAfterResponse });
                using HostSimClient client = first.Connect();
                client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout); // the host closes first: its side waits in TIME_WAIT
            }

            using HostSimulator second = HostSimulator.Start(new HostSimOptions { Port = port, RequireMac = false }); // an unMACed echo follows
            using HostSimClient again = HostSimClient.Connect(port, RunningHost.Timeout);
            Assert.Equal("00", again.Exchange(Requests.Echo(2), RunningHost.Timeout).GetString(39));
        }

        [Fact]
        public void TheCommandOnABusyPortSaysWhichPortAndExits1WithoutTouchingTheLedger()
        {
            using var folder = new TempFolder();
            string ledger = folder.File("ledger.jsonl");
            using HostSimulator first = HostSimulator.Start(new HostSimOptions { Port = 0, LedgerPath = ledger, RequireMac = false }); // an unMACed sale follows
            using (HostSimClient client = HostSimClient.Connect(first.Port, RunningHost.Timeout))
            {
                client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout);
            }

            byte[] before = File.ReadAllBytes(ledger);
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel(); // should it start after all, it stops at once instead of waiting for Ctrl+C

            int exit = HostSimCommand.Run(new[] { "--port", first.Port.ToString(), "--ledger", ledger }, new StringWriter(), error, stop.Token);

            Assert.Equal(1, exit);
            Assert.Contains("port " + first.Port + " on 127.0.0.1 is already in use", error.ToString());
            Assert.Contains("--port", error.ToString());
            Assert.Equal(before, File.ReadAllBytes(ledger));
            Assert.True(first.Ledger.IsChargedOnce(Requests.Key(1)));
        }

        [Fact]
        public void TwoSimulatorsOnDifferentPortsCannotWriteTheSameLedger()
        {
            using var folder = new TempFolder();
            string ledger = folder.File("ledger.jsonl");
            using HostSimulator first = HostSimulator.Start(new HostSimOptions { Port = 0, LedgerPath = ledger });

            IOException e = Assert.Throws<IOException>(() => HostSimulator.Start(new HostSimOptions { Port = 0, LedgerPath = ledger }));

            Assert.Contains("in use by another host simulator", e.Message);
        }
    }
}
