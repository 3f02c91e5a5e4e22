using System.Net.Sockets;
using NanoPos.HostSim;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The maintenance window, switched at run time: answer 91 to everything, or refuse connections.</summary>
    public class MaintenanceTests
    {
        [Fact]
        public void Answer91ModeAnswersEverythingWith91AndDecidesNothingUntilSwitchedOff()
        {
            using var host = new RunningHost(requireMac: false);
            using HostSimClient client = host.Connect();

            host.Sim.Faults.Maintenance = MaintenanceMode.Answer91;
            Assert.Equal("91", client.Exchange(Requests.SignOn(1), RunningHost.Timeout).GetString(39));
            Assert.Equal("91", client.Exchange(Requests.Sale(2, 1000), RunningHost.Timeout).GetString(39));
            Assert.Equal("91", client.Exchange(Requests.Reversal(Requests.Sale(2, 1000)), RunningHost.Timeout).GetString(39));
            Assert.Equal(0, host.Ledger.Count);

            host.Sim.Faults.Maintenance = MaintenanceMode.Off;
            Assert.Equal("00", client.Exchange(Requests.Sale(3, 1000), RunningHost.Timeout).GetString(39));
            Assert.Equal(1, host.Ledger.Count);
        }

        [Fact]
        public void RefuseModeClosesTheListenerAndOpenConnectionsThenListensAgainOnTheSamePort()
        {
            using var host = new RunningHost(requireMac: false);
            int port = host.Sim.Port;
            using HostSimClient before = host.Connect();
            Assert.Equal("00", before.Exchange(Requests.Echo(1), RunningHost.Timeout).GetString(39));

            host.Sim.Faults.Maintenance = MaintenanceMode.RefuseConnections;

            Assert.False(host.Sim.Server.IsListening);
            Assert.Equal(ClientReplyKind.Closed, before.Receive(RunningHost.Timeout).Kind);
            Assert.ThrowsAny<SocketException>(() => HostSimClient.Connect(port, RunningHost.Timeout).Dispose());

            host.Sim.Faults.Maintenance = MaintenanceMode.Off;

            Assert.Equal(port, host.Sim.Port);
            using HostSimClient after = host.Connect();
            Assert.Equal("00", after.Exchange(Requests.Sale(2, 1000), RunningHost.Timeout).GetString(39));
        }

        [Fact]
        public void PlanCanStartTheServerInMaintenance()
        {
            using var host = new RunningHost(requireMac: false, FaultPlan.Parse("{\"maintenance\": \"answer91\"}"));
            using HostSimClient client = host.Connect();

            Assert.Equal("91", client.Exchange(Requests.Sale(1, 1000), RunningHost.Timeout).GetString(39));
            Assert.Contains("maintenance window", host.WaitFor(HostSimEventKind.Request).ToString());
        }
    }
}
