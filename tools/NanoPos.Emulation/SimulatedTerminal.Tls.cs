using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>TLS between the terminal and the host: the host's termination, the firmware's TLS link, a summary for a panel.</summary>
    public sealed partial class SimulatedTerminal
    {
        /// <summary>
        /// Gets the host's TLS termination in front of <see cref="Host"/> (handshakes, negotiated protocol), or null when
        /// <see cref="SimulatedTerminalOptions.Tls"/> is off and the host speaks plaintext.
        /// </summary>
        public TlsHostEndpoint HostTls { get; }

        /// <summary>
        /// Gets the TLS link the firmware of the current boot made from its configuration (host.tls=on), pinning the CA of
        /// its record "ca"; null before the boot reads the configuration, or when host.tls is off.
        /// </summary>
        public TlsClientLink TlsLink
        {
            get
            {
                lock (_gate)
                {
                    return _links?.TlsLink;
                }
            }
        }

        /// <summary>
        /// Gets what protects the link, for a panel: "TLS 1.3 · CA SHA-256 3F:A2:…" (the protocol once a handshake
        /// completed; the fingerprint of the CA the terminal pins), "plaintext" when the firmware's link has no TLS, or "" before the firmware asked for its link.
        /// </summary>
        public string LinkSecurity
        {
            get
            {
                lock (_gate)
                {
                    TlsClientLink tls = _links?.TlsLink;
                    if (tls == null)
                    {
                        return _links != null && _links.Created ? "plaintext" : string.Empty;
                    }

                    string protocol = tls.Handshakes > 0 ? ProtocolName(tls.Protocol) : "TLS";
                    return protocol + " · CA SHA-256 " + SimulatedTls.ShortFingerprint(SimulatedTls.Fingerprint(tls.Authority));
                }
            }
        }

        private IHostEndpoint HostEndpoint => HostTls != null ? HostTls : Host;

        private static string ProtocolName(System.Security.Authentication.SslProtocols protocol)
        {
            return protocol switch
            {
                System.Security.Authentication.SslProtocols.Tls13 => "TLS 1.3",
                System.Security.Authentication.SslProtocols.Tls12 => "TLS 1.2",
                _ => "TLS",
            };
        }
    }
}
