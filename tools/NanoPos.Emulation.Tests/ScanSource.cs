using System.Text;

namespace NanoPos.Emulation.Tests
{
    /// <summary>One thing a person or a tool can see: a stored record, a log, a command's output, a JSON answer.</summary>
    public sealed class ScanSource
    {
        /// <summary>Creates a source of raw bytes.</summary>
        /// <param name="name">Where it comes from, e.g. "simulated terminal / store record j003 (after press enter #41)".</param>
        /// <param name="bytes">Its content.</param>
        /// <param name="isText">True when the bytes are UTF-8 text (findings then name a line).</param>
        public ScanSource(string name, byte[] bytes, bool isText)
        {
            Name = name;
            Bytes = bytes;
            IsText = isText;
        }

        /// <summary>Gets where the content comes from.</summary>
        public string Name { get; }

        /// <summary>Gets the content.</summary>
        public byte[] Bytes { get; }

        /// <summary>Gets whether the content is UTF-8 text.</summary>
        public bool IsText { get; }

        /// <summary>Creates a text source (scanned as its UTF-8 bytes).</summary>
        public static ScanSource OfText(string name, string text)
        {
            return new ScanSource(name, Encoding.UTF8.GetBytes(text ?? string.Empty), true);
        }
    }
}
