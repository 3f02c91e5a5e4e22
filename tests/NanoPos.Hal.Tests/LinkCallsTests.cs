using System;
using nanoFramework.TestFramework;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The checks and timeout arithmetic every network link shares, so all links refuse the same calls alike.
    /// </summary>
    [TestClass]
    public class LinkCallsTests
    {
        [TestMethod]
        public void Connect_needs_a_positive_timeout()
        {
            LinkCalls.CheckConnect(1);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => LinkCalls.CheckConnect(0));
        }

        [TestMethod]
        public void Send_checks_range_and_timeout()
        {
            byte[] buffer = new byte[4];
            LinkCalls.CheckSend(buffer, 4, 0, 1);
            LinkCalls.CheckSend(buffer, 0, 4, 1);
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckSend(null, 0, 0, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckSend(buffer, 1, 4, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckSend(buffer, -1, 1, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckSend(buffer, 0, 4, 0));
        }

        [TestMethod]
        public void Only_a_connected_link_may_touch_its_connection()
        {
            LinkCalls.RequireConnected(LinkState.Connected);
            Assert.ThrowsException(typeof(InvalidOperationException), () => LinkCalls.RequireConnected(LinkState.Disconnected));
            Assert.ThrowsException(typeof(InvalidOperationException), () => LinkCalls.RequireConnected(LinkState.Connecting));
        }

        [TestMethod]
        public void Receive_needs_room_for_a_byte_and_allows_a_zero_timeout()
        {
            byte[] buffer = new byte[4];
            LinkCalls.CheckReceive(buffer, 3, 1, 0);
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckReceive(buffer, 0, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckReceive(buffer, 4, 1, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => LinkCalls.CheckReceive(buffer, 0, 1, -1));
        }

        [TestMethod]
        public void Remaining_time_never_goes_negative_or_overflows()
        {
            Assert.AreEqual(250, LinkCalls.RemainingMs(1250, 1000));
            Assert.AreEqual(0, LinkCalls.RemainingMs(1000, 1000));
            Assert.AreEqual(0, LinkCalls.RemainingMs(1000, 5000));
            Assert.AreEqual(int.MaxValue, LinkCalls.RemainingMs(long.MaxValue, 0));
        }

        [TestMethod]
        public void Poll_microseconds_are_clamped_to_what_an_int_holds()
        {
            Assert.AreEqual(0, LinkCalls.ToPollMicroseconds(0));
            Assert.AreEqual(0, LinkCalls.ToPollMicroseconds(-5));
            Assert.AreEqual(30000000, LinkCalls.ToPollMicroseconds(30000));
            Assert.AreEqual(LinkCalls.MaxPollMs * 1000, LinkCalls.ToPollMicroseconds(int.MaxValue));
            Assert.IsTrue(LinkCalls.ToPollMicroseconds(int.MaxValue) > 0);
        }
    }
}
