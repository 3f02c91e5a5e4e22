namespace NanoPos.HostSim
{
    /// <summary>How reading one frame from a connection ended.</summary>
    internal enum FrameReadStatus
    {
        /// <summary>A whole frame arrived.</summary>
        Frame = 1,

        /// <summary>The peer closed the connection between frames.</summary>
        Closed = 2,

        /// <summary>Nothing arrived within the idle timeout.</summary>
        Idle = 3,

        /// <summary>The frame did not complete in time, or the peer closed in the middle of it.</summary>
        Incomplete = 4,

        /// <summary>The length header announced more than the limit.</summary>
        Oversize = 5,
    }
}
