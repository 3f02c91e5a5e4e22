using NanoPos.Security;

namespace NanoPos.DeviceBench
{
    /// <summary>Creates a two-key 3DES cipher from 16 key bytes: the key schedule, paid once per key at sign-on or boot (tdes-key).</summary>
    public sealed class TdesKeyWorkload : IWorkload
    {
        private readonly SecurityRig _rig;

        /// <summary>Creates the workload.</summary>
        /// <param name="rig">The shared security rig.</param>
        public TdesKeyWorkload(SecurityRig rig)
        {
            _rig = rig;
        }

        /// <summary>Gets the measurement's name: "tdes-key".</summary>
        public string Name
        {
            get { return "tdes-key"; }
        }

        /// <summary>Gets 0: nothing to do between rounds.</summary>
        public int MaxOpsPerRound
        {
            get { return 0; }
        }

        /// <summary>Nothing to set up: the rig holds the keys and buffers.</summary>
        public void Setup()
        {
        }

        /// <summary>Nothing to prepare.</summary>
        public void PrepareRound()
        {
        }

        /// <summary>Creates one cipher (and drops it: the collector takes it).</summary>
        public void Run()
        {
            new TripleDes(_rig.PikBytes, 0, 16);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
