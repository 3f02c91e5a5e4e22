using System;

namespace NanoPos.Cli
{
    /// <summary>The glyph data cannot be generated: the catalog uses a character the font cannot supply; the message says which and where.</summary>
    public sealed class GlyphException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public GlyphException(string message)
            : base(message)
        {
        }
    }
}
