using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="IDisplay"/> that keeps a copy of the last frame shown and renders it as ASCII art
    /// ('#' for a lit pixel, '.' for an unlit one), so tests and the console emulator can see the screen. Fault:
    /// <see cref="FailShows"/> makes frames fail as an SSD1306 that does not answer on its I2C bus.
    /// </summary>
    public sealed class FramebufferDisplay : IDisplay
    {
        /// <summary>The message of the <see cref="IOException"/> an injected failure throws, as the ESP32 driver's bus reports a NACK.</summary>
        public const string FailureMessage = "display did not acknowledge (I2C NACK)";

        private readonly MonochromeFramebuffer _lastFrame;
        private int _framesShown;
        private int _showsToFail;
        private int _failedShows;

        /// <summary>
        /// Creates a display whose screen starts blank.
        /// </summary>
        /// <param name="width">The width in pixels.</param>
        /// <param name="height">The height in pixels, a multiple of 8.</param>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range (see <see cref="MonochromeFramebuffer"/>).</exception>
        public FramebufferDisplay(int width, int height)
        {
            _lastFrame = new MonochromeFramebuffer(width, height);
        }

        /// <summary>Gets the width in pixels.</summary>
        public int Width
        {
            get { return _lastFrame.Width; }
        }

        /// <summary>Gets the height in pixels.</summary>
        public int Height
        {
            get { return _lastFrame.Height; }
        }

        /// <summary>Gets the number of frames shown since creation.</summary>
        public int FramesShown
        {
            get { return _framesShown; }
        }

        /// <summary>Gets the number of <see cref="Show"/> calls that failed by an injected fault.</summary>
        public int FailedShows
        {
            get { return _failedShows; }
        }

        /// <summary>Gets the copy of the last frame shown (blank before the first). Read it, do not draw on it.</summary>
        public MonochromeFramebuffer LastFrame
        {
            get { return _lastFrame; }
        }

        /// <summary>
        /// Copies a frame onto the simulated screen; later drawing on <paramref name="frame"/> does not show until it is shown again.
        /// </summary>
        /// <param name="frame">The frame, of the display's size.</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
        /// <exception cref="ArgumentException">The frame size differs from the display size.</exception>
        /// <exception cref="IOException">An injected failure (<see cref="FailShows"/>): the screen keeps the previous frame.</exception>
        public void Show(MonochromeFramebuffer frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (frame.Width != _lastFrame.Width || frame.Height != _lastFrame.Height)
            {
                throw new ArgumentException("Frame is " + frame.Width + "x" + frame.Height + " pixels; the display is " + _lastFrame.Width + "x" + _lastFrame.Height + ".");
            }

            if (_showsToFail > 0)
            {
                // As a panel that does not answer: nothing reaches the screen, which keeps what it showed.
                _showsToFail--;
                _failedShows++;
                throw new IOException(FailureMessage);
            }

            Array.Copy(frame.Buffer, _lastFrame.Buffer, _lastFrame.Buffer.Length);
            _framesShown++;
        }

        /// <summary>
        /// Makes the next <paramref name="count"/> calls of <see cref="Show"/> with a valid frame throw
        /// <see cref="IOException"/> with <see cref="FailureMessage"/>, as a display that does not acknowledge on its bus;
        /// later calls work again. Replaces any count still armed; 0 disarms.
        /// </summary>
        /// <param name="count">The number of shows to fail, 0 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public void FailShows(int count)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _showsToFail = count;
        }

        /// <summary>
        /// Renders the whole screen: one line per pixel row, top first, each line ended by '\n'.
        /// </summary>
        /// <returns>The ASCII art.</returns>
        public string RenderAscii()
        {
            return RenderAscii(0, 0, _lastFrame.Width, _lastFrame.Height);
        }

        /// <summary>
        /// Renders a rectangle of the screen (to look at one glyph or icon): one line per pixel row, each ended by '\n'.
        /// </summary>
        /// <param name="x">The left column in pixels.</param>
        /// <param name="y">The top row in pixels.</param>
        /// <param name="width">The width in pixels.</param>
        /// <param name="height">The height in pixels.</param>
        /// <returns>The ASCII art.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The rectangle is empty or not inside the screen.</exception>
        public string RenderAscii(int x, int y, int width, int height)
        {
            if (x < 0 || y < 0 || width < 1 || height < 1 || x > _lastFrame.Width - width || y > _lastFrame.Height - height)
            {
                throw new ArgumentOutOfRangeException("width", "The rectangle must be non-empty and inside the screen.");
            }

            char[] text = new char[(width + 1) * height];
            int i = 0;
            for (int row = y; row < y + height; row++)
            {
                for (int column = x; column < x + width; column++)
                {
                    text[i++] = _lastFrame.GetPixel(column, row) ? '#' : '.';
                }

                text[i++] = '\n';
            }

            return new string(text);
        }
    }
}
