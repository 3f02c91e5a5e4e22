using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>The fixed queue between the scan thread and the UI: order and loss accounting matter to the cashier.</summary>
    [TestClass]
    public class KeyEventQueueTests
    {
        [TestMethod]
        public void Events_come_out_first_in_first_out_across_the_wrap_around()
        {
            KeyEventQueue queue = new KeyEventQueue(3);
            for (int round = 0; round < 5; round++)
            {
                queue.Enqueue(new KeyEvent(Key.Digit1, KeyEventKind.Pressed, round * 10));
                queue.Enqueue(new KeyEvent(Key.Digit1, KeyEventKind.Released, (round * 10) + 1));

                Assert.AreEqual(2, queue.Count);
                KeyEvent first = queue.Dequeue();
                KeyEvent second = queue.Dequeue();
                Assert.AreEqual((long)(round * 10), first.TimestampMs);
                Assert.AreEqual((int)KeyEventKind.Pressed, (int)first.Kind);
                Assert.AreEqual((long)((round * 10) + 1), second.TimestampMs);
                Assert.AreEqual((int)KeyEventKind.Released, (int)second.Kind);
            }
        }

        [TestMethod]
        public void Empty_queue_returns_no_event()
        {
            KeyEventQueue queue = new KeyEventQueue(1);
            Assert.IsTrue(queue.Dequeue().IsNone);
        }

        [TestMethod]
        public void Full_queue_refuses_new_events_and_clear_keeps_the_loss_count()
        {
            KeyEventQueue queue = new KeyEventQueue(2);
            Assert.IsTrue(queue.Enqueue(new KeyEvent(Key.Digit1, KeyEventKind.Pressed, 1)));
            Assert.IsTrue(queue.Enqueue(new KeyEvent(Key.Digit2, KeyEventKind.Pressed, 2)));
            Assert.IsFalse(queue.Enqueue(new KeyEvent(Key.Digit3, KeyEventKind.Pressed, 3)));

            Assert.AreEqual(1, queue.Dropped);
            Assert.AreEqual((int)Key.Digit1, (int)queue.Dequeue().Key);

            queue.Clear();
            Assert.AreEqual(0, queue.Count);
            Assert.AreEqual(1, queue.Dropped);
            Assert.AreEqual(2, queue.Capacity);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new KeyEventQueue(0));
        }
    }
}
