using System;
using NanoPos.Hal;

namespace NanoPos.Ui.Text
{
    /// <summary>
    /// Draws text into a <see cref="MonochromeFramebuffer"/>: 8x16 ASCII and 16x16 CJK glyphs mixed in one string,
    /// single lines (optionally highlighted in inverse video) and wrapped blocks that report overflow for scrolling.
    /// </summary>
    /// <remarks>
    /// Glyphs are opaque: every pixel of a character's 16-pixel-high cell is written (lit or off), so a redraw needs no
    /// clearing first. A character without a glyph is drawn as a box (<see cref="Glyphs"/>), never skipped. Glyph
    /// columns are copied straight into the framebuffer's SSD1306 pages, at any y. No allocation per call: the line
    /// arrays for wrapping are allocated once per renderer.
    /// </remarks>
    public sealed class TextRenderer
    {
        /// <summary>The most lines one <see cref="DrawWrapped"/> call draws (a 128-pixel-high panel holds 8).</summary>
        public const int MaxLines = 8;

        private const int BoxEdge = 0x7FFE;
        private const int BoxMiddle = 0x4002;

        private readonly MonochromeFramebuffer _frame;
        private readonly int[] _lineStarts = new int[MaxLines];
        private readonly int[] _lineLengths = new int[MaxLines];

        /// <summary>Creates a renderer drawing into a framebuffer.</summary>
        /// <param name="frame">The framebuffer.</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
        public TextRenderer(MonochromeFramebuffer frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            _frame = frame;
        }

        /// <summary>Gets the framebuffer drawn into.</summary>
        public MonochromeFramebuffer Frame
        {
            get { return _frame; }
        }

        /// <summary>Draws a whole text on one line from (x, y), clipped only by the framebuffer's edges.</summary>
        /// <param name="text">The text; null draws nothing.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="y">The top edge in pixels (any row, not only page boundaries).</param>
        /// <param name="inverse">True for inverse video (dark glyphs on a lit cell).</param>
        /// <returns>The x just after the text.</returns>
        public int DrawText(string text, int x, int y, bool inverse)
        {
            return text == null ? x : DrawText(text, 0, text.Length, x, y, inverse);
        }

        /// <summary>Draws part of a text on one line from (x, y), clipped only by the framebuffer's edges.</summary>
        /// <param name="text">The text.</param>
        /// <param name="start">The first character.</param>
        /// <param name="length">The number of characters.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="y">The top edge in pixels.</param>
        /// <param name="inverse">True for inverse video.</param>
        /// <returns>The x just after the text.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside the text.</exception>
        public int DrawText(string text, int start, int length, int x, int y, bool inverse)
        {
            TextLayout.Measure(text, start, length);
            return DrawRun(text, start, length, x, y, int.MaxValue, inverse);
        }

        /// <summary>
        /// Draws one line of a list or menu: fills the band [x, x + widthPx) x 16 rows with the background (lit when
        /// highlighted), then the text in inverse video when highlighted. Text beyond the band is not drawn.
        /// </summary>
        /// <param name="text">The text; null draws an empty band.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="y">The top edge in pixels.</param>
        /// <param name="widthPx">The band width in pixels.</param>
        /// <param name="highlighted">True for the selected line.</param>
        /// <returns>True when the whole text fits the band; false when it was cut at the band's end (overflow: wrap it with
        /// <see cref="DrawWrapped"/> or scroll it instead).</returns>
        public bool DrawLine(string text, int x, int y, int widthPx, bool highlighted)
        {
            return DrawLine(text, 0, text == null ? 0 : text.Length, x, y, widthPx, highlighted);
        }

        /// <summary>Draws part of a text as one line of a list or menu (see <see cref="DrawLine(string, int, int, int, bool)"/>).</summary>
        /// <param name="text">The text; null draws an empty band.</param>
        /// <param name="start">The first character.</param>
        /// <param name="length">The number of characters.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="y">The top edge in pixels.</param>
        /// <param name="widthPx">The band width in pixels.</param>
        /// <param name="highlighted">True for the selected line.</param>
        /// <returns>True when the text fits the band, false when it was cut.</returns>
        public bool DrawLine(string text, int start, int length, int x, int y, int widthPx, bool highlighted)
        {
            _frame.FillRectangle(x, y, widthPx, Glyphs.Height, highlighted);
            if (text == null)
            {
                return true;
            }

            int needed = TextLayout.Measure(text, start, length);
            DrawRun(text, start, length, x, y, x + widthPx, highlighted);
            return needed <= widthPx;
        }

