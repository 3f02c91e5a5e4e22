using System.Net;
using System.Security.Cryptography.X509Certificates;
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

        /// <summary>The default idle timeout, in milliseconds: 60 s.</summary>
        /// <remarks>
        /// The terminal opens one connection per exchange, sends its request at once (within its 5 s send timeout)
        /// and closes after the answer or its 30 s response timeout, so a healthy connection is never silent for
        /// long. 60 s is twice the terminal's longest wait: silence beyond it is a peer that forgot the connection.
        /// A connection with a delayed answer still to send is never closed as idle.
        /// </remarks>
        public const int DefaultIdleTimeoutMs = 60_000;

        /// <summary>The default connection limit: 64 connections open at once.</summary>
        public const int DefaultMaxConnections = 64;

        /// <summary>
        /// Gets or sets how long a connection may stay silent between frames, in milliseconds, before the server closes
        /// it (default <see cref="DefaultIdleTimeoutMs"/>); not while a delayed answer is still to be sent on it.
        /// </summary>
        public int IdleTimeoutMs { get; set; } = DefaultIdleTimeoutMs;

        /// <summary>
        /// Gets or sets how many connections may be open at once (default <see cref="DefaultMaxConnections"/>, which is
        /// far more terminals than any test here drives); a connection beyond it is closed as soon as it is accepted,
        /// with a <see cref="HostSimEventKind.ConnectionRefused"/> event.
        /// </summary>
        public int MaxConnections { get; set; } = DefaultMaxConnections;

        /// <summary>Gets or sets how long a frame may take to arrive once its first byte came, in milliseconds.</summary>
        public int FrameTimeoutMs { get; set; } = 10_000;

        /// <summary>Gets or sets how long one write of an answer may take, in milliseconds, before the connection is dropped.</summary>
        public int WriteTimeoutMs { get; set; } = 10_000;

        /// <summary>
        /// Gets or sets the server certificate, with its private key, to serve TLS 1.2 and 1.3 with (null, the default:
        /// plain TCP). <see cref="HostSimulator"/> sets it from a fresh <see cref="TlsAuthority"/> when
        /// <see cref="HostSimOptions.Tls"/> is on; the caller keeps ownership.
        /// </summary>
        public X509Certificate2 TlsCertificate { get; set; }

        /// <summary>
        /// Gets or sets how long a TLS handshake may take once a connection is accepted, in milliseconds (default 10 s,
        /// like a frame): a peer that stalls the handshake, or speaks plain TCP and then waits, is closed after it.
        /// </summary>
        public int HandshakeTimeoutMs { get; set; } = 10_000;

        /// <summary>Gets or sets the protocol profile (default: the CUP terminal profile, 2-byte length + 5-byte TPDU).</summary>
        public MessageProfile Profile { get; set; } = CupTerminalProfile.Instance;
    }
}
