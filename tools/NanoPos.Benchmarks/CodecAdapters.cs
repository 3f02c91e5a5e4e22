using System;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// The codecs <see cref="ComparisonBenchmarks"/> compares, by row name. Another library's adapter is one
    /// more name here and one more file implementing <see cref="IIsoCodecAdapter"/>; see README.md for why no
    /// other library is listed today.
    /// </summary>
    public static class CodecAdapters
    {
        /// <summary>Our codec, CUP terminal profile (what the terminal sends).</summary>
        public const string NanoPosCup = "nanoPos CUP";

        /// <summary>Our codec, plain ASCII ISO 8583:1987 profile (the encoding most libraries default to).</summary>
        public const string NanoPosAscii = "nanoPos ASCII87";

        /// <summary>Gets every row name, in table order.</summary>
        public static string[] Names()
        {
            return new[] { NanoPosCup, NanoPosAscii };
        }

        /// <summary>Creates a fresh adapter for a row name.</summary>
        /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
        public static IIsoCodecAdapter Create(string name)
        {
            switch (name)
            {
                case NanoPosCup:
                    return new NanoPosCodecAdapter(
                        name,
                        "2-byte binary length + 5-byte TPDU; MTI 2 bytes BCD; binary bitmap; n/z fields packed BCD; LL/LLL prefixes BCD; an/ans ASCII; b raw",
                        CupTerminalProfile.Instance,
                        ExpectedFrames.CupSale());
                case NanoPosAscii:
                    return new NanoPosCodecAdapter(
                        name,
                        "4 ASCII digits length, no TPDU; MTI 4 ASCII digits; bitmap 16 hex characters; n/z/an/ans ASCII; LL/LLL prefixes ASCII digits; b raw",
                        Ascii1987Profile.Instance,
                        ExpectedFrames.AsciiSale());
                default:
                    throw new ArgumentException("No codec adapter is named '" + name + "'.", nameof(name));
            }
        }
    }
}
