using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// One ISO 8583 codec under comparison (ours in one profile, or another library), driven through the
    /// same four operations so that <see cref="ComparisonBenchmarks"/> measures every codec on the same
    /// 0200 sale and 0210 approval.
    /// </summary>
    /// <remarks>
    /// The operations are split so that only the codec's own work is timed: <see cref="Prepare"/> builds
    /// whatever the library needs once (its field definitions, its message objects, the wire bytes to
    /// unpack), and <see cref="Verify"/> proves outside the timed region that what is timed is a real round
    /// trip, not a no-op.
    /// </remarks>
    public interface IIsoCodecAdapter
    {
        /// <summary>Gets the row name used in the benchmark table ("nanoPos CUP", ...).</summary>
        string Name { get; }

        /// <summary>Gets a one-line description of the wire encoding (MTI, bitmap, numerics, prefixes, frame).</summary>
        string Encoding { get; }

        /// <summary>Builds the library's objects and wire frames for the two messages; called once, not timed.</summary>
        /// <param name="sale">The 0200 sale, as our codec models it (the values every library must carry).</param>
        /// <param name="response">The 0210 approval.</param>
        void Prepare(IsoMessage sale, IsoMessage response);

        /// <summary>Packs the 0200 the library's idiomatic way; returns the number of bytes produced.</summary>
        int PackSale();

        /// <summary>Packs the 0210; returns the number of bytes produced.</summary>
        int PackResponse();

        /// <summary>Unpacks the prepared 0200 wire bytes; returns the library's parsed message.</summary>
        object UnpackSale();

        /// <summary>Unpacks the prepared 0210 wire bytes; returns the library's parsed message.</summary>
        object UnpackResponse();

        /// <summary>
        /// Runs each of the four operations once and checks the results: the packed bytes are the prepared
        /// frames, and unpacking gives back every field value of <paramref name="sale"/> and
        /// <paramref name="response"/> (and no other field).
        /// </summary>
        /// <returns>Null when everything matches, otherwise what differs.</returns>
        string Verify(IsoMessage sale, IsoMessage response);
    }
}
