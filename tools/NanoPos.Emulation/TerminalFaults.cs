using System.Text;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The self-test faults of a <see cref="SimulatedTerminal"/> as plain data (see the properties of the same names of
    /// <see cref="SelfTestFaults"/>): as a change (<see cref="SelfTestFaults.Apply"/>), null members are left as they are;
    /// as <see cref="SelfTestFaults.Current"/>, every member is set.
    /// </summary>
    public sealed class TerminalFaults
    {
        /// <summary>Gets or sets the display bus error (display self-test).</summary>
        public bool? DisplayBusError { get; set; }

        /// <summary>Gets or sets the dead key, <see cref="Key.None"/> for none (keypad self-test).</summary>
        public Key? DeadKey { get; set; }

        /// <summary>Gets or sets the flash write failure: the next durable write fails (store self-test).</summary>
        public bool? FlashWriteFailure { get; set; }

        /// <summary>Gets or sets the full flash (store self-test).</summary>
        public bool? FlashFull { get; set; }

        /// <summary>Gets or sets the unset clock (clock self-test).</summary>
        public bool? ClockNotSet { get; set; }

        /// <summary>Gets or sets the Wi-Fi down (link self-test).</summary>
        public bool? WifiDown { get; set; }

        /// <summary>Gets or sets the weak Wi-Fi signal (link self-test).</summary>
        public bool? WeakSignal { get; set; }

        /// <summary>Gets or sets the DNS failure (link self-test).</summary>
        public bool? DnsFailure { get; set; }

        /// <summary>Gets or sets the host refusing TCP connections (link self-test).</summary>
        public bool? HostRefusesTcp { get; set; }

        /// <summary>Gets or sets the host's untrusted TLS certificate (link self-test).</summary>
        public bool? TlsUntrusted { get; set; }

        /// <summary>Gets or sets the silent host (host self-test).</summary>
        public bool? HostSilent { get; set; }

        /// <summary>Gets or sets the host's bad MAC (host self-test).</summary>
        public bool? HostBadMac { get; set; }

        /// <summary>Gets or sets the low memory (memory self-test).</summary>
        public bool? LowMemory { get; set; }

        /// <summary>Lists the faults that are on, as their JSON names ("wifiDown", "deadKey=Digit5"), for logs.</summary>
        /// <returns>The names separated by ", ", or "none".</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            void Add(bool? on, string name)
            {
                if (on == true)
                {
                    text.Append(text.Length == 0 ? string.Empty : ", ").Append(name);
                }
            }

            Add(DisplayBusError, "displayBusError");
            Add(DeadKey is Key k && k != Key.None, "deadKey=" + DeadKey);
            Add(FlashWriteFailure, "flashWriteFailure");
            Add(FlashFull, "flashFull");
            Add(ClockNotSet, "clockNotSet");
            Add(WifiDown, "wifiDown");
            Add(WeakSignal, "weakSignal");
            Add(DnsFailure, "dnsFailure");
            Add(HostRefusesTcp, "hostRefusesTcp");
            Add(TlsUntrusted, "tlsUntrusted");
            Add(HostSilent, "hostSilent");
            Add(HostBadMac, "hostBadMac");
            Add(LowMemory, "lowMemory");
            return text.Length == 0 ? "none" : text.ToString();
        }
    }
}
