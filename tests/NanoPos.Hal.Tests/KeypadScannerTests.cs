using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// Debounce, decoding and the multiple-key rules of the keypad scanner, fed by hand with matrix samples the way
    /// the ESP32 scan loop feeds it every 10 ms. Events are written as label and time: "+5@30" is 5 pressed at 30 ms,
    /// "!5@830" its long press, "-5@900" its release.
    /// </summary>
    [TestClass]
    public class KeypadScannerTests
    {
        private const int Step = 10;

        [TestMethod]
        public void Press_is_reported_once_it_has_been_stable_for_the_debounce_time()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int five = KeypadScanner.BitOf(1, 1);

            Hold(scanner, five, 0, 20);
            Assert.AreEqual(string.Empty, Drain(scanner), "before 30 ms");

            Hold(scanner, five, 30, 30);
            Assert.AreEqual("+5@30", Drain(scanner));
        }

        [TestMethod]
        public void Bounce_restarts_the_wait_and_a_short_glitch_is_never_a_key()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int five = KeypadScanner.BitOf(1, 1);

            scanner.Sample(five, 0);
            scanner.Sample(0, 5);
            Hold(scanner, five, 10, 30);
            Assert.AreEqual(string.Empty, Drain(scanner), "the contact bounced at 5 ms, so 30 ms is counted from 10 ms");
            Hold(scanner, five, 40, 40);
            Assert.AreEqual("+5@40", Drain(scanner));

            KeypadScanner other = new KeypadScanner(KeyMap.Reference);
            Hold(other, five, 0, 20);
            Hold(other, 0, 30, 200);
            Assert.AreEqual(string.Empty, Drain(other), "20 ms of contact is noise");
        }

        [TestMethod]
        public void Release_is_debounced_too()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int hash = KeypadScanner.BitOf(3, 2);

            Hold(scanner, hash, 0, 100);
            Hold(scanner, 0, 110, 130);
            Assert.AreEqual("+#@30", Drain(scanner));
            Hold(scanner, 0, 140, 140);
            Assert.AreEqual("-#@140", Drain(scanner));
        }

        [TestMethod]
        public void Every_position_decodes_through_the_key_map()
        {
            for (int row = 0; row < KeyMap.Rows; row++)
            {
                for (int column = 0; column < KeyMap.Columns; column++)
                {
                    KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
                    Hold(scanner, KeypadScanner.BitOf(row, column), 0, 30);
                    KeyEvent e = scanner.ReadEvent();
                    Assert.AreEqual((int)KeyMap.Reference.GetKey(row, column), (int)e.Key, "row " + row + " column " + column);
                    Assert.AreEqual((int)KeyEventKind.Pressed, (int)e.Kind);
                }
            }
        }

        [TestMethod]
        public void Long_press_comes_once_and_a_held_key_never_repeats()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int clear = KeypadScanner.BitOf(3, 3);

            Hold(scanner, clear, 0, 5000);
            Hold(scanner, 0, 5010, 5040);

            Assert.AreEqual("+D@30 !D@830 -D@5040", Drain(scanner));
        }

        [TestMethod]
        public void Two_key_rollover_keeps_every_digit_of_fast_typing()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int one = KeypadScanner.BitOf(0, 0);
            int two = KeypadScanner.BitOf(0, 1);

            Hold(scanner, one, 0, 60);
            Hold(scanner, one | two, 70, 120);
            Hold(scanner, two, 130, 180);
            Hold(scanner, 0, 190, 240);

            Assert.AreEqual("+1@30 +2@100 -1@160 -2@220", Drain(scanner));
        }

        [TestMethod]
        public void Cancel_and_Enter_together_arrive_as_two_presses_without_a_release_between()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int both = KeypadScanner.BitOf(3, 0) | KeypadScanner.BitOf(3, 2);

            Hold(scanner, both, 0, 30);

            Assert.AreEqual("+*@30 +#@30", Drain(scanner));
        }

        [TestMethod]
        public void Keys_that_may_be_ghosts_are_never_reported()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int one = KeypadScanner.BitOf(0, 0);
            int two = KeypadScanner.BitOf(0, 1);
            int four = KeypadScanner.BitOf(1, 0);
            int ghostFive = KeypadScanner.BitOf(1, 1);

            // 1 and 2 are held; pressing 4 closes the rectangle and 5 reads closed as well, though nobody touched it.
            Hold(scanner, one | two, 0, 50);
            Hold(scanner, one | two | four | ghostFive, 60, 200);
            Hold(scanner, one | two, 210, 300);
            Hold(scanner, 0, 310, 400);

            Assert.AreEqual("+1@30 +2@30 -1@340 -2@340", Drain(scanner));
        }

        [TestMethod]
        public void Third_key_is_ignored_until_it_is_pressed_again_alone()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int one = KeypadScanner.BitOf(0, 0);
            int two = KeypadScanner.BitOf(0, 1);
            int nine = KeypadScanner.BitOf(2, 2);

            Hold(scanner, one | two, 0, 50);
            Hold(scanner, one | two | nine, 60, 500);
            Hold(scanner, nine, 510, 600);
            Hold(scanner, 0, 610, 700);
            Hold(scanner, nine, 710, 750);

            Assert.AreEqual("+1@30 +2@30 -1@540 -2@540 +9@740", Drain(scanner));
        }

        [TestMethod]
        public void Stuck_key_is_counted_once_per_hold_not_per_scan()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int enter = KeypadScanner.BitOf(3, 2);

            Hold(scanner, enter, 0, 30000);
            Assert.AreEqual(1, scanner.StuckReports);
            Assert.AreEqual(enter, scanner.StuckMask);
            Assert.AreEqual("+#@30 !#@830", Drain(scanner), "30 s of a shorted key give two events, not a flood");

            Hold(scanner, 0, 30010, 30040);
            Assert.AreEqual(0, scanner.StuckMask);
            Assert.AreEqual("-#@30040", Drain(scanner));

            Hold(scanner, enter, 30050, 45000);
            Assert.AreEqual(2, scanner.StuckReports);
        }

        [TestMethod]
        public void Position_without_a_key_stays_silent()
        {
            Key[] keys = new Key[KeyMap.Positions];
            string[] labels = StringArray.Create(KeyMap.Positions);
            keys[0] = Key.Digit1;
            labels[0] = "1";
            KeypadScanner scanner = new KeypadScanner(new KeyMap(keys, labels));

            Hold(scanner, KeypadScanner.BitOf(2, 2), 0, 1000);
            Hold(scanner, 0, 1010, 1100);

            Assert.AreEqual(0, scanner.PendingEvents);
        }

        [TestMethod]
        public void Full_queue_keeps_the_oldest_events_and_counts_the_lost_ones()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference, 0, 800, 10000, 2);
            int three = KeypadScanner.BitOf(0, 2);

            Assert.AreEqual(1, scanner.Sample(three, 0));
            Assert.AreEqual(1, scanner.Sample(0, 10));
            Assert.AreEqual(0, scanner.Sample(three, 20), "the queue is full");

            Assert.AreEqual(1, scanner.DroppedEvents);
            Assert.AreEqual("+3@0 -3@10", Drain(scanner));
        }

        [TestMethod]
        public void Zero_debounce_accepts_the_sample_that_shows_the_change()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference, 0, 800, 10000, 8);
            scanner.Sample(KeypadScanner.BitOf(0, 3), 7);
            scanner.Sample(0, 9);

            Assert.AreEqual("+A@7 -A@9", Drain(scanner));
        }

        [TestMethod]
        public void Clock_going_back_counts_as_no_time_passing()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            int six = KeypadScanner.BitOf(1, 2);

            scanner.Sample(six, 1000);
            scanner.Sample(six, 500);
            Assert.AreEqual(0, scanner.PendingEvents);
            scanner.Sample(six, 1030);
            Assert.AreEqual("+6@1030", Drain(scanner));
        }

        [TestMethod]
        public void Bad_samples_and_settings_are_refused()
        {
            KeypadScanner scanner = new KeypadScanner(KeyMap.Reference);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => scanner.Sample(0x10000, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => scanner.Sample(-1, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => KeypadScanner.BitOf(4, 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new KeypadScanner(null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new KeypadScanner(KeyMap.Reference, -1, 800, 10000, 8));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new KeypadScanner(KeyMap.Reference, 30, 800, 700, 8));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new KeypadScanner(KeyMap.Reference, 30, 800, 10000, 0));
        }

        /// <summary>Samples the same mask every 10 ms from <paramref name="fromMs"/> to <paramref name="toMs"/> inclusive.</summary>
        private static void Hold(KeypadScanner scanner, int mask, long fromMs, long toMs)
        {
            for (long t = fromMs; t <= toMs; t += Step)
            {
                scanner.Sample(mask, t);
            }
        }

        /// <summary>Reads every queued event as "+label@ms" (pressed), "!label@ms" (long) or "-label@ms" (released).</summary>
        private static string Drain(KeypadScanner scanner)
        {
            string text = string.Empty;
            KeyEvent e = scanner.ReadEvent();
            while (!e.IsNone)
            {
                string sign = e.Kind == KeyEventKind.Pressed ? "+" : e.Kind == KeyEventKind.Released ? "-" : "!";
                text += (text.Length == 0 ? string.Empty : " ") + sign + KeyMap.Reference.GetLabel(e.Key) + "@" + e.TimestampMs;
                e = scanner.ReadEvent();
            }

            return text;
        }
    }
}
