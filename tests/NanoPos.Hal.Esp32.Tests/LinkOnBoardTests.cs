using System;
using System.Threading;
using nanoFramework.TestFramework;

namespace NanoPos.Hal.Esp32.Tests
{
    /// <summary>
    /// The Wi-Fi TCP link against a TCP echo server on the bench PC (see the README): connect, round trip, a refused
    /// port failing within its timeout, reconnection after a disconnect, and the signal strength from a scan.
    /// Skipped while <see cref="OnBoardSettings.WifiSsid"/> is empty.
    /// </summary>
    [TestClass]
    public class LinkOnBoardTests
    {
        // The first connection after power-on joins Wi-Fi and gets an address (DHCP): allow for a slow access point.
        private const int FirstConnectMs = 30000;

        [Setup]
        public static void RequireConfiguredBench()
        {
            if (OnBoardSettings.WifiSsid.Length == 0)
            {
                Assert.SkipTest("No bench network configured: fill in OnBoardSettings (Wi-Fi, echo server) to run the link tests.");
            }
        }

        [TestMethod]
        public void Bytes_come_back_from_the_echo_server_and_the_link_reconnects()
        {
            WifiTcpLink link = new WifiTcpLink(EchoSettings(OnBoardSettings.EchoPort));
            Assert.IsTrue(link.Connect(FirstConnectMs), "connect: " + link.LastError);
            Assert.AreEqual(LinkState.Connected, link.State);
            RoundTrip(link, 1);

            link.Disconnect();
            Assert.AreEqual(LinkState.Disconnected, link.State);
            Assert.IsTrue(link.Connect(10000), "reconnect: " + link.LastError);
            RoundTrip(link, 2);
            Assert.AreEqual(2, link.Connections);
            link.Disconnect();
        }

        [TestMethod]
        public void Receive_with_nothing_to_read_returns_zero_after_the_timeout()
        {
            WifiTcpLink link = new WifiTcpLink(EchoSettings(OnBoardSettings.EchoPort));
            Assert.IsTrue(link.Connect(FirstConnectMs), "connect: " + link.LastError);

            long start = Environment.TickCount64;
            Assert.AreEqual(0, link.Receive(new byte[8], 0, 8, 500));
            long waited = Environment.TickCount64 - start;
            OutputHelper.WriteLine("empty receive waited " + waited.ToString() + " ms for 500 ms");
            Assert.IsTrue(waited >= 450 && waited < 2000, "waited " + waited.ToString() + " ms");
            link.Disconnect();
        }

        [TestMethod]
        public void Closed_port_fails_within_the_timeout()
        {
            WifiTcpLink link = new WifiTcpLink(EchoSettings(OnBoardSettings.ClosedPort));
            long start = Environment.TickCount64;
            Assert.IsFalse(link.Connect(FirstConnectMs));
            long waited = Environment.TickCount64 - start;
            OutputHelper.WriteLine("refused after " + waited.ToString() + " ms: " + link.LastError);
            Assert.IsTrue(waited <= FirstConnectMs + 1000, "waited " + waited.ToString() + " ms");
            Assert.AreEqual(LinkState.Disconnected, link.State);
        }

        [TestMethod]
        public void Signal_strength_is_reported_after_a_scan()
        {
            WifiTcpLink link = new WifiTcpLink(EchoSettings(OnBoardSettings.EchoPort));
            Assert.IsTrue(link.Connect(FirstConnectMs), "connect: " + link.LastError);
            link.StartSignalScan();
            long deadline = Environment.TickCount64 + 15000;
            while (link.SignalStrengthDbm == 0 && Environment.TickCount64 < deadline)
            {
                Thread.Sleep(200);
            }

            int rssi = link.SignalStrengthDbm;
            OutputHelper.WriteLine("RSSI of " + OnBoardSettings.WifiSsid + ": " + rssi.ToString() + " dBm");
            Assert.IsTrue(rssi < 0 && rssi > -100, "RSSI " + rssi.ToString());
            link.Disconnect();
        }

        private static WifiLinkSettings EchoSettings(int port)
        {
            return new WifiLinkSettings(OnBoardSettings.WifiSsid, OnBoardSettings.WifiPassword, OnBoardSettings.EchoHost, port);
        }

        private static void RoundTrip(WifiTcpLink link, int seed)
        {
            byte[] sent = new byte[64];
            for (int i = 0; i < sent.Length; i++)
            {
                sent[i] = (byte)(seed + i);
            }

            Assert.AreEqual(sent.Length, link.Send(sent, 0, sent.Length, 5000));
            byte[] received = new byte[sent.Length];
            int filled = 0;
            long deadline = Environment.TickCount64 + 5000;
            while (filled < received.Length && Environment.TickCount64 < deadline)
            {
                filled += link.Receive(received, filled, received.Length - filled, 1000);
            }

            Assert.AreEqual(sent.Length, filled, "echoed bytes");
            for (int i = 0; i < sent.Length; i++)
            {
                Assert.AreEqual(sent[i], received[i]);
            }
        }
    }
}
