using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>The scripted keypad drives every UI flow test; lost or reordered keys would make them lie.</summary>
    [TestClass]
    public class ScriptedKeypadTests
    {
        [TestMethod]
        public void Events_come_out_in_script_order_with_kind_and_time()
        {
            ScriptedKeypad keypad = new ScriptedKeypad();
            keypad.Enqueue(new KeyEvent(Key.Digit5, KeyEventKind.Pressed, 100));
            keypad.Enqueue(new KeyEvent(Key.Clear, KeyEventKind.LongPressed, 900));

            KeyEvent first = keypad.Poll(0);
            KeyEvent second = keypad.Poll(0);

            Assert.AreEqual((int)Key.Digit5, (int)first.Key);
            Assert.AreEqual((int)KeyEventKind.Pressed, (int)first.Kind);
            Assert.AreEqual(100L, first.TimestampMs);
            Assert.AreEqual((int)Key.Clear, (int)second.Key);
            Assert.AreEqual((int)KeyEventKind.LongPressed, (int)second.Kind);
            Assert.AreEqual(900L, second.TimestampMs);
        }

        [TestMethod]
        public void Empty_script_returns_no_event_without_waiting()
        {
            ScriptedKeypad keypad = new ScriptedKeypad();
            KeyEvent none = keypad.Poll(60000);

            Assert.IsTrue(none.IsNone);
            Assert.AreEqual(0, keypad.Pending);
        }

        [TestMethod]
        public void Tap_is_a_press_then_a_release()
        {
            ScriptedKeypad keypad = new ScriptedKeypad();
            keypad.EnqueueTap(Key.Enter, 42);

            Assert.AreEqual(2, keypad.Pending);
            Assert.AreEqual((int)KeyEventKind.Pressed, (int)keypad.Poll(0).Kind);
            KeyEvent release = keypad.Poll(0);
            Assert.AreEqual((int)Key.Enter, (int)release.Key);
            Assert.AreEqual((int)KeyEventKind.Released, (int)release.Kind);
            Assert.IsTrue(keypad.Poll(0).IsNone);
        }

        [TestMethod]
        public void Negative_timeout_is_refused_as_the_contract_says()
        {
            ScriptedKeypad keypad = new ScriptedKeypad();
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => keypad.Poll(-1));
        }
    }
}
