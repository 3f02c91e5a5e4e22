using nanoFramework.TestFramework;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Firmware.Tests
{
    /// <summary>The self-tests that need the technician: the display pages and the keypad walk.</summary>
    [TestClass]
    public class InteractiveSelfTestTests
    {
        [TestMethod]
        public void The_display_test_shows_every_page_and_passes_when_each_is_confirmed()
        {
            var display = new FramebufferDisplay(128, 64);
            var test = new DisplaySelfTest(display, new TwoPages());

            Assert.AreEqual((int)SelfTestStatus.Running, (int)test.Begin(0));
            Assert.AreEqual(128 * 64, Lit(display.LastFrame), "page 1 lights every pixel");
            Assert.AreEqual("1/5", test.Progress);
            test.HandleKey(Key.Enter, 100);
            Assert.AreEqual(128 * 64 / 2, Lit(display.LastFrame), "page 2 is a checkerboard");
            Assert.IsTrue(display.LastFrame.GetPixel(0, 0));
            test.HandleKey(Key.Enter, 200);
            Assert.IsFalse(display.LastFrame.GetPixel(0, 0), "page 3 is its inverse");
            test.HandleKey(Key.Enter, 300);
            Assert.IsTrue(display.LastFrame.GetPixel(1, 1), "page 4 comes from the glyph pages");
            Assert.AreEqual((int)SelfTestStatus.Running, (int)test.HandleKey(Key.Digit5, 350), "other keys change nothing");
            Assert.AreEqual((int)SelfTestStatus.Running, (int)test.HandleKey(Key.Enter, 400), "page 5");
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)test.HandleKey(Key.Enter, 450));
            Assert.AreEqual(5L, test.Result.Value);
            Assert.AreEqual(5, display.FramesShown);
        }

        [TestMethod]
        public void A_page_the_technician_rejects_fails_the_display_test_with_its_number()
        {
            var test = new DisplaySelfTest(new FramebufferDisplay(128, 64), null);
            test.Begin(0);
            test.HandleKey(Key.Enter, 10);

            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.HandleKey(Key.Digit0, 20));
            Assert.AreEqual((int)SelfTestReason.DisplayPageWrong, (int)test.Result.Reason);
            Assert.AreEqual(2L, test.Result.Value);
            Assert.AreEqual("pattern 2", test.Result.Detail);
        }

        [TestMethod]
        public void A_display_that_refuses_a_frame_fails_with_a_bus_error_on_that_page()
        {
            var display = new FramebufferDisplay(128, 64);
            var test = new DisplaySelfTest(display, null);
            test.Begin(0);
            display.FailShows(1);

            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.HandleKey(Key.Enter, 10));
            Assert.AreEqual((int)SelfTestReason.DisplayBusError, (int)test.Result.Reason);
            Assert.AreEqual(2L, test.Result.Value);
        }

        [TestMethod]
        public void Nobody_answering_fails_the_display_test_after_the_answer_timeout()
        {
            var test = new DisplaySelfTest(new FramebufferDisplay(128, 64), null);
            test.Begin(1000);

            Assert.AreEqual((int)SelfTestStatus.Running, (int)test.Tick(1000 + DisplaySelfTest.AnswerTimeoutMs - 1));
            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.Tick(1000 + DisplaySelfTest.AnswerTimeoutMs));
            Assert.AreEqual((int)SelfTestReason.DisplayNotConfirmed, (int)test.Result.Reason);
        }

        [TestMethod]
        public void The_keypad_walk_passes_when_all_sixteen_keys_arrived_in_any_order()
        {
            var test = new KeypadWalkSelfTest(KeyMap.Reference);
            test.Begin(0);
            Key[] keys = AllKeys();
            for (int i = keys.Length - 1; i > 0; i--)
            {
                Assert.AreEqual((int)SelfTestStatus.Running, (int)test.HandleKey(keys[i], i));
            }

            Assert.AreEqual("1", test.Progress);
            Assert.AreEqual((int)SelfTestStatus.Passed, (int)test.HandleKey(keys[0], 100));
            Assert.AreEqual(16L, test.Result.Value);
        }

        [TestMethod]
        public void A_dead_key_is_named_when_cancel_is_pressed_twice()
        {
            var test = new KeypadWalkSelfTest(KeyMap.Reference);
            test.Begin(0);
            Key[] keys = AllKeys();
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] != Key.Digit5 && keys[i] != Key.Enter)
                {
                    test.HandleKey(keys[i], i);
                }
            }

            Assert.AreEqual("5 #", test.Progress, "the keys still to press, by their printed labels");
            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.HandleKey(Key.Cancel, 100), "the second Cancel ends the walk");
            Assert.AreEqual((int)SelfTestReason.KeysMissing, (int)test.Result.Reason);
            Assert.AreEqual(2L, test.Result.Value);
            Assert.AreEqual("5 #", test.Result.Detail);
        }

        [TestMethod]
        public void The_keypad_walk_fails_when_no_new_key_comes_in_time()
        {
            var test = new KeypadWalkSelfTest(KeyMap.Reference);
            test.Begin(0);
            test.HandleKey(Key.Digit1, 1000);
            test.HandleKey(Key.Digit1, 20000);

            Assert.AreEqual((int)SelfTestStatus.Running, (int)test.Tick(1000 + KeypadWalkSelfTest.IdleTimeoutMs - 1), "a repeated key is no progress, but the wait counts from the last new key");
            Assert.AreEqual((int)SelfTestStatus.Failed, (int)test.Tick(1000 + KeypadWalkSelfTest.IdleTimeoutMs));
            Assert.AreEqual(15L, test.Result.Value);
        }

        private static Key[] AllKeys()
        {
            Key[] keys = new Key[KeyMap.Positions];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = KeyMap.Reference.GetKey(i / KeyMap.Columns, i % KeyMap.Columns);
            }

            return keys;
        }

        private static int Lit(MonochromeFramebuffer frame)
        {
            int lit = 0;
            for (int y = 0; y < frame.Height; y++)
            {
                for (int x = 0; x < frame.Width; x++)
                {
                    lit += frame.GetPixel(x, y) ? 1 : 0;
                }
            }

            return lit;
        }

        private sealed class TwoPages : IDisplayPages
        {
            public int PageCount
            {
                get { return 2; }
            }

            public void DrawPage(int page, MonochromeFramebuffer frame)
            {
                frame.SetPixel(1, 1, true);
            }
        }
    }
}
