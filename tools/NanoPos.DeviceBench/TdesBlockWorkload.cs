namespace NanoPos.DeviceBench
{
    /// <summary>Encrypts one 8-byte block with two-key 3DES (the PIK), in place (tdes-block).</summary>
    public sealed class TdesBlockWorkload : IWorkload
    {
        private readonly SecurityRig _rig;

        /// <summary>Creates the workload.</summary>
        /// <param name="rig">The shared security rig.</param>
        public TdesBlockWorkload(SecurityRig rig)
        {
            _rig = rig;
        }

        /// <summary>Gets the measurement's name: "tdes-block".</summary>
        public string Name
        {
            get { return "tdes-block"; }
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

        /// <summary>Encrypts the rig's block once with 3DES.</summary>
        public void Run()
        {
            _rig.Pik.EncryptBlock(_rig.Block, 0, _rig.Block, 0);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
