using NanoPos.Hal;
using NanoPos.Terminal;

namespace NanoPos.Emulation
{
    /// <summary>Hands the firmware the simulated link whatever the configured host address (it is the in-process acquirer).</summary>
    internal sealed class FixedLinkFactory : ILinkFactory
    {
        private readonly INetworkLink _link;

        internal FixedLinkFactory(INetworkLink link)
        {
            _link = link;
        }

        public INetworkLink Create(TerminalConfig config)
        {
            return _link;
        }
    }
}
