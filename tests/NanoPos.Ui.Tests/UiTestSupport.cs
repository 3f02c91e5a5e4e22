using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Ui.Tests
{
    /// <summary>Helpers of the UI tests: Unifont hex glyphs as expected pixels, and framebuffer comparisons.</summary>
    internal static class UiTestSupport
    {
        /// <summary>'A' (U+0041) as GNU Unifont's unifont.hex has it: 16 rows of 1 byte, leftmost pixel in bit 7.</summary>
        internal const string UnifontA = "0000000018242442427E424242420000";

        /// <summary>'中' (U+4E2D) as unifont.hex has it: 16 rows of 2 bytes, leftmost pixel in bit 15.</summary>
        internal const string UnifontZhong = "01000100010001003FF8210821082108210821083FF821080100010001000100";

        /// <summary>Tells whether pixel (column, row) of a Unifont hex glyph is lit.</summary>
        internal static bool HexPixel(string hex, int column, int row)
        {
            int width = hex.Length == 32 ? 8 : 16;
            int digitsPerRow = width / 4;
            int digit = Nibble(hex[(row * digitsPerRow) + (column / 4)]);
            return (digit & (8 >> (column % 4))) != 0;
        }

        /// <summary>Asserts that the glyph's cell at (x, y) shows exactly the hex glyph (inverted when asked).</summary>
        internal static void AssertGlyphAt(MonochromeFramebuffer frame, string hex, int x, int y, bool inverse)
        {
            int width = hex.Length == 32 ? 8 : 16;
            for (int row = 0; row < 16; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    bool expected = HexPixel(hex, column, row) != inverse;
                    Assert.AreEqual(expected, frame.GetPixel(x + column, y + row), "pixel (" + column.ToString() + ", " + row.ToString() + ") of the glyph at (" + x.ToString() + ", " + y.ToString() + ")");
                }
            }
        }

        /// <summary>Counts lit pixels outside a rectangle.</summary>
        internal static int LitOutside(MonochromeFramebuffer frame, int x, int y, int width, int height)
        {
            int count = 0;
            for (int py = 0; py < frame.Height; py++)
            {
                for (int px = 0; px < frame.Width; px++)
                {
                    bool inside = px >= x && px < x + width && py >= y && py < y + height;
                    if (!inside && frame.GetPixel(px, py))
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        /// <summary>Counts lit pixels in a rectangle.</summary>
        internal static int LitInside(MonochromeFramebuffer frame, int x, int y, int width, int height)
        {
            int count = 0;
            for (int py = y; py < y + height; py++)
            {
                for (int px = x; px < x + width; px++)
                {
                    if (frame.GetPixel(px, py))
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            throw new ArgumentException("not a hex digit");
        }
    }
}
