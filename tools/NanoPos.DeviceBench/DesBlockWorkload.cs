namespace NanoPos.DeviceBench
{
    /// <summary>Encrypts one 8-byte block with single DES, in place (des-block).</summary>
    public sealed class DesBlockWorkload : IWorkload
    {
        private readonly SecurityRig _rig;

        /// <summary>Creates the workload.</summary>
        /// <param name="rig">The shared security rig.</param>
        public DesBlockWorkload(SecurityRig rig)
        {
            _rig = rig;
        }

        /// <summary>Gets the measurement's name: "des-block".</summary>
        public string Name
        {
            get { return "des-block"; }
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

        /// <summary>Encrypts the rig's block once with DES.</summary>
        public void Run()
        {
            _rig.Des.EncryptBlock(_rig.Block, 0, _rig.Block, 0);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
