namespace NanoPos.Qr
{
    /// <summary>
    /// Draws the function patterns (finders, separators, timing, alignment, format and version areas) and places
    /// the codewords in the zigzag order. Modules are one byte each, row-major: bit 0 dark, bit 1 function module.
    /// </summary>
    internal static class QrLayout
    {
        /// <summary>The module bit that marks a dark module.</summary>
        internal const byte Dark = 1;

        /// <summary>The module bit that marks a function module (never masked, never holds data).</summary>
        internal const byte Function = 2;

        /// <summary>Draws every function pattern; format bits are drawn as placeholders (mask 0, level L).</summary>
        internal static void DrawFunctionPatterns(byte[] modules, int size, int version)
        {
            for (int i = 0; i < size; i++)
            {
                Set(modules, size, 6, i, (i % 2) == 0);
                Set(modules, size, i, 6, (i % 2) == 0);
            }

            DrawFinder(modules, size, 3, 3);
            DrawFinder(modules, size, size - 4, 3);
            DrawFinder(modules, size, 3, size - 4);

            int count = QrTables.AlignmentCount(version);
            for (int i = 0; i < count; i++)
            {
                for (int j = 0; j < count; j++)
                {
                    bool onFinder = (i == 0 && j == 0) || (i == 0 && j == count - 1) || (i == count - 1 && j == 0);
                    if (!onFinder)
                    {
                        DrawAlignment(modules, size, QrTables.AlignmentPosition(version, i), QrTables.AlignmentPosition(version, j));
                    }
                }
            }

            DrawFormat(modules, size, 0);
            if (version >= 7)
            {
                int bits = QrTables.VersionBits(version);
                for (int i = 0; i < 18; i++)
                {
                    bool dark = ((bits >> i) & 1) != 0;
                    int a = size - 11 + (i % 3);
                    int b = i / 3;
                    Set(modules, size, a, b, dark);
                    Set(modules, size, b, a, dark);
                }
            }
        }

        /// <summary>Draws the two copies of the 15 format bits and the dark module.</summary>
        internal static void DrawFormat(byte[] modules, int size, int bits)
        {
            for (int i = 0; i <= 5; i++)
            {
                Set(modules, size, 8, i, Bit(bits, i));
            }

            Set(modules, size, 8, 7, Bit(bits, 6));
            Set(modules, size, 8, 8, Bit(bits, 7));
            Set(modules, size, 7, 8, Bit(bits, 8));
            for (int i = 9; i < 15; i++)
            {
                Set(modules, size, 14 - i, 8, Bit(bits, i));
            }

            for (int i = 0; i < 8; i++)
            {
                Set(modules, size, size - 1 - i, 8, Bit(bits, i));
            }

            for (int i = 8; i < 15; i++)
            {
                Set(modules, size, 8, size - 15 + i, Bit(bits, i));
            }

            Set(modules, size, 8, size - 8, true);
        }

        /// <summary>Places the codewords' bits in the non-function modules, two columns at a time, right to left.</summary>
        internal static void PlaceCodewords(byte[] modules, int size, byte[] codewords, int count)
        {
            int bit = 0;
            int bits = count * 8;
            for (int right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }

                bool upward = ((right + 1) & 2) == 0;
                for (int vert = 0; vert < size; vert++)
                {
                    int y = upward ? size - 1 - vert : vert;
                    for (int j = 0; j < 2; j++)
                    {
                        int index = (y * size) + right - j;
                        if ((modules[index] & Function) == 0)
                        {
                            bool dark = bit < bits && ((codewords[bit >> 3] >> (7 - (bit & 7))) & 1) != 0;
                            modules[index] = dark ? Dark : (byte)0;
                            bit++;
                        }
                    }
                }
            }
        }

        private static bool Bit(int value, int index)
        {
            return ((value >> index) & 1) != 0;
        }

        private static void DrawFinder(byte[] modules, int size, int cx, int cy)
        {
            for (int dy = -4; dy <= 4; dy++)
            {
                for (int dx = -4; dx <= 4; dx++)
                {
                    int x = cx + dx;
                    int y = cy + dy;
                    if (x >= 0 && x < size && y >= 0 && y < size)
                    {
                        int dist = Max(Abs(dx), Abs(dy));
                        Set(modules, size, x, y, dist != 2 && dist != 4);
                    }
                }
            }
        }

        private static void DrawAlignment(byte[] modules, int size, int cx, int cy)
        {
            for (int dy = -2; dy <= 2; dy++)
            {
                for (int dx = -2; dx <= 2; dx++)
                {
                    Set(modules, size, cx + dx, cy + dy, Max(Abs(dx), Abs(dy)) != 1);
                }
            }
        }

        private static void Set(byte[] modules, int size, int x, int y, bool dark)
        {
            modules[(y * size) + x] = (byte)(Function | (dark ? Dark : 0));
        }

        private static int Abs(int value)
        {
            return value < 0 ? -value : value;
        }

        private static int Max(int a, int b)
        {
            return a > b ? a : b;
        }
    }
}
