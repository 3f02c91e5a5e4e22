using NanoPos.Security;

namespace NanoPos.DeviceBench
{
    /// <summary>Computes the CUP MAC of the 0200 sale: MTI to field 63 (122 bytes) of its golden frame, single-length MAK (mac-0200).</summary>
    public sealed class CupMacWorkload : IWorkload
    {
        private readonly SecurityRig _rig;

        /// <summary>Creates the workload.</summary>
        /// <param name="rig">The shared security rig.</param>
        public CupMacWorkload(SecurityRig rig)
        {
            _rig = rig;
        }

        /// <summary>Gets the measurement's name: "mac-0200".</summary>
        public string Name
        {
            get { return "mac-0200"; }
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

        /// <summary>Computes the MAC once into the rig's MAC buffer.</summary>
        public void Run()
        {
            CupMac.Compute(_rig.Frame, SecurityRig.MabOffset, _rig.MabLength, _rig.Mak, _rig.Mac, 0);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
