using System.Security.Authentication;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;

namespace NanoPos.Emulation
{
    /// <summary>
    /// TLS between a <see cref="SimulatedTerminal"/> and its host: the host's termination in front of the acquirer, the
    /// firmware's TLS link of the current boot, and a one-line summary for a panel.
    /// </summary>
    /// <remarks>The members that read the current boot take the terminal's one lock.</remarks>
    public sealed class TerminalTls
    {
        private readonly SimulatedMachine _machine;

        internal TerminalTls(SimulatedMachine machine, SimulatedAcquirer acquirer, TlsHostEndpoint host)
        {
            _machine = machine;
            Host = host;
            Endpoint = host != null ? host : acquirer;
        }

        /// <summary>
        /// Gets the host's TLS termination in front of the acquirer (handshakes, negotiated protocol), or null when
        /// <see cref="SimulatedTerminalOptions.Tls"/> is off and the host speaks plaintext.
        /// </summary>
        public TlsHostEndpoint Host { get; }

        /// <summary>
        /// Gets the TLS link the firmware of the current boot made from its configuration (host.tls=on), pinning the CA of
        /// its record "ca"; null before the boot reads the configuration, or when host.tls is off.
        /// </summary>
        public TlsClientLink Link
        {
            get
            {
                lock (_machine.Gate)
                {
                    return _machine.Links?.TlsLink;
                }
            }
        }

        /// <summary>
        /// Gets what protects the link, for a panel: "TLS 1.3 · CA SHA-256 3F:A2:…" (the protocol once a handshake
        /// completed; the fingerprint of the CA the terminal pins), "plaintext" when the firmware's link has no TLS, or ""
        /// before the firmware asked for its link.
        /// </summary>
        public string LinkSecurity
        {
            get
            {
                lock (_machine.Gate)
                {
                    FixedLinkFactory links = _machine.Links;
                    TlsClientLink tls = links?.TlsLink;
                    if (tls == null)
                    {
                        return links != null && links.Created ? "plaintext" : string.Empty;
                    }

                    string protocol = tls.Handshakes > 0 ? ProtocolName(tls.Protocol) : "TLS";
                    return protocol + " · CA SHA-256 " + SimulatedTls.ShortFingerprint(SimulatedTls.Fingerprint(tls.Authority));
                }
            }
        }

        /// <summary>Gets what the terminal's link reaches: the TLS termination, or the acquirer itself with TLS off.</summary>
        internal IHostEndpoint Endpoint { get; }

        private static string ProtocolName(SslProtocols protocol)
        {
            return protocol switch
            {
                SslProtocols.Tls13 => "TLS 1.3",
                SslProtocols.Tls12 => "TLS 1.2",
                _ => "TLS",
            };
        }
    }
}
