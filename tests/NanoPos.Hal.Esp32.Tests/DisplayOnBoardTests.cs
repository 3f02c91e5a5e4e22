using System.Threading;
using nanoFramework.TestFramework;

namespace NanoPos.Hal.Esp32.Tests
{
    /// <summary>
    /// The SSD1306 OLED wired as on the reference board: initialisation and a test pattern a person checks by eye.
    /// Passes when the display answered every transfer; what it shows is judged by QA (see the README).
    /// </summary>
    [TestClass]
    public class DisplayOnBoardTests
    {
        private const int ShowMs = 5000;

        [TestMethod]
        public void Test_pattern_reaches_the_display()
        {
            Ssd1306Display display = new Ssd1306Display(BoardConfiguration.ReferenceBoard());
            try
            {
                MonochromeFramebuffer frame = new MonochromeFramebuffer(display.Width, display.Height);
                DrawPattern(frame);
                display.Show(frame);
                OutputHelper.WriteLine("display: a 1-pixel border, a filled square top left, and a checkerboard in the right half; shown for 5 s");
                Thread.Sleep(ShowMs);
                Assert.AreEqual(0, display.FailedWrites, "I2C transfers the display did not acknowledge");

                frame.Clear();
                display.Show(frame);
                Assert.AreEqual(0, display.FailedWrites);
            }
            finally
            {
                display.Dispose();
            }
        }

        private static void DrawPattern(MonochromeFramebuffer frame)
        {
            int w = frame.Width;
            int h = frame.Height;
            frame.FillRectangle(0, 0, w, 1, true);
            frame.FillRectangle(0, h - 1, w, 1, true);
            frame.FillRectangle(0, 0, 1, h, true);
            frame.FillRectangle(w - 1, 0, 1, h, true);

            // A filled square shows orientation (it must be top left); the checkerboard shows every pixel can switch.
            frame.FillRectangle(4, 4, 16, 16, true);
            for (int y = 2; y < h - 2; y++)
            {
                for (int x = w / 2; x < w - 2; x++)
                {
                    frame.SetPixel(x, y, ((x / 4) + (y / 4)) % 2 == 0);
                }
            }
        }
    }
}
