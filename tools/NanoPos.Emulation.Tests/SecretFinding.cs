using System;
using System.Text;

namespace NanoPos.Emulation.Tests
{
    /// <summary>A secret found in a source: where (source name, byte offset, line) and which form of which secret.</summary>
    public sealed class SecretFinding
    {
        private const int ContextBytes = 40;

        /// <summary>Creates a finding.</summary>
        public SecretFinding(ScanSource source, SecretPattern pattern, int offset, int length)
        {
            Source = source;
            Pattern = pattern;
            Offset = offset;
            Length = length;
        }

        /// <summary>Gets the source the secret is in.</summary>
        public ScanSource Source { get; }

        /// <summary>Gets the form found.</summary>
        public SecretPattern Pattern { get; }

        /// <summary>Gets the byte offset of the match in the source.</summary>
        public int Offset { get; }

        /// <summary>Gets the match's length in bytes.</summary>
        public int Length { get; }

        /// <summary>Gets the 1-based line of a text source, or 0 for a binary one.</summary>
        public int Line
        {
            get
            {
                if (!Source.IsText)
                {
                    return 0;
                }

                int line = 1;
                for (int i = 0; i < Offset; i++)
                {
                    line += Source.Bytes[i] == (byte)'\n' ? 1 : 0;
                }

                return line;
            }
        }

        /// <summary>
        /// Gets the bytes around the match with the match itself replaced by the pattern's name, so that a report of a
        /// leak does not repeat the secret it found.
        /// </summary>
        public string Context
        {
            get
            {
                int start = Math.Max(0, Offset - ContextBytes);
                int end = Math.Min(Source.Bytes.Length, Offset + Length + ContextBytes);
                return Show(start, Offset) + "«" + Pattern.Name + "»" + Show(Offset + Length, end);
            }
        }

        /// <summary>Describes the finding in one line: source, offset (and line), form, context.</summary>
        public override string ToString()
        {
            return Source.Name + " @ offset " + Offset + (Source.IsText ? " (line " + Line + ")" : string.Empty) + ": " + Pattern.Name + " in \"" + Context + "\"";
        }

        private string Show(int from, int to)
        {
            if (Source.IsText)
            {
                return Encoding.UTF8.GetString(Source.Bytes, from, to - from).Replace("\r", string.Empty).Replace("\n", "⏎");
            }

            var text = new StringBuilder();
            for (int i = from; i < to; i++)
            {
                byte b = Source.Bytes[i];
                text.Append(b >= 0x20 && b < 0x7F ? (char)b : '.');
            }

            return text.ToString();
        }
    }
}
