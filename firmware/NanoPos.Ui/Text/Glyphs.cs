namespace NanoPos.Ui.Text
{
    /// <summary>
    /// Which glyph draws a character and how wide it is: printable ASCII from <see cref="AsciiFont"/> (8x16), every
    /// other character from <see cref="CjkGlyphs"/> (16x16), found by binary search.
    /// </summary>
    /// <remarks>
    /// A character without a glyph (a control character, or a non-ASCII character the generated set lacks) is drawn as
    /// a box of its width, never skipped: 8 pixels for a character below 0x80, 16 for the rest. No allocation.
    /// </remarks>
    public static class Glyphs
    {
        /// <summary>The height of every glyph and of a text line, in pixels.</summary>
        public const int Height = 16;

        /// <summary>The width of an ASCII glyph (and of a missing character below 0x80), in pixels.</summary>
        public const int NarrowWidth = 8;

        /// <summary>The width of a CJK glyph (and of a missing character from 0x80 on), in pixels.</summary>
        public const int WideWidth = 16;

        /// <summary>Gets the width a character takes when drawn, in pixels: 8 or 16.</summary>
        /// <param name="c">The character.</param>
        /// <returns>8 below 0x80, otherwise 16.</returns>
        public static int Width(char c)
        {
            return c < 0x80 ? NarrowWidth : WideWidth;
        }

        /// <summary>Tells whether a character has a real glyph (is not drawn as the missing-glyph box).</summary>
        /// <param name="c">The character.</param>
        /// <returns>True for printable ASCII and for the characters of the generated CJK set.</returns>
        public static bool HasGlyph(char c)
        {
            if (c < 0x80)
            {
                return c >= AsciiFont.First && c <= AsciiFont.Last;
            }

            return FindWide(c) >= 0;
        }

        /// <summary>Gets the number of non-ASCII glyphs available.</summary>
        public static int WideGlyphCount
        {
            get { return CjkGlyphs.CodePoints.Length; }
        }

        /// <summary>Gets the character of a non-ASCII glyph, in ascending order (for tests and tools).</summary>
        /// <param name="index">0 to <see cref="WideGlyphCount"/> - 1.</param>
        /// <returns>The character.</returns>
        public static char WideCharacterAt(int index)
        {
            return CjkGlyphs.CodePoints[index];
        }

        /// <summary>Finds a non-ASCII character in the generated set.</summary>
        /// <param name="c">The character.</param>
        /// <returns>The glyph index (its bitmap starts at index * 32 in <see cref="CjkGlyphs"/>), or -1.</returns>
        internal static int FindWide(char c)
        {
            char[] codePoints = CjkGlyphs.CodePoints;
            int low = 0;
            int high = codePoints.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                char found = codePoints[middle];
                if (found == c)
                {
                    return middle;
                }

                if (found < c)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }
    }
}