        /// <summary>
        /// Wraps a text to a width (rules in <see cref="TextLayout"/>) and draws up to <paramref name="maxLines"/> of its
        /// lines from <paramref name="firstLine"/> on, one every 16 pixels; the rows of all <paramref name="maxLines"/>
        /// lines are cleared (filled when inverse) first.
        /// </summary>
        /// <param name="text">The text; null or empty clears the area.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="y">The top edge in pixels.</param>
        /// <param name="widthPx">The width in pixels.</param>
        /// <param name="maxLines">The lines available, 1 to <see cref="MaxLines"/>.</param>
        /// <param name="firstLine">The first line to show (0; more to scroll).</param>
        /// <param name="inverse">True for inverse video.</param>
        /// <returns>The number of lines the whole text needs: more than <paramref name="firstLine"/> +
        /// <paramref name="maxLines"/> means the rest did not fit (show a scroll mark and let the cashier scroll).</returns>
        /// <exception cref="ArgumentOutOfRangeException">maxLines, firstLine or widthPx is out of range.</exception>
        public int DrawWrapped(string text, int x, int y, int widthPx, int maxLines, int firstLine, bool inverse)
        {
            if (maxLines < 1 || maxLines > MaxLines)
            {
                throw new ArgumentOutOfRangeException("maxLines");
            }

            int needed = TextLayout.Layout(text, widthPx, firstLine, _lineStarts, _lineLengths);
            _frame.FillRectangle(x, y, widthPx, maxLines * Glyphs.Height, inverse);
            int shown = needed - firstLine;
            if (shown > maxLines)
            {
                shown = maxLines;
            }

            for (int line = 0; line < shown; line++)
            {
                DrawRun(text, _lineStarts[line], _lineLengths[line], x, y + (line * Glyphs.Height), x + widthPx, inverse);
            }

            return needed;
        }

        /// <summary>Draws one character (its glyph, or the missing-glyph box) with its cell.</summary>
        /// <param name="c">The character.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="y">The top edge in pixels.</param>
        /// <param name="inverse">True for inverse video.</param>
        /// <returns>The width drawn: 8 or 16.</returns>
        public int DrawChar(char c, int x, int y, bool inverse)
        {
            return DrawCharClipped(c, x, y, int.MaxValue, inverse);
        }

        private int DrawRun(string text, int start, int length, int x, int y, int clipRight, bool inverse)
        {
            for (int i = start; i < start + length; i++)
            {
                x += DrawCharClipped(text[i], x, y, clipRight, inverse);
            }

            return x;
        }

        private int DrawCharClipped(char c, int x, int y, int clipRight, bool inverse)
        {
            int width = Glyphs.Width(c);
            if (c >= AsciiFont.First && c <= AsciiFont.Last)
            {
                DrawGlyph(AsciiFont.Bitmaps, (c - AsciiFont.First) * AsciiFont.BytesPerGlyph, width, x, y, clipRight, inverse);
                return width;
            }

            int index = c < 0x80 ? -1 : Glyphs.FindWide(c);
            if (index >= 0)
            {
                DrawGlyph(CjkGlyphs.Bitmaps, index * CjkGlyphs.BytesPerGlyph, width, x, y, clipRight, inverse);
            }
            else
            {
                DrawBox(width, x, y, clipRight, inverse);
            }

            return width;
        }

        private void DrawGlyph(byte[] bitmaps, int offset, int width, int x, int y, int clipRight, bool inverse)
        {
            for (int column = 0; column < width; column++)
            {
                int bits = bitmaps[offset + column] | (bitmaps[offset + width + column] << 8);
                DrawColumn(x + column, y, bits, clipRight, inverse);
            }
        }

        private void DrawBox(int width, int x, int y, int clipRight, bool inverse)
        {
            for (int column = 0; column < width; column++)
            {
                int bits = column == 0 || column == width - 1 ? 0 : column == 1 || column == width - 2 ? BoxEdge : BoxMiddle;
                DrawColumn(x + column, y, bits, clipRight, inverse);
            }
        }

        // Writes the 16 rows of one cell column (bit 0 = top row) at (px, y..y+15) into up to three SSD1306 pages.
        private void DrawColumn(int px, int y, int bits, int clipRight, bool inverse)
        {
            int frameWidth = _frame.Width;
            if (px < 0 || px >= frameWidth || px >= clipRight)
            {
                return;
            }

            if (inverse)
            {
                bits = ~bits & 0xFFFF;
            }

            byte[] buffer = _frame.Buffer;
            int pages = _frame.Height >> 3;
            int shift = y & 7;
            int page = y >> 3;
            int value = bits << shift;
            int mask = 0xFFFF << shift;
            for (int k = 0; k < 3; k++, page++, value >>= 8, mask >>= 8)
            {
                int pageMask = mask & 0xFF;
                if (page < 0 || page >= pages || pageMask == 0)
                {
                    continue;
                }

                int index = (page * frameWidth) + px;
                buffer[index] = (byte)((buffer[index] & ~pageMask) | (value & pageMask));
            }
        }
    }
}
