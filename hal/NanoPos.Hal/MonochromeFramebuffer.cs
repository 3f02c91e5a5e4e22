using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// A 1-bit-per-pixel image laid out like SSD1306 display memory, so a driver can send
    /// <see cref="Buffer"/> to the panel as it is.
    /// </summary>
    /// <remarks>
    /// The image is cut into pages of 8 pixel rows. Byte <c>(y / 8) * Width + x</c> holds column x of
    /// page y / 8, and bit <c>y % 8</c> of that byte (bit 0 = top row of the page) is pixel (x, y);
    /// 1 means lit. Drawing outside the image is clipped, never wrapped into a neighbouring page.
    /// </remarks>
    public sealed class MonochromeFramebuffer
    {
        private readonly int _width;
        private readonly int _height;
        private readonly byte[] _buffer;

        /// <summary>
        /// Creates a blank (all pixels off) framebuffer.
        /// </summary>
        /// <param name="width">The width in pixels, at least 1.</param>
        /// <param name="height">The height in pixels, a positive multiple of 8 (the page height).</param>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        public MonochromeFramebuffer(int width, int height)
        {
            if (width < 1)
            {
                throw new ArgumentOutOfRangeException("width");
            }

            if (height < 8 || (height % 8) != 0)
            {
                throw new ArgumentOutOfRangeException("height", "The height must be a positive multiple of 8 pixels.");
            }

            _width = width;
            _height = height;
            _buffer = new byte[width * (height / 8)];
        }

        /// <summary>Gets the width in pixels.</summary>
        public int Width
        {
            get { return _width; }
        }

        /// <summary>Gets the height in pixels.</summary>
        public int Height
        {
            get { return _height; }
        }

        /// <summary>
        /// Gets the raw display memory (Width * Height / 8 bytes, page layout described on the class).
        /// Drivers send it to the panel; it is the live buffer, not a copy, so writes show up in the image.
        /// </summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>
        /// Turns one pixel on or off. A pixel outside the image is ignored, so text and shapes may run off the edge.
        /// </summary>
        /// <param name="x">The column in pixels, 0 at the left.</param>
        /// <param name="y">The row in pixels, 0 at the top.</param>
        /// <param name="on">True to light the pixel.</param>
        public void SetPixel(int x, int y, bool on)
        {
            if (x < 0 || y < 0 || x >= _width || y >= _height)
            {
                return;
            }

            int index = ((y >> 3) * _width) + x;
            byte mask = (byte)(1 << (y & 7));
            if (on)
            {
                _buffer[index] |= mask;
            }
            else
            {
                _buffer[index] &= (byte)~mask;
            }
        }

        /// <summary>
        /// Reads one pixel.
        /// </summary>
        /// <param name="x">The column in pixels, 0 at the left.</param>
        /// <param name="y">The row in pixels, 0 at the top.</param>
        /// <returns>True when the pixel is lit; false when it is off or outside the image.</returns>
        public bool GetPixel(int x, int y)
        {
            if (x < 0 || y < 0 || x >= _width || y >= _height)
            {
                return false;
            }

            return (_buffer[((y >> 3) * _width) + x] & (1 << (y & 7))) != 0;
        }

        /// <summary>
        /// Turns every pixel off.
        /// </summary>
        public void Clear()
        {
            Array.Clear(_buffer, 0, _buffer.Length);
        }

        /// <summary>
        /// Sets every pixel of a rectangle; the part outside the image is clipped.
        /// </summary>
        /// <param name="x">The left column in pixels (may be negative).</param>
        /// <param name="y">The top row in pixels (may be negative).</param>
        /// <param name="width">The width in pixels; 0 or less draws nothing.</param>
        /// <param name="height">The height in pixels; 0 or less draws nothing.</param>
        /// <param name="on">True to light the pixels, false to turn them off.</param>
        public void FillRectangle(int x, int y, int width, int height, bool on)
        {
            if (width <= 0 || height <= 0)
            {
                return;
            }

            // Clip in long arithmetic so that huge sizes near int.MaxValue cannot overflow into a wrong box.
            long right = (long)x + width;
            long bottom = (long)y + height;
            int x0 = x < 0 ? 0 : x;
            int y0 = y < 0 ? 0 : y;
            int x1 = right > _width ? _width : (int)right;
            int y1 = bottom > _height ? _height : (int)bottom;

            for (int row = y0; row < y1; row++)
            {
                int pageStart = (row >> 3) * _width;
                byte mask = (byte)(1 << (row & 7));
                for (int column = x0; column < x1; column++)
                {
                    if (on)
                    {
                        _buffer[pageStart + column] |= mask;
                    }
                    else
                    {
                        _buffer[pageStart + column] &= (byte)~mask;
                    }
                }
            }
        }
    }
}
