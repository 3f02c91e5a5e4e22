namespace NanoPos.Qr
{
    /// <summary>
    /// The 8 data masks of ISO/IEC 18004 and the penalty rules that choose among them: runs of 5 or more modules of
    /// one colour (3 + excess), 2x2 blocks of one colour (3), finder-like 1:1:3:1:1 patterns beside 4 light modules
    /// (40), and the dark share's distance from 50 % (10 per 5 %).
    /// </summary>
    internal static class QrMasking
    {
        /// <summary>XORs the mask onto every non-function module; applying it twice undoes it.</summary>
        internal static void Apply(byte[] modules, int size, int mask)
        {
            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    int index = (y * size) + x;
                    if ((modules[index] & QrLayout.Function) == 0 && Inverts(mask, x, y))
                    {
                        modules[index] ^= QrLayout.Dark;
                    }
                }
            }
        }

        /// <summary>Gets whether a mask inverts the module at column x, row y.</summary>
        internal static bool Inverts(int mask, int x, int y)
        {
            switch (mask)
            {
                case 0: return ((x + y) % 2) == 0;
                case 1: return (y % 2) == 0;
                case 2: return (x % 3) == 0;
                case 3: return ((x + y) % 3) == 0;
                case 4: return (((x / 3) + (y / 2)) % 2) == 0;
                case 5: return (((x * y) % 2) + ((x * y) % 3)) == 0;
                case 6: return ((((x * y) % 2) + ((x * y) % 3)) % 2) == 0;
                default: return ((((x + y) % 2) + ((x * y) % 3)) % 2) == 0;
            }
        }

        /// <summary>Computes the penalty score of the symbol as it stands (lower is better).</summary>
        internal static int Penalty(byte[] modules, int size)
        {
            int score = 0;
            int dark = 0;
            for (int a = 0; a < size; a++)
            {
                score += Lines(modules, size, a, true) + Lines(modules, size, a, false);
            }

            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    bool c = IsDark(modules, size, x, y);
                    if (c)
                    {
                        dark++;
                    }

                    if (x + 1 < size && y + 1 < size && c == IsDark(modules, size, x + 1, y)
                        && c == IsDark(modules, size, x, y + 1) && c == IsDark(modules, size, x + 1, y + 1))
                    {
                        score += 3;
                    }
                }
            }

            int total = size * size;
            int diff = (dark * 20) - (total * 10);
            if (diff < 0)
            {
                diff = -diff;
            }

            int k = ((diff + total - 1) / total) - 1;
            return score + (k > 0 ? k * 10 : 0);
        }

        // Rules 1 and 3 along one row (horizontal) or one column. For rule 3 the 4-module quiet zone on either side
        // counts as light, so a finder-like pattern at the edge is penalised too.
        private static int Lines(byte[] modules, int size, int line, bool horizontal)
        {
            int score = 0;
            int run = 0;
            bool previous = false;
            int window = 0;
            for (int i = -4; i < size + 4; i++)
            {
                bool inside = i >= 0 && i < size;
                bool c = inside && (horizontal ? IsDark(modules, size, i, line) : IsDark(modules, size, line, i));
                if (inside)
                {
                    if (i > 0 && c == previous)
                    {
                        run++;
                    }
                    else
                    {
                        if (run >= 5)
                        {
                            score += run - 2;
                        }

                        run = 1;
                    }

                    previous = c;
                }

                window = ((window << 1) | (c ? 1 : 0)) & 0x7FF;
                if (i >= 6 && (window == 0x5D0 || window == 0x05D))
                {
                    score += 40;
                }
            }

            if (run >= 5)
            {
                score += run - 2;
            }

            return score;
        }

        private static bool IsDark(byte[] modules, int size, int x, int y)
        {
            return (modules[(y * size) + x] & QrLayout.Dark) != 0;
        }
    }
}
