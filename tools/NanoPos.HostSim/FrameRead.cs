namespace NanoPos.HostSim
{
    /// <summary>The result of <see cref="FrameReader.ReadAsync"/>.</summary>
    internal readonly struct FrameRead
    {
        /// <summary>Creates a result.</summary>
        public FrameRead(FrameReadStatus status, byte[] frame, int announced, int received)
        {
            Status = status;
            Frame = frame;
            Announced = announced;
            Received = received;
        }

        /// <summary>Gets how the read ended.</summary>
        public FrameReadStatus Status { get; }

        /// <summary>Gets the whole frame, header included, when <see cref="Status"/> is Frame.</summary>
        public byte[] Frame { get; }

        /// <summary>Gets the length the header announced, or -1 when the header did not arrive.</summary>
        public int Announced { get; }

        /// <summary>Gets the bytes received for this frame, header included.</summary>
        public int Received { get; }
    }
}
