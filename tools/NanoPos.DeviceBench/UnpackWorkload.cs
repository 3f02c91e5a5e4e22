namespace NanoPos.DeviceBench
{
    /// <summary>Unpacks one whole frame into the rig's reused message and TPDU buffer (unpack-0200, unpack-0210).</summary>
    public sealed class UnpackWorkload : IWorkload
    {
        private readonly CodecRig _rig;
        private readonly byte[] _frame;

        /// <summary>Creates the workload.</summary>
        /// <param name="name">The measurement's name, e.g. "unpack-0200".</param>
        /// <param name="rig">The shared codec rig.</param>
        /// <param name="frame">The frame to unpack, exactly (a golden frame of the rig).</param>
        public UnpackWorkload(string name, CodecRig rig, byte[] frame)
        {
            Name = name;
            _rig = rig;
            _frame = frame;
        }

        /// <summary>Gets the measurement's name.</summary>
        public string Name { get; }

        /// <summary>Gets 0: unpacking needs nothing between rounds.</summary>
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

        /// <summary>Unpacks the frame once (the message is cleared and refilled, its field values allocated anew).</summary>
        public void Run()
        {
            _rig.Unpack(_frame);
        }

        /// <summary>Nothing to reset: unpacking keeps no counters.</summary>
        public void ResetCounters()
        {
        }
    }
}
