using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace NanoPos.Emulation.Tests
{
    /// <summary>Finds every form of every secret in every source.</summary>
    public static class SecretScanner
    {
        /// <summary>Scans the sources for the patterns.</summary>
        /// <param name="sources">What a person or a tool can see.</param>
        /// <param name="patterns">The forms of the secrets.</param>
        /// <returns>Every match, by source then pattern then offset.</returns>
        public static List<SecretFinding> Scan(IEnumerable<ScanSource> sources, IReadOnlyList<SecretPattern> patterns)
        {
            var findings = new List<SecretFinding>();
            foreach (ScanSource source in sources)
            {
                // Latin-1 maps each byte to one char: binary records and UTF-8 text are matched alike, offsets are bytes.
                string view = Encoding.Latin1.GetString(source.Bytes);
                foreach (SecretPattern pattern in patterns)
                {
                    for (Match m = pattern.Regex.Match(view); m.Success; m = m.NextMatch())
                    {
                        findings.Add(new SecretFinding(source, pattern, m.Index, m.Length));
                    }
                }
            }

            return findings;
        }

        /// <summary>Scans one text (the control tests).</summary>
        public static List<SecretFinding> Scan(string name, string text, IReadOnlyList<SecretPattern> patterns)
        {
            return Scan(new[] { ScanSource.OfText(name, text) }, patterns);
        }
    }
}
