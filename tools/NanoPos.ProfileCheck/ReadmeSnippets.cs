using System.Collections.Generic;
using System.IO;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Extracts the ```csharp blocks of a project README so the check can compile them against the
    /// project: a usage snippet that no longer compiles is a README that lies.
    /// </summary>
    public static class ReadmeSnippets
    {
        /// <summary>Returns each csharp block's text and the 1-based README line of its first code line.</summary>
        public static List<(string Code, int FirstLine)> Extract(string readmePath)
        {
            var blocks = new List<(string, int)>();
            if (!File.Exists(readmePath))
            {
                return blocks;
            }

            string[] lines = File.ReadAllLines(readmePath);
            for (int i = 0; i < lines.Length; i++)
            {
                string fence = lines[i].Trim();
                if (fence != "```csharp" && fence != "```cs" && fence != "```c#")
                {
                    continue;
                }

                int start = i + 1;
                int end = start;
                while (end < lines.Length && lines[end].Trim() != "```")
                {
                    end++;
                }

                blocks.Add((string.Join("\n", lines, start, end - start), start + 1));
                i = end;
            }

            return blocks;
        }
    }
}
