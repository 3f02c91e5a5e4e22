using NanoPos.Hal.Simulated;

namespace NanoPos.Emulation
{
    /// <summary>
    /// What the terminal's link meets: the network switch (a QA control) and the radio and name-lookup faults (self-test
    /// faults), applied to the in-memory link of the current boot, and to each new boot's link as it is made.
    /// </summary>
    /// <remarks>Callers hold the machine's lock (<see cref="SimulatedMachine.Gate"/>).</remarks>
    internal sealed class LinkConditions
    {
        private InMemoryLink _link;
        private bool _networkUp = true;
        private bool _wifiDown;
        private bool _weakSignal;
        private bool _dnsFailure;

        /// <summary>Gets or sets the in-memory link of the current boot; setting it applies every condition to it.</summary>
        internal InMemoryLink Link
        {
            get => _link;
            set
            {
                _link = value;
                Apply();
            }
        }

        /// <summary>Gets or sets whether the network between terminal and host is up (down: every connection is refused).</summary>
        internal bool NetworkUp
        {
            get => _networkUp;
            set
            {
                _networkUp = value;
                Apply();
            }
        }

        /// <summary>Gets or sets whether the radio is off its network (every connection waits its whole timeout in vain).</summary>
        internal bool WifiDown
        {
            get => _wifiDown;
            set
            {
                _wifiDown = value;
                Apply();
            }
        }

        /// <summary>Gets or sets whether the radio reports <see cref="SelfTestFaults.WeakSignalDbm"/> instead of its usual signal.</summary>
        internal bool WeakSignal
        {
            get => _weakSignal;
            set
            {
                _weakSignal = value;
                Apply();
            }
        }

        /// <summary>Gets or sets whether the host's name fails to resolve (<see cref="SelfTestFaults.DnsFailureError"/>).</summary>
        internal bool DnsFailure
        {
            get => _dnsFailure;
            set
            {
                _dnsFailure = value;
                Apply();
            }
        }

        private void Apply()
        {
            // Before the first boot there is no link yet: the boot's own link gets every condition as it is made.
            if (_link == null)
            {
                return;
            }

            _link.RefuseConnections(!_networkUp);
            _link.SetRadio(!_wifiDown, _weakSignal ? SelfTestFaults.WeakSignalDbm : InMemoryLink.DefaultSignalStrengthDbm);
            _link.FailNameLookup(_dnsFailure ? SelfTestFaults.DnsFailureError : null);
        }
    }
}
