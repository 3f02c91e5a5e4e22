using System;
using System.Device.I2c;
using nanoFramework.Hardware.Esp32;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="IDisplay"/> of the reference board: an SSD1306 OLED on I2C. The bytes come from the
    /// hardware-free <see cref="Ssd1306Protocol"/> (tested on the host); this class only opens the bus.
    /// </summary>
    /// <remarks>
    /// On the ESP32 any GPIO can carry I2C, so the constructor first routes the board's SDA and SCL pins to the
    /// bus with <see cref="Configuration.SetPinFunction"/>, then opens the device at the board's address in fast
    /// mode (400 kHz). A full 128x64 frame is 1024 bytes in 8 writes of 129 bytes plus one 7-byte window write,
    /// about 25 ms on the wire (calculated, not measured). The protocol's buffers are allocated here, once; <see cref="Show"/> allocates nothing.
    /// </remarks>
    public sealed class Ssd1306Display : IDisplay, IDisposable
    {
        private readonly I2cByteBus _bus;
        private readonly Ssd1306Protocol _protocol;

        /// <summary>
        /// Opens the display of a board, initialises it and leaves it on with a blank screen.
        /// </summary>
        /// <param name="board">The board configuration (I2C bus, pins, address, size, orientation).</param>
        /// <exception cref="ArgumentNullException"><paramref name="board"/> is null.</exception>
        /// <exception cref="ArgumentException">The board puts the display on an I2C bus other than 1 or 2, or has a
        /// size the SSD1306 does not drive.</exception>
        /// <exception cref="System.IO.IOException">The display did not answer (not fitted, wrong address, wiring).</exception>
        public Ssd1306Display(BoardConfiguration board)
            : this(board, Ssd1306Protocol.DefaultContrast)
        {
        }

        /// <summary>
        /// Opens the display of a board with a chosen contrast, initialises it and leaves it on with a blank screen.
        /// </summary>
        /// <param name="board">The board configuration (I2C bus, pins, address, size, orientation).</param>
        /// <param name="contrast">The contrast, 0 (dimmest) to 255.</param>
        /// <exception cref="ArgumentNullException"><paramref name="board"/> is null.</exception>
        /// <exception cref="ArgumentException">The board puts the display on an I2C bus other than 1 or 2, or has a
        /// size the SSD1306 does not drive.</exception>
        /// <exception cref="System.IO.IOException">The display did not answer (not fitted, wrong address, wiring).</exception>
        public Ssd1306Display(BoardConfiguration board, byte contrast)
        {
            if (board == null)
            {
                throw new ArgumentNullException("board");
            }

            if (board.DisplayWidth > Ssd1306Protocol.MaxWidth || board.DisplayHeight > Ssd1306Protocol.MaxHeight)
            {
                throw new ArgumentException("An SSD1306 drives at most 128x64 pixels.", "board");
            }

            RoutePins(board);
            I2cDevice device = I2cDevice.Create(new I2cConnectionSettings(board.I2cBusId, board.DisplayAddress, I2cBusSpeed.FastMode));
            _bus = new I2cByteBus(device);
            _protocol = new Ssd1306Protocol(
                _bus,
                board.DisplayWidth,
                board.DisplayHeight,
                board.DisplayFlipped,
                contrast,
                Ssd1306Protocol.DefaultDataBytesPerWrite);
            try
            {
                _protocol.Initialize();
            }
            catch (Exception)
            {
                // Free the bus, so that a retry (or a self-test that reports "no display") can open it again.
                _bus.Dispose();
                throw;
            }
        }

        /// <summary>Gets the width of the panel in pixels.</summary>
        public int Width
        {
            get { return _protocol.Width; }
        }

        /// <summary>Gets the height of the panel in pixels.</summary>
        public int Height
        {
            get { return _protocol.Height; }
        }

        /// <summary>Gets the number of I2C writes that failed since the display was opened (for the health report).</summary>
        public int FailedWrites
        {
            get { return _bus.FailedWrites; }
        }

        /// <summary>
        /// Sends a whole frame to the panel; returns when the last byte is on the bus.
        /// </summary>
        /// <param name="frame">The frame, of the panel's size.</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
        /// <exception cref="ArgumentException">The frame size differs from the panel size.</exception>
        /// <exception cref="System.IO.IOException">A write failed; the next frame starts again at the top left.</exception>
        public void Show(MonochromeFramebuffer frame)
        {
            _protocol.WriteFrame(frame);
        }

        /// <summary>
        /// Turns the panel on or off (sleep keeps the picture in the controller's memory and saves power).
        /// </summary>
        /// <param name="on">True to turn the panel on.</param>
        /// <exception cref="System.IO.IOException">The write failed.</exception>
        public void SetDisplayOn(bool on)
        {
            _protocol.SetDisplayOn(on);
        }

        /// <summary>
        /// Changes the contrast, for example to dim an idle terminal (OLED pixels age with brightness).
        /// </summary>
        /// <param name="contrast">The contrast, 0 (dimmest) to 255.</param>
        /// <exception cref="System.IO.IOException">The write failed.</exception>
        public void SetContrast(byte contrast)
        {
            _protocol.SetContrast(contrast);
        }

        /// <summary>
        /// Releases the I2C device; the panel keeps showing the last frame until power is removed.
        /// </summary>
        public void Dispose()
        {
            _bus.Dispose();
        }

        private static void RoutePins(BoardConfiguration board)
        {
            if (board.I2cBusId == 1)
            {
                Configuration.SetPinFunction(board.I2cDataPin, DeviceFunction.I2C1_DATA);
                Configuration.SetPinFunction(board.I2cClockPin, DeviceFunction.I2C1_CLOCK);
            }
            else if (board.I2cBusId == 2)
            {
                Configuration.SetPinFunction(board.I2cDataPin, DeviceFunction.I2C2_DATA);
                Configuration.SetPinFunction(board.I2cClockPin, DeviceFunction.I2C2_CLOCK);
            }
            else
            {
                throw new ArgumentException("The ESP32 has I2C buses 1 and 2 only.", "board");
            }
        }
    }
}
