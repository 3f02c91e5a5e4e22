using System.IO;

namespace NanoPos.Emulation
{
    /// <summary>How a <see cref="ScriptRunner"/> reports: where the text goes, PNGs, ASCII art.</summary>
    public sealed class ScriptRunOptions
    {
        /// <summary>Gets or sets where commands, events and screens are printed (default: nowhere).</summary>
        public TextWriter Output { get; set; } = TextWriter.Null;

        /// <summary>Gets or sets a folder that receives one PNG per screen printed ("03-Amount.png"), or null.</summary>
        public string PngDirectory { get; set; }

        /// <summary>Gets or sets whether each screen is also printed as ASCII art of its pixels ('#' lit).</summary>
        public bool Ascii { get; set; }

        /// <summary>Gets or sets the PNG enlargement (default 3: 384x192 pixels).</summary>
        public int PngScale { get; set; } = 3;
    }
}
