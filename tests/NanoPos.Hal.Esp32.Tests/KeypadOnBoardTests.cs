using nanoFramework.TestFramework;

namespace NanoPos.Hal.Esp32.Tests
{
    /// <summary>
    /// The membrane keypad wired as on the reference board: a person presses the key the test asks for. Fails when no
    /// press arrives in time, so run it attended (see the README).
    /// </summary>
    [TestClass]
    public class KeypadOnBoardTests
    {
        private const int WaitMs = 10000;

        [TestMethod]
        public void Pressing_5_is_seen_within_10_seconds()
        {
            MatrixKeypad keypad = new MatrixKeypad(BoardConfiguration.ReferenceBoard());
            try
            {
                OutputHelper.WriteLine("press 5 within 10 s");
                KeyEvent seen = keypad.Poll(WaitMs);
                while (!seen.IsNone && (seen.Kind != KeyEventKind.Pressed || seen.Key != Key.Digit5))
                {
                    // Another key (or a release): report it, it helps find a swapped row or column, and keep waiting.
                    OutputHelper.WriteLine("saw key " + ((int)seen.Key).ToString() + ", kind " + ((int)seen.Kind).ToString() + "; waiting for 5");
                    seen = keypad.Poll(WaitMs);
                }

                Assert.IsFalse(seen.IsNone, "No press of 5 within 10 s: check the keypad wiring (rows GPIO 13, 12, 14, 27; columns GPIO 26, 25, 33, 32).");
            }
            finally
            {
                keypad.Dispose();
            }
        }
    }
}
