using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NanoPos.Cli
{
    /// <summary>
    /// A GNU Unifont <c>.hex</c> file: one glyph per line, <c>XXXX:bits</c>, where the bits are 16 rows top to
    /// bottom, each row 1 byte (32 hex digits: an 8x16 glyph) or 2 bytes (64 hex digits: 16x16), the most
    /// significant bit the leftmost pixel.
    /// </summary>
    public sealed class UnifontHex
    {
        /// <summary>The usual path of the Debian package <c>unifont</c>.</summary>
        public const string DebianPath = "/usr/share/unifont/unifont.hex";

        private readonly Dictionary<int, string> _glyphs;

        private UnifontHex(Dictionary<int, string> glyphs, string source)
        {
            _glyphs = glyphs;
            Source = source;
        }

        /// <summary>Gets where the glyphs were read from.</summary>
        public string Source { get; }

        /// <summary>Gets the number of glyphs.</summary>
        public int Count => _glyphs.Count;

        /// <summary>Reads a file.</summary>
        /// <exception cref="FormatException">A line is not <c>XXXX:bits</c> with 32 or 64 hex digits (the message names the line).</exception>
        public static UnifontHex Load(string path)
        {
            using var reader = new StreamReader(path);
            return Parse(reader, path);
        }

        /// <summary>Reads glyphs from text (tests use a few lines).</summary>
        /// <exception cref="FormatException">A line is malformed.</exception>
        public static UnifontHex Parse(TextReader reader, string source)
        {
            var glyphs = new Dictionary<int, string>();
            int lineNumber = 0;
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                lineNumber++;
                line = line.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                string bits = colon < 0 ? string.Empty : line.Substring(colon + 1);
                if (colon < 4 || colon > 6
                    || !int.TryParse(line.AsSpan(0, colon), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int codePoint)
                    || (bits.Length != 32 && bits.Length != 64) || !IsHex(bits))
                {
                    throw new FormatException($"{source}:{lineNumber}: not a Unifont hex line (XXXX: then 32 or 64 hex digits).");
                }

                glyphs[codePoint] = bits.ToUpperInvariant();
            }

            return new UnifontHex(glyphs, source);
        }

        /// <summary>Tells whether the font has a glyph for a code point.</summary>
        public bool Contains(int codePoint) => _glyphs.ContainsKey(codePoint);

        /// <summary>Gets the width of a glyph in pixels: 8 or 16.</summary>
        /// <exception cref="KeyNotFoundException">The font has no glyph for the code point.</exception>
        public int WidthOf(int codePoint) => _glyphs[codePoint].Length == 32 ? 8 : 16;

        /// <summary>
        /// Gets a glyph in SSD1306 page layout: for a glyph <c>W</c> pixels wide, byte <c>c</c> is column c of rows 0-7
        /// and byte <c>W + c</c> column c of rows 8-15, bit 0 the top row of each (2 * W bytes in all).
        /// </summary>
        /// <exception cref="KeyNotFoundException">The font has no glyph for the code point.</exception>
        public byte[] PageLayout(int codePoint)
        {
            string bits = _glyphs[codePoint];
            int width = bits.Length == 32 ? 8 : 16;
            int bytesPerRow = width / 8;
            var result = new byte[2 * width];
            for (int row = 0; row < 16; row++)
            {
                int rowBits = 0;
                for (int b = 0; b < bytesPerRow; b++)
                {
                    rowBits = (rowBits << 8) | byte.Parse(bits.AsSpan(((row * bytesPerRow) + b) * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                }

                for (int column = 0; column < width; column++)
                {
                    if ((rowBits & (1 << (width - 1 - column))) != 0)
                    {
                        result[((row / 8) * width) + column] |= (byte)(1 << (row % 8));
                    }
                }
            }

            return result;
        }

        private static bool IsHex(string text)
        {
            foreach (char c in text)
            {
                if (!Uri.IsHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
