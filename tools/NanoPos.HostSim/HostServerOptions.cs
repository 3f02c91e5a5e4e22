using System.Net;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>How the TCP server listens and how patient it is.</summary>
    public sealed class HostServerOptions
    {
        /// <summary>Gets or sets the address to listen on (default 127.0.0.1: the simulator is a local test tool).</summary>
        public IPAddress Address { get; set; } = IPAddress.Loopback;

        /// <summary>Gets or sets the TCP port (0: an ephemeral port, read it from <see cref="HostServer.Port"/>).</summary>
        public int Port { get; set; }

        /// <summary>Gets or sets the largest length a frame header may announce, in bytes (TPDU + message); larger frames are refused and the connection closed.</summary>
        public int MaxFrameBytes { get; set; } = 4096;

        /// <summary>Gets or sets how long a connection may stay silent between frames, in milliseconds, before the server closes it.</summary>
        public int IdleTimeoutMs { get; set; } = 300_000;

        /// <summary>Gets or sets how long a frame may take to arrive once its first byte came, in milliseconds.</summary>
        public int FrameTimeoutMs { get; set; } = 10_000;

        /// <summary>Gets or sets how long one write of an answer may take, in milliseconds, before the connection is dropped.</summary>
        public int WriteTimeoutMs { get; set; } = 10_000;

        /// <summary>Gets or sets the protocol profile (default: the CUP terminal profile, 2-byte length + 5-byte TPDU).</summary>
        public MessageProfile Profile { get; set; } = CupTerminalProfile.Instance;
    }
}
