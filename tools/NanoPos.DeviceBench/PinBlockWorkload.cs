using NanoPos.Security;

namespace NanoPos.DeviceBench
{
    /// <summary>Encrypts one ISO 9564 format-0 PIN block under the double-length PIK (pin-block).</summary>
    public sealed class PinBlockWorkload : IWorkload
    {
        private readonly SecurityRig _rig;

        /// <summary>Creates the workload.</summary>
        /// <param name="rig">The shared security rig.</param>
        public PinBlockWorkload(SecurityRig rig)
        {
            _rig = rig;
        }

        /// <summary>Gets the measurement's name: "pin-block".</summary>
        public string Name
        {
            get { return "pin-block"; }
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

        /// <summary>Encrypts the clear block once into the rig's field 52 buffer.</summary>
        public void Run()
        {
            PinCipher.EncryptFormat0(_rig.ClearPinBlock, 0, _rig.Pik, _rig.EncryptedPinBlock, 0);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
