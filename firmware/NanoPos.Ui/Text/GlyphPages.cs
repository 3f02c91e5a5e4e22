using NanoPos.Diagnostics;
using NanoPos.Hal;

namespace NanoPos.Ui.Text
{
    /// <summary>
    /// Every glyph of the firmware's fonts as pages for the display self-test: the ASCII font 16 to a row, then the CJK
    /// glyphs 8 to a row, four rows to a page, drawn by the screens' own <see cref="TextRenderer"/>.
    /// </summary>
    public sealed class GlyphPages : IDisplayPages
    {
        private const int NarrowPerRow = 16;
        private const int WidePerRow = 8;
        private const int RowsPerPage = 4;

        private readonly int _narrowRows;
        private readonly int _wideRows;

        /// <summary>Creates the pages for the glyphs built into this firmware.</summary>
        public GlyphPages()
        {
            int narrow = AsciiFont.Last - AsciiFont.First + 1;
            _narrowRows = (narrow + NarrowPerRow - 1) / NarrowPerRow;
            _wideRows = (Glyphs.WideGlyphCount + WidePerRow - 1) / WidePerRow;
        }

        /// <summary>Gets the number of glyph rows, ASCII and CJK.</summary>
        public int RowCount
        {
            get { return _narrowRows + _wideRows; }
        }

        /// <inheritdoc/>
        public int PageCount
        {
            get { return (RowCount + RowsPerPage - 1) / RowsPerPage; }
        }

        /// <summary>Gets the characters of one glyph row (allocates the string).</summary>
        /// <param name="row">The row, 0 to <see cref="RowCount"/> - 1.</param>
        /// <returns>The characters, in font order.</returns>
        public string RowText(int row)
        {
            char[] chars;
            if (row < _narrowRows)
            {
                int first = AsciiFont.First + (row * NarrowPerRow);
                int count = AsciiFont.Last - first + 1;
                chars = new char[count < NarrowPerRow ? count : NarrowPerRow];
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)(first + i);
                }
            }
            else
            {
                int first = (row - _narrowRows) * WidePerRow;
                int count = Glyphs.WideGlyphCount - first;
                chars = new char[count < WidePerRow ? count : WidePerRow];
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = Glyphs.WideCharacterAt(first + i);
                }
            }

            return new string(chars);
        }

        /// <inheritdoc/>
        public void DrawPage(int page, MonochromeFramebuffer frame)
        {
            TextRenderer renderer = new TextRenderer(frame);
            for (int i = 0; i < RowsPerPage; i++)
            {
                int row = (page * RowsPerPage) + i;
                if (row >= RowCount)
                {
                    return;
                }

                renderer.DrawText(RowText(row), 0, i * Glyphs.Height, false);
            }
        }
    }
}
