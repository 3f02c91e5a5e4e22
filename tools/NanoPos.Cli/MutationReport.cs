using System;
using System.Collections.Generic;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>The outcome counts of a <see cref="FrameMutator"/> run.</summary>
    public sealed class MutationReport
    {
        private const int KeptCrashes = 20;
        private readonly SortedDictionary<IsoError, int> _errors = new SortedDictionary<IsoError, int>();
        private readonly List<string> _crashes = new List<string>();
        private readonly List<MutationSeedTally> _seeds = new List<MutationSeedTally>();

        /// <summary>Gets the number of mutated frames tried.</summary>
        public int Frames { get; private set; }

        /// <summary>Gets the number of mutated frames that were still valid messages (and packed back to the same message).</summary>
        public int Valid { get; private set; }

        /// <summary>Gets the number of frames refused with an <see cref="IsoFormatException"/>.</summary>
        public int Refused { get; private set; }

        /// <summary>Gets the number of crashes: any other exception, or an accepted frame that did not repack to the same message.</summary>
        public int CrashCount { get; private set; }

        /// <summary>Gets the refusals by reason.</summary>
        public IReadOnlyDictionary<IsoError, int> ErrorsByReason => _errors;

        /// <summary>Gets the first crashes: the frame in hex and what happened.</summary>
        public IReadOnlyList<string> Crashes => _crashes;

        /// <summary>Gets what became of each valid frame's mutations, in the order of the seeds (CUP frames first).</summary>
        public IReadOnlyList<MutationSeedTally> Seeds => _seeds;

        /// <summary>Gets the time the run took.</summary>
        public TimeSpan Elapsed { get; internal set; }

        internal void AddSeed(MutationSeedTally seed)
        {
            _seeds.Add(seed);
        }

        internal void CountValid(MutationSeedTally seed)
        {
            Frames++;
            Valid++;
            seed.Frames++;
            seed.Valid++;
        }

        internal void CountError(MutationSeedTally seed, IsoError reason)
        {
            Frames++;
            Refused++;
            seed.Frames++;
            seed.Refused++;
            _errors.TryGetValue(reason, out int n);
            _errors[reason] = n + 1;
        }

        internal void AddCrash(MutationSeedTally seed, byte[] frame, string what)
        {
            Frames++;
            CrashCount++;
            seed.Frames++;
            seed.Crashes++;
            seed.FirstCrash ??= "frame " + Hex.ToHex(frame) + "\n    " + what;
            if (_crashes.Count < KeptCrashes)
            {
                _crashes.Add("frame " + Hex.ToHex(frame) + "\n    " + what);
            }
        }
    }
}
