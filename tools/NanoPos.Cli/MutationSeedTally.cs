namespace NanoPos.Cli
{
    /// <summary>What became of the mutations of one valid frame (one profile, one MTI) in a <see cref="FrameMutator"/> run.</summary>
    public sealed class MutationSeedTally
    {
        /// <summary>Creates an empty tally.</summary>
        /// <param name="profile">The message profile's name.</param>
        /// <param name="mti">The frame's message type, e.g. "0200".</param>
        /// <param name="index">The frame's place among the seeds of its profile, from 1.</param>
        public MutationSeedTally(string profile, string mti, int index)
        {
            Profile = profile;
            Mti = mti;
            Index = index;
        }

        /// <summary>Gets the message profile's name.</summary>
        public string Profile { get; }

        /// <summary>Gets the frame's message type, e.g. "0200".</summary>
        public string Mti { get; }

        /// <summary>Gets the frame's place among the seeds of its profile, from 1 (two frames may share an MTI).</summary>
        public int Index { get; }

        /// <summary>Gets the mutated frames made from this one.</summary>
        public int Frames { get; internal set; }

        /// <summary>Gets those still valid after the damage.</summary>
        public int Valid { get; internal set; }

        /// <summary>Gets those refused with an IsoFormatException.</summary>
        public int Refused { get; internal set; }

        /// <summary>Gets the crashes: any other exception, or an accepted frame that did not repack to the same message.</summary>
        public int Crashes { get; internal set; }

        /// <summary>Gets the first crash (the frame in hex and what happened), or null.</summary>
        public string FirstCrash { get; internal set; }
    }
}
