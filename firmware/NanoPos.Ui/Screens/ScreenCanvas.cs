using System;
using NanoPos.Hal;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The screen as rows of text: draws each row into the framebuffer (through <see cref="TextRenderer"/>) and
    /// remembers what it drew, so scripted runs and tests can read the screen as text (<see cref="GetRow"/>).
    /// </summary>
    /// <remarks>
    /// A 64-pixel-high panel holds 4 rows of 16 pixels: row 0 is the title (inverse video), rows 1 to 3 the body. A row
    /// is remembered as a reference to the string drawn plus a range (no copy), so drawing allocates nothing; the text
    /// is cut out only when asked for.
    /// </remarks>
    public sealed class ScreenCanvas
    {
        private readonly MonochromeFramebuffer _frame;
        private readonly TextRenderer _renderer;
        private readonly int _rows;
        private readonly string[] _text;
        private readonly int[] _start;
        private readonly int[] _length;
        private readonly int[] _x;
        private readonly int[] _lineStarts = new int[TextRenderer.MaxLines];
        private readonly int[] _lineLengths = new int[TextRenderer.MaxLines];

        /// <summary>Creates a canvas over a framebuffer.</summary>
        /// <param name="frame">The framebuffer; its height sets the number of rows (height / 16).</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
        public ScreenCanvas(MonochromeFramebuffer frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            _frame = frame;
            _renderer = new TextRenderer(frame);
            _rows = frame.Height / Glyphs.Height;
            _text = StringArray.Create(_rows);
            _start = new int[_rows];
            _length = new int[_rows];
            _x = new int[_rows];
        }

        /// <summary>Gets the framebuffer drawn into.</summary>
        public MonochromeFramebuffer Frame
        {
            get { return _frame; }
        }

        /// <summary>Gets the number of text rows (4 on a 128x64 panel).</summary>
        public int Rows
        {
            get { return _rows; }
        }

        /// <summary>Gets the width of a row in pixels.</summary>
        public int Width
        {
            get { return _frame.Width; }
        }

        /// <summary>Clears the frame and forgets every row, before a screen draws itself.</summary>
        public void Clear()
        {
            _frame.Clear();
            for (int i = 0; i < _rows; i++)
            {
                _text[i] = null;
                _start[i] = 0;
                _length[i] = 0;
                _x[i] = 0;
            }
        }

        /// <summary>Draws the title in row 0, in inverse video across the whole width.</summary>
        /// <param name="text">The title; text beyond the width is not drawn (keep titles short).</param>
        public void Title(string text)
        {
            Draw(0, text, 0, text == null ? 0 : text.Length, 0, true);
        }

        /// <summary>
        /// Draws the title of a list with the selected entry's position against the right edge ("Menu        2/7"), so
        /// the cashier sees that the list holds more than the three rows shown.
        /// </summary>
        /// <param name="text">The title.</param>
        /// <param name="position">The selected entry, from 1.</param>
        /// <param name="count">The number of entries.</param>
        public void Title(string text, int position, int count)
        {
            // Composed into one string (allocated per frame of a list, never on a payment's path) so that the row reads
            // back as it looks.
            string counter = position.ToString() + "/" + count.ToString();
            int spaces = (_frame.Width - TextLayout.Measure(text) - TextLayout.Measure(counter)) / Glyphs.NarrowWidth;
            Title(spaces < 1 ? text : text + new string(' ', spaces) + counter);
        }

        /// <summary>Draws a row of text from the left edge.</summary>
        /// <param name="row">The row, 0 to <see cref="Rows"/> - 1.</param>
        /// <param name="text">The text; null leaves the row empty.</param>
        /// <param name="highlighted">True for inverse video (the selected line of a list).</param>
        public void Row(int row, string text, bool highlighted)
        {
            Draw(row, text, 0, text == null ? 0 : text.Length, 0, highlighted);
        }

        /// <summary>Draws a row of text against the right edge (amounts).</summary>
        /// <param name="row">The row.</param>
        /// <param name="text">The text.</param>
        public void RowRight(int row, string text)
        {
            if (text == null)
            {
                Row(row, null, false);
                return;
            }

            int width = TextLayout.Measure(text);
            int x = width < _frame.Width ? _frame.Width - width : 0;
            Draw(row, text, 0, text.Length, x, false);
        }

        /// <summary>Draws text in a row from a pixel column, leaving the rest of the row as it is (text beside a picture).</summary>
        /// <param name="row">The row.</param>
        /// <param name="x">The left edge in pixels.</param>
        /// <param name="text">The text; what does not fit the width is not drawn.</param>
        public void TextAt(int row, int x, string text)
        {
            if (row < 0 || row >= _rows || text == null)
            {
                return;
            }

            _renderer.DrawLine(text, 0, text.Length, x, row * Glyphs.Height, _frame.Width - x, false);
            _text[row] = text;
            _start[row] = 0;
            _length[row] = text.Length;
            _x[row] = x;
        }

        /// <summary>
        /// Wraps a text over rows (rules of <see cref="TextLayout"/>), starting at one of its lines to scroll.
        /// </summary>
        /// <param name="firstRow">The first row to fill.</param>
        /// <param name="rowCount">How many rows the text may take.</param>
        /// <param name="text">The text; null or empty fills nothing.</param>
        /// <param name="scroll">The first line of the text to show (0 for the top).</param>
        /// <returns>The number of lines the whole text needs: more than <paramref name="scroll"/> + <paramref name="rowCount"/>
        /// means more follows (the screen offers scrolling).</returns>
        public int Wrapped(int firstRow, int rowCount, string text, int scroll)
        {
            if (text == null || text.Length == 0)
            {
                return 0;
            }

            int count = rowCount < _lineStarts.Length ? rowCount : _lineStarts.Length;
            for (int i = 0; i < count; i++)
            {
                _lineStarts[i] = 0;
                _lineLengths[i] = -1;
            }

            int needed = TextLayout.Layout(text, _frame.Width, scroll, _lineStarts, _lineLengths);
            for (int i = 0; i < count && firstRow + i < _rows; i++)
            {
                if (_lineLengths[i] >= 0 && scroll + i < needed)
                {
                    Draw(firstRow + i, text, _lineStarts[i], _lineLengths[i], 0, false);
                }
            }

            return needed;
        }

        /// <summary>Gets the text drawn in a row (allocates the string; for scripts and tests).</summary>
        /// <param name="row">The row.</param>
        /// <returns>The text, or an empty string for an empty row; text drawn further right (amounts) starts with one
        /// space per 8 pixels of offset, so the rows read as the screen looks.</returns>
        public string GetRow(int row)
        {
            if (row < 0 || row >= _rows || _text[row] == null)
            {
                return string.Empty;
            }

            string text = _text[row].Substring(_start[row], _length[row]);
            return _x[row] >= Glyphs.NarrowWidth ? new string(' ', _x[row] / Glyphs.NarrowWidth) + text : text;
        }

        private void Draw(int row, string text, int start, int length, int x, bool inverse)
        {
            if (row < 0 || row >= _rows)
            {
                return;
            }

            int y = row * Glyphs.Height;
            if (x > 0)
            {
                _frame.FillRectangle(0, y, _frame.Width, Glyphs.Height, inverse);
                _renderer.DrawText(text, start, length, x, y, inverse);
            }
            else
            {
                _renderer.DrawLine(text, start, length, 0, y, _frame.Width, inverse);
            }

            if (inverse && row > 0)
            {
                // A one-pixel dark line above a highlighted row keeps it apart from the title band (or another highlighted
                // row) right above it: the glyphs' top pixel row is empty, so no text is cut.
                _frame.FillRectangle(0, y, _frame.Width, 1, false);
            }

            _text[row] = text;
            _start[row] = start;
            _length[row] = length;
            _x[row] = x;
        }
    }
}
