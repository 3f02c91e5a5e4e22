using NanoPos.Hal;

namespace NanoPos.Terminal
{
    /// <summary>
    /// Creates the link to the acquirer once the configuration is known (host address, port, TLS, Wi-Fi): the device
    /// builds a Wi-Fi/TCP link, the host build a TCP or in-memory one.
    /// </summary>
    public interface ILinkFactory
    {
        /// <summary>Creates the link for a configuration; called once per boot.</summary>
        /// <param name="config">The loaded configuration.</param>
        /// <returns>The link (not connected yet).</returns>
        INetworkLink Create(TerminalConfig config);
    }
}
