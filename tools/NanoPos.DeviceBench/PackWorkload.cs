using NanoPos.Iso8583;

namespace NanoPos.DeviceBench
{
    /// <summary>Packs one message as a whole frame into the rig's reused buffer (pack-0200, pack-0210).</summary>
    public sealed class PackWorkload : IWorkload
    {
        private readonly CodecRig _rig;
        private readonly IsoMessage _message;
        private readonly byte[] _tpdu;

        /// <summary>Creates the workload.</summary>
        /// <param name="name">The measurement's name, e.g. "pack-0200".</param>
        /// <param name="rig">The shared codec rig.</param>
        /// <param name="message">The message to pack.</param>
        /// <param name="tpdu">Its TPDU (5 bytes).</param>
        public PackWorkload(string name, CodecRig rig, IsoMessage message, byte[] tpdu)
        {
            Name = name;
            _rig = rig;
            _message = message;
            _tpdu = tpdu;
        }

        /// <summary>Gets the measurement's name.</summary>
        public string Name { get; }

        /// <summary>Gets 0: packing needs nothing between rounds.</summary>
        public int MaxOpsPerRound
        {
            get { return 0; }
        }

        /// <summary>Nothing to set up: the rig holds everything.</summary>
        public void Setup()
        {
        }

        /// <summary>Nothing to prepare.</summary>
        public void PrepareRound()
        {
        }

        /// <summary>Packs the message once.</summary>
        public void Run()
        {
            _rig.Pack(_message, _tpdu);
        }

        /// <summary>Nothing to reset: packing keeps no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
