using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The send contract of <see cref="INetworkLink"/> on the in-memory link: one write per call; not connected
    /// (InvalidOperationException) proves nothing left, a failed write (IOException) may have delivered part.
    /// </summary>
    [TestClass]
    public class InMemoryLinkTests
    {
        private static InMemoryLink Connected(RecordingEndpoint host)
        {
            var link = new InMemoryLink(new ManualClock(new DateTime(2026, 1, 1), true), host);
            Assert.IsTrue(link.Connect(1000));
            return link;
        }

        [TestMethod]
        public void A_send_is_one_delivery()
        {
            var host = new RecordingEndpoint();
            InMemoryLink link = Connected(host);
            Assert.AreEqual(8, link.Send(new byte[8], 0, 8, 1000));
            Assert.AreEqual(1, host.Deliveries);
            Assert.AreEqual(8, host.BytesReceived);
        }

        [TestMethod]
        public void Send_while_not_connected_is_refused_before_anything_leaves()
        {
            var host = new RecordingEndpoint();
            InMemoryLink link = Connected(host);
            link.Disconnect();
            Assert.ThrowsException(typeof(InvalidOperationException), () => link.Send(new byte[4], 0, 4, 1000));
            Assert.AreEqual(0, host.BytesReceived);
        }

        [TestMethod]
        public void Drop_at_zero_is_found_before_the_write()
        {
            var host = new RecordingEndpoint();
            InMemoryLink link = Connected(host);
            link.DropAfterSentBytes(0);
            Assert.ThrowsException(typeof(InvalidOperationException), () => link.Send(new byte[4], 0, 4, 1000));
            Assert.AreEqual(0, host.BytesReceived);
            Assert.AreEqual(0L, link.BytesSent);
            Assert.AreEqual((int)LinkState.Disconnected, (int)link.State);
        }

        [TestMethod]
        public void Drop_inside_a_write_delivers_the_bytes_before_it_and_is_an_io_error()
        {
            var host = new RecordingEndpoint();
            InMemoryLink link = Connected(host);
            link.DropAfterSentBytes(3);
            Assert.ThrowsException(typeof(IOException), () => link.Send(new byte[8], 0, 8, 1000));
            Assert.AreEqual(3, host.BytesReceived);
            Assert.AreEqual((int)LinkState.Disconnected, (int)link.State);
        }

        [TestMethod]
        public void Drop_at_the_end_of_a_write_stops_the_next_send_before_it_writes()
        {
            var host = new RecordingEndpoint();
            InMemoryLink link = Connected(host);
            link.DropAfterSentBytes(4);
            Assert.AreEqual(4, link.Send(new byte[4], 0, 4, 1000));
            Assert.ThrowsException(typeof(InvalidOperationException), () => link.Send(new byte[2], 0, 2, 1000));
            Assert.AreEqual(4, host.BytesReceived);
        }
    }
}
