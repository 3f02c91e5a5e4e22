using System;

namespace NanoPos.Ui.Text
{
    /// <summary>
    /// Measures text and wraps it into lines that fit a width, for the 8x16 ASCII and 16x16 CJK glyphs of <see cref="Glyphs"/>.
    /// </summary>
    /// <remarks>
    /// <para>Wrap rules, greedy (as much as fits on each line):</para>
    /// <list type="bullet">
    /// <item>'\n' always ends a line.</item>
    /// <item>Latin text breaks at spaces; the spaces at a break belong to no line (a wrapped line neither ends nor
    /// starts with them).</item>
    /// <item>CJK text breaks between any two characters when one of them is wide (16 px), except before closing
    /// punctuation (，。：；？！）》」、) and after opening punctuation (（《「), which stay with their neighbour.</item>
    /// <item>A word wider than the line is broken at the last character that fits; a character wider than the whole
    /// line gets a line of its own.</item>
    /// </list>
    /// <para>Nothing is ever dropped: every character except the spaces at breaks lands on some line. The caller passes
    /// arrays for the lines it can show, starting at any line (to scroll); the return value is the number of lines the
    /// whole text needs, so <c>needed &gt; firstLine + capacity</c> means overflow (show a scroll mark). No allocation.</para>
    /// </remarks>
    public static class TextLayout
    {
        private const string ClosingPunctuation = "，。：；？！）》」、";
        private const string OpeningPunctuation = "（《「";

        /// <summary>Measures a whole text on one line.</summary>
        /// <param name="text">The text; null counts as empty.</param>
        /// <returns>The width in pixels.</returns>
        public static int Measure(string text)
        {
            return text == null ? 0 : Measure(text, 0, text.Length);
        }

        /// <summary>Measures part of a text on one line.</summary>
        /// <param name="text">The text.</param>
        /// <param name="start">The first character.</param>
        /// <param name="length">The number of characters.</param>
        /// <returns>The width in pixels.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside the text.</exception>
        public static int Measure(string text, int start, int length)
        {
            CheckRange(text, start, length);
            int width = 0;
            for (int i = start; i < start + length; i++)
            {
                width += Glyphs.Width(text[i]);
            }

            return width;
        }

        /// <summary>Counts the lines a text needs at a width.</summary>
        /// <param name="text">The text; null or empty needs 0 lines.</param>
        /// <param name="widthPx">The line width in pixels, at least 1.</param>
        /// <returns>The number of lines.</returns>
        public static int CountLines(string text, int widthPx)
        {
            return Layout(text, widthPx, 0, null, null);
        }

        /// <summary>
        /// Wraps a text into lines of at most <paramref name="widthPx"/> pixels and reports the lines from
        /// <paramref name="firstLine"/> on, as many as the arrays hold.
        /// </summary>
        /// <param name="text">The text; null or empty needs 0 lines.</param>
        /// <param name="widthPx">The line width in pixels, at least 1.</param>
        /// <param name="firstLine">The first line to report (0 for the top; more to scroll).</param>
        /// <param name="lineStarts">Receives the index of each reported line's first character; null to only count.</param>
        /// <param name="lineLengths">Receives each reported line's length in characters (same size as <paramref name="lineStarts"/>).</param>
        /// <returns>The number of lines the whole text needs. When it exceeds <paramref name="firstLine"/> plus the array
        /// size, the text overflows what is reported: the caller scrolls or pages, nothing is cut.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The width is below 1 or the first line is negative.</exception>
        /// <exception cref="ArgumentException">Only one array is given, or their sizes differ.</exception>
        public static int Layout(string text, int widthPx, int firstLine, int[] lineStarts, int[] lineLengths)
        {
            if (widthPx < 1)
            {
                throw new ArgumentOutOfRangeException("widthPx");
            }

            if (firstLine < 0)
            {
                throw new ArgumentOutOfRangeException("firstLine");
            }

            if ((lineStarts == null) != (lineLengths == null) || (lineStarts != null && lineStarts.Length != lineLengths.Length))
            {
                throw new ArgumentException("lineStarts and lineLengths must both be given, with the same size.");
            }

            if (text == null || text.Length == 0)
            {
                return 0;
            }

            int lines = 0;
            int start = 0;
            int n = text.Length;
            while (start <= n)
            {
                int end;
                int next;
                Fit(text, start, widthPx, out end, out next);
                Report(lines - firstLine, start, end - start, lineStarts, lineLengths);
                lines++;
                if (next >= n)
                {
                    break;
                }

                start = next;
            }

            return lines;
        }

        /// <summary>Finds how much of the text from <paramref name="start"/> fits one line.</summary>
        /// <param name="text">The text.</param>
        /// <param name="start">The first character of the line.</param>
        /// <param name="widthPx">The width.</param>
        /// <param name="end">The end of the line's characters (exclusive).</param>
        /// <param name="next">Where the next line starts (may be the text's length: no next line).</param>
        private static void Fit(string text, int start, int widthPx, out int end, out int next)
        {
            int n = text.Length;
            int width = 0;
            int breakEnd = -1;
            int breakNext = -1;
            for (int i = start; i < n; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    // A final '\n' leaves no empty last line: the caller stops when next reaches the end.
                    end = i;
                    next = i + 1;
                    return;
                }

                if (c == ' ')
                {
                    // The line may end before this space; the next one starts after the run of spaces.
                    int after = i;
                    while (after < n && text[after] == ' ')
                    {
                        after++;
                    }

                    if (i > start)
                    {
                        breakEnd = i;
                        breakNext = after;
                    }

                    int runWidth = (after - i) * Glyphs.NarrowWidth;
                    if (width + runWidth > widthPx || after == n)
                    {
                        // Spaces that do not fit (or end the text) are not drawn: break here.
                        end = i > start ? i : start;
                        next = after;
                        return;
                    }

                    width += runWidth;
                    i = after - 1;
                    continue;
                }

                if (i > start && text[i - 1] != ' ' && CanBreakBetween(text[i - 1], c))
                {
                    breakEnd = i;
                    breakNext = i;
                }

                int w = Glyphs.Width(c);
                if (width + w > widthPx && i > start)
                {
                    if (breakEnd > start)
                    {
                        end = breakEnd;
                        next = breakNext;
                    }
                    else
                    {
                        // One word wider than the line: break it where it stops fitting.
                        end = i;
                        next = i;
                    }

                    return;
                }

                width += w;
            }

            end = n;
            next = n;
        }

        private static bool CanBreakBetween(char before, char after)
        {
            if (before < 0x80 && after < 0x80)
            {
                return false;
            }

            return ClosingPunctuation.IndexOf(after) < 0 && OpeningPunctuation.IndexOf(before) < 0;
        }

        private static void Report(int slot, int start, int length, int[] lineStarts, int[] lineLengths)
        {
            if (lineStarts != null && slot >= 0 && slot < lineStarts.Length)
            {
                lineStarts[slot] = start;
                lineLengths[slot] = length;
            }
        }

        private static void CheckRange(string text, int start, int length)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            if (start < 0 || length < 0 || start > text.Length - length)
            {
                throw new ArgumentOutOfRangeException("start");
            }
        }
    }
}
