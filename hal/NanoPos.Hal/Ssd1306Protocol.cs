using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// The byte protocol of an SSD1306 OLED controller on I2C, without the bus: it writes the initialisation
    /// sequence, whole frames and a few settings into an <see cref="IByteBus"/>. The ESP32 display driver gives it
    /// the real I2C device; host tests give it a recording fake and check every byte.
    /// </summary>
    /// <remarks>
    /// <para>Every bus write starts with the SSD1306 control byte: <see cref="CommandControl"/> (0x00, the rest of
    /// the write is commands) or <see cref="DataControl"/> (0x40, the rest is display memory).</para>
    /// <para>The controller is set to horizontal addressing. A frame is sent as one command write that sets the
    /// column window 0..Width-1 and the page window 0..Pages-1, followed by the framebuffer bytes in order, at most
    /// <see cref="DataBytesPerWrite"/> per write. <see cref="MonochromeFramebuffer"/> already has the controller's
    /// page layout, so its buffer goes out as it is.</para>
    /// <para>Orientation: not flipped is segment remap on (0xA1) and COM scan from COM[N-1] (0xC8), which puts
    /// pixel (0, 0) at the top left of the usual 0.96" module with its pins at the top; flipped (mounted upside
    /// down) is 0xA0 and 0xC0, a 180 degree rotation done by the controller, so frames are never rewritten.</para>
    /// <para>Buffers are allocated once in the constructor; nothing is allocated per frame.</para>
    /// </remarks>
    public sealed class Ssd1306Protocol
    {
        /// <summary>The control byte that marks the rest of a write as commands.</summary>
        public const byte CommandControl = 0x00;

        /// <summary>The control byte that marks the rest of a write as display memory data.</summary>
        public const byte DataControl = 0x40;

        /// <summary>The default contrast (0xCF, the usual value with the internal charge pump).</summary>
        public const byte DefaultContrast = 0xCF;

        /// <summary>The default number of display memory bytes per bus write: one 128-column page.</summary>
        public const int DefaultDataBytesPerWrite = 128;

        /// <summary>The widest panel the controller drives, in pixels.</summary>
        public const int MaxWidth = 128;

        /// <summary>The tallest panel the controller drives, in pixels.</summary>
        public const int MaxHeight = 64;

        private readonly IByteBus _bus;
        private readonly int _width;
        private readonly int _height;
        private readonly bool _flipped;
        private readonly byte _contrast;
        private readonly byte[] _command = new byte[32];
        private readonly byte[] _data;

        /// <summary>
        /// Creates the protocol with the default contrast and write size.
        /// </summary>
        /// <param name="bus">The bus to the controller.</param>
        /// <param name="width">The panel width in pixels, 1 to 128.</param>
        /// <param name="height">The panel height in pixels, a multiple of 8 from 8 to 64.</param>
        /// <param name="flipped">True when the panel is mounted upside down.</param>
        /// <exception cref="ArgumentNullException"><paramref name="bus"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        public Ssd1306Protocol(IByteBus bus, int width, int height, bool flipped)
            : this(bus, width, height, flipped, DefaultContrast, DefaultDataBytesPerWrite)
        {
        }

        /// <summary>
        /// Creates the protocol.
        /// </summary>
        /// <param name="bus">The bus to the controller.</param>
        /// <param name="width">The panel width in pixels, 1 to 128.</param>
        /// <param name="height">The panel height in pixels, a multiple of 8 from 8 to 64.</param>
        /// <param name="flipped">True when the panel is mounted upside down.</param>
        /// <param name="contrast">The contrast sent by <see cref="Initialize"/>, 0 (dimmest) to 255.</param>
        /// <param name="dataBytesPerWrite">The most display memory bytes per bus write (the control byte comes on top),
        /// 1 to 1024; smaller suits I2C drivers with small transfer buffers, larger needs fewer transactions.</param>
        /// <exception cref="ArgumentNullException"><paramref name="bus"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        public Ssd1306Protocol(IByteBus bus, int width, int height, bool flipped, byte contrast, int dataBytesPerWrite)
        {
            if (bus == null)
            {
                throw new ArgumentNullException("bus");
            }

            if (width < 1 || width > MaxWidth)
            {
                throw new ArgumentOutOfRangeException("width");
            }

            if (height < 8 || height > MaxHeight || (height % 8) != 0)
            {
                throw new ArgumentOutOfRangeException("height");
            }

            if (dataBytesPerWrite < 1 || dataBytesPerWrite > 1024)
            {
                throw new ArgumentOutOfRangeException("dataBytesPerWrite");
            }

            _bus = bus;
            _width = width;
            _height = height;
            _flipped = flipped;
            _contrast = contrast;
            _data = new byte[dataBytesPerWrite + 1];
            _data[0] = DataControl;
        }

        /// <summary>Gets the panel width in pixels.</summary>
        public int Width
        {
            get { return _width; }
        }

        /// <summary>Gets the panel height in pixels.</summary>
        public int Height
        {
            get { return _height; }
        }

        /// <summary>Gets a value indicating whether the panel is driven rotated by 180 degrees.</summary>
        public bool Flipped
        {
            get { return _flipped; }
        }

        /// <summary>Gets the most display memory bytes sent per bus write.</summary>
        public int DataBytesPerWrite
        {
            get { return _data.Length - 1; }
        }

        /// <summary>
        /// Brings the controller up: one command write with the whole configuration (display still off), then a
        /// blank frame, so the random power-up memory is never seen, then one command write that turns the display on.
        /// </summary>
        /// <remarks>
        /// The configuration write for a 128x64 panel, not flipped, default contrast is
        /// <c>00 AE D5 80 A8 3F D3 00 40 8D 14 20 00 A1 C8 DA 12 81 CF D9 F1 DB 40 2E A4 A6</c>: display off, clock
        /// divider, multiplex = height - 1, no offset, start line 0, charge pump on, horizontal addressing,
        /// orientation (see the class remarks), COM pins (0x12 for 64 rows, 0x02 otherwise), contrast, pre-charge,
        /// VCOMH level, scrolling off (a warm restart keeps the panel powered and a scroll running), display
        /// follows memory, not inverted. The display-on write is <c>00 AF</c>.
        /// </remarks>
        /// <exception cref="System.IO.IOException">The bus reported a failed transfer.</exception>
        public void Initialize()
        {
            int n = 0;
            _command[n++] = CommandControl;
            _command[n++] = 0xAE;
            _command[n++] = 0xD5;
            _command[n++] = 0x80;
            _command[n++] = 0xA8;
            _command[n++] = (byte)(_height - 1);
            _command[n++] = 0xD3;
            _command[n++] = 0x00;
            _command[n++] = 0x40;
            _command[n++] = 0x8D;
            _command[n++] = 0x14;
            _command[n++] = 0x20;
            _command[n++] = 0x00;
            _command[n++] = _flipped ? (byte)0xA0 : (byte)0xA1;
            _command[n++] = _flipped ? (byte)0xC0 : (byte)0xC8;
            _command[n++] = 0xDA;
            _command[n++] = _height == 64 ? (byte)0x12 : (byte)0x02;
            _command[n++] = 0x81;
            _command[n++] = _contrast;
            _command[n++] = 0xD9;
            _command[n++] = 0xF1;
            _command[n++] = 0xDB;
            _command[n++] = 0x40;
            _command[n++] = 0x2E;
            _command[n++] = 0xA4;
            _command[n++] = 0xA6;
            _bus.Write(_command, 0, n);

            WriteWindow();
            Array.Clear(_data, 1, _data.Length - 1);
            int remaining = _width * (_height / 8);
            while (remaining > 0)
            {
                int count = remaining < _data.Length - 1 ? remaining : _data.Length - 1;
                _bus.Write(_data, 0, count + 1);
                remaining -= count;
            }

            SetDisplayOn(true);
        }

        /// <summary>
        /// Sends a whole frame: the address window (<c>00 21 00 W-1 22 00 P-1</c>), then the framebuffer bytes in
        /// writes of at most <see cref="DataBytesPerWrite"/> bytes, each preceded by <see cref="DataControl"/>.
        /// </summary>
        /// <param name="frame">The frame, of the panel's size.</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
        /// <exception cref="ArgumentException">The frame size differs from the panel size.</exception>
        /// <exception cref="System.IO.IOException">The bus reported a failed transfer.</exception>
        public void WriteFrame(MonochromeFramebuffer frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (frame.Width != _width || frame.Height != _height)
            {
                throw new ArgumentException("Frame is " + frame.Width + "x" + frame.Height + " pixels; the panel is " + _width + "x" + _height + ".");
            }

            WriteWindow();
            byte[] pixels = frame.Buffer;
            int chunk = _data.Length - 1;
            for (int offset = 0; offset < pixels.Length; offset += chunk)
            {
                int count = pixels.Length - offset < chunk ? pixels.Length - offset : chunk;
                Array.Copy(pixels, offset, _data, 1, count);
                _bus.Write(_data, 0, count + 1);
            }
        }

        /// <summary>
        /// Turns the panel on (<c>00 AF</c>) or off (<c>00 AE</c>, sleep: display memory is kept, the charge pump stops).
        /// </summary>
        /// <param name="on">True to turn the panel on.</param>
        /// <exception cref="System.IO.IOException">The bus reported a failed transfer.</exception>
        public void SetDisplayOn(bool on)
        {
            _command[0] = CommandControl;
            _command[1] = on ? (byte)0xAF : (byte)0xAE;
            _bus.Write(_command, 0, 2);
        }

        /// <summary>
        /// Sets the contrast (<c>00 81 value</c>), for example to dim the panel when the terminal is idle.
        /// </summary>
        /// <param name="contrast">The contrast, 0 (dimmest) to 255.</param>
        /// <exception cref="System.IO.IOException">The bus reported a failed transfer.</exception>
        public void SetContrast(byte contrast)
        {
            _command[0] = CommandControl;
            _command[1] = 0x81;
            _command[2] = contrast;
            _bus.Write(_command, 0, 3);
        }

        private void WriteWindow()
        {
            // Setting the window before every frame puts the write pointer back at (0, 0) even if an earlier
            // transfer was cut short, so one bad frame never shifts the next.
            _command[0] = CommandControl;
            _command[1] = 0x21;
            _command[2] = 0x00;
            _command[3] = (byte)(_width - 1);
            _command[4] = 0x22;
            _command[5] = 0x00;
            _command[6] = (byte)((_height / 8) - 1);
            _bus.Write(_command, 0, 7);
        }
    }
}
