using NanoPos.Hal;
using NanoPos.Terminal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// Hands the firmware the simulated link whatever the configured host address (it is the in-process acquirer). With
    /// host.tls=on it wraps that link in a <see cref="TlsClientLink"/> pinning the CA of the terminal's own record "ca",
    /// and checking the name host.tls.name (or host.address), as the board's link factory does.
    /// </summary>
    internal sealed class FixedLinkFactory : ILinkFactory
    {
        private readonly INetworkLink _link;
        private readonly IRecordStore _store;
        private readonly IClock _clock;

        /// <param name="link">The simulated link (the in-memory link, or what a test wrapped it in).</param>
        /// <param name="store">The terminal's store, holding the CA record.</param>
        /// <param name="clock">The clock of the link's waits (simulated time).</param>
        internal FixedLinkFactory(INetworkLink link, IRecordStore store, IClock clock)
        {
            _link = link;
            _store = store;
            _clock = clock;
        }

        /// <summary>Gets the TLS link made by the last <see cref="Create"/>, or null when TLS is off.</summary>
        internal TlsClientLink TlsLink { get; private set; }

        /// <summary>Gets whether the firmware has asked for its link (it has read a valid configuration).</summary>
        internal bool Created { get; private set; }

        public INetworkLink Create(TerminalConfig config)
        {
            TlsLink = null;
            Created = true;
            if (!config.UseTls)
            {
                return _link;
            }

            TlsLink = new TlsClientLink(_link, _clock, config.TlsHostName ?? config.HostAddress, SimulatedTls.ReadCaRecord(_store));
            return TlsLink;
        }
    }
}
