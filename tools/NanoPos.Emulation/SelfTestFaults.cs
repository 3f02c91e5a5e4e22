using System;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The QA faults behind the technician's self-tests (issue 13) of a <see cref="SimulatedTerminal"/>: each makes one
    /// self-test fail with its reason, through the simulated driver a real fault would hit (display bus, keypad, flash,
    /// clock, radio, DNS, host, TLS, memory). They stay set across power cuts and reboots until cleared, except the flash
    /// write failure, which fires once.
    /// </summary>
    /// <remarks>
    /// Every member takes the terminal's one lock and notes the change in the timeline ("Wi-Fi down on"). The state lives
    /// with what it acts on (<see cref="DeviceConditions"/>, <see cref="LinkConditions"/>, <see cref="HostConditions"/>,
    /// <see cref="SimulatedTimeServer"/>), which the QA controls share.
    /// </remarks>
    public sealed class SelfTestFaults
    {
        /// <summary>The Wi-Fi signal of the <see cref="WeakSignal"/> fault, in dBm: below the link test's -80 dBm minimum.</summary>
        public const int WeakSignalDbm = -88;

        /// <summary>The free memory the <see cref="LowMemory"/> fault reports, in bytes: an ESP32-sized figure below the memory test's 16 KB minimum.</summary>
        public const long LowMemoryBytes = 12_000;

        /// <summary>The free flash the <see cref="FlashFull"/> fault leaves, in bytes: below the store test's 8 KB reserve, above a payment's needs.</summary>
        public const long FlashFullFreeBytes = 4096;

        /// <summary>The record the <see cref="FlashFull"/> fault fills the flash with.</summary>
        public const string FlashFillRecord = "qa.fill";

        /// <summary>The error of the <see cref="DnsFailure"/> fault's name lookup.</summary>
        public const string DnsFailureError = "name not found";

        private readonly SimulatedMachine _machine;
        private readonly DeviceConditions _device;
        private readonly LinkConditions _link;
        private readonly HostConditions _host;
        private readonly SimulatedTimeServer _time;
        private readonly TlsHostEndpoint _hostTls;
        private bool _tlsUntrusted;

        internal SelfTestFaults(SimulatedMachine machine, DeviceConditions device, LinkConditions link, HostConditions host, SimulatedTimeServer time, TlsHostEndpoint hostTls)
        {
            _machine = machine;
            _device = device;
            _link = link;
            _host = host;
            _time = time;
            _hostTls = hostTls;
        }

        /// <summary>Gets or sets the display bus error: the panel takes no frame (it keeps the last one), as an SSD1306 that does not acknowledge on I2C. Display self-test: <c>DisplayBusError</c>.</summary>
        public bool DisplayBusError
        {
            get => Read(() => _machine.Display.BusError);
            set => Change(() => _machine.Display.BusError = value, "display bus error " + OnOff(value));
        }

        /// <summary>
        /// Gets or sets the dead key, or <see cref="Key.None"/>: its presses never reach the firmware
        /// (<see cref="SimulatedTerminal.Press"/> drops them), as a key whose membrane contact is broken. Keypad self-test:
        /// <c>KeysMissing</c>, naming it.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is not a key.</exception>
        public Key DeadKey
        {
            get => Read(() => _device.DeadKey);
            set
            {
                if (!Enum.IsDefined(value))
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                Change(() => _device.DeadKey = value, value == Key.None ? "no dead key" : "dead key " + value);
            }
        }

        /// <summary>
        /// Gets or sets the flash write failure: true arms it, and the next durable write of the firmware (a write, or a
        /// delete of a record that exists) fails with an I/O error and changes nothing; it reads false again once it has
        /// fired (or after a power cut or reboot). Store self-test: <c>StoreWriteFailed</c>.
        /// </summary>
        public bool FlashWriteFailure
        {
            get => Read(() => _machine.FirmwareStore.FailNextWrite);
            set => Change(() => _machine.FirmwareStore.FailNextWrite = value, value ? "flash write failure armed (the next durable write fails)" : "flash write failure disarmed");
        }

        /// <summary>
        /// Gets or sets the full flash: a record (<see cref="FlashFillRecord"/>) takes the space until
        /// <see cref="FlashFullFreeBytes"/> bytes are left; clearing deletes it. Store self-test: <c>StoreLowSpace</c>.
        /// </summary>
        public bool FlashFull
        {
            get => Read(() => _device.FlashFull);
            set
            {
                lock (_machine.Gate)
                {
                    // Setting what is already set fills nothing and notes nothing.
                    if (value != _device.FlashFull)
                    {
                        _device.FlashFull = value;
                        _machine.Note("flash full " + OnOff(value) + " (" + _machine.Store.FreeBytes + " B free)");
                    }
                }
            }
        }

        /// <summary>
        /// Gets or sets the unset clock: the wall time is not trusted (no time server reached), and no synchronisation
        /// happens while it is set; clearing it synchronises at once. Clock self-test: <c>ClockNotSet</c>.
        /// </summary>
        public bool ClockNotSet
        {
            get => Read(() => _time.ClockNotSet);
            set => Change(() => _time.ClockNotSet = value, "clock not set " + OnOff(value));
        }

        /// <summary>Gets or sets the Wi-Fi down: the radio has not joined its network, so every connection waits its whole timeout in vain. Link self-test: <c>LinkNoRadio</c>.</summary>
        public bool WifiDown
        {
            get => Read(() => _link.WifiDown);
            set => Change(() => _link.WifiDown = value, "Wi-Fi down " + OnOff(value));
        }

        /// <summary>Gets or sets the weak signal: the radio reports <see cref="WeakSignalDbm"/> (payments still work). Link self-test: <c>LinkWeakSignal</c>.</summary>
        public bool WeakSignal
        {
            get => Read(() => _link.WeakSignal);
            set => Change(() => _link.WeakSignal = value, "weak Wi-Fi signal " + OnOff(value));
        }

        /// <summary>Gets or sets the DNS failure: the host's name does not resolve (<see cref="DnsFailureError"/>), so no connection opens. Link self-test: <c>LinkNameFailed</c>.</summary>
        public bool DnsFailure
        {
            get => Read(() => _link.DnsFailure);
            set => Change(() => _link.DnsFailure = value, "DNS failure " + OnOff(value));
        }

        /// <summary>Gets or sets the host refusing TCP: the acquirer refuses every connection (its port is closed). Link self-test: <c>LinkTcpFailed</c>.</summary>
        public bool HostRefusesTcp
        {
            get => Read(() => _host.RefusesTcp);
            set => Change(() => _host.RefusesTcp = value, "host refuses TCP " + OnOff(value));
        }

        /// <summary>
        /// Gets or sets the untrusted certificate: the host's TLS side presents a certificate for the right names signed by
        /// a CA the terminal does not pin, so every handshake fails. Link self-test: <c>LinkTlsFailed</c>.
        /// </summary>
        /// <exception cref="InvalidOperationException">Set with TLS off (<see cref="SimulatedTerminalOptions.Tls"/>): there is no certificate.</exception>
        public bool TlsUntrusted
        {
            get => Read(() => _tlsUntrusted);
            set
            {
                if (value && _hostTls == null)
                {
                    throw new InvalidOperationException("TLS is off on this terminal: there is no certificate to replace.");
                }

                lock (_machine.Gate)
                {
                    _hostTls?.ServeUntrustedCertificate(value);
                    _tlsUntrusted = value;
                    _machine.Note("untrusted TLS certificate " + OnOff(value));
                }
            }
        }

        /// <summary>Gets or sets the silent host: it decides every request and answers nothing (the connection stays open). Host self-test: <c>HostNoAnswer</c>.</summary>
        public bool HostSilent
        {
            get => Read(() => _host.Silent);
            set => Change(() => _host.Silent = value, "host silent " + OnOff(value));
        }

        /// <summary>Gets or sets the bad MAC: every MACed answer of the host carries a wrong MAC (field 64). Host self-test: <c>HostBadAnswer</c>.</summary>
        public bool HostBadMac
        {
            get => Read(() => _host.BadMac);
            set => Change(() => _host.BadMac = value, "host bad MAC " + OnOff(value));
        }

        /// <summary>Gets or sets the low memory: the device reports <see cref="LowMemoryBytes"/> bytes free instead of measuring. Memory self-test: <c>MemoryLow</c>.</summary>
        public bool LowMemory
        {
            get => Read(() => _device.LowMemory);
            set => Change(() => _device.LowMemory = value, "low memory " + OnOff(value));
        }

        /// <summary>Gets every fault as it is now (no member null).</summary>
        public TerminalFaults Current
        {
            get
            {
                lock (_machine.Gate)
                {
                    return new TerminalFaults
                    {
                        DisplayBusError = _machine.Display.BusError,
                        DeadKey = _device.DeadKey,
                        FlashWriteFailure = _machine.FirmwareStore.FailNextWrite,
                        FlashFull = _device.FlashFull,
                        ClockNotSet = _time.ClockNotSet,
                        WifiDown = _link.WifiDown,
                        WeakSignal = _link.WeakSignal,
                        DnsFailure = _link.DnsFailure,
                        HostRefusesTcp = _host.RefusesTcp,
                        TlsUntrusted = _tlsUntrusted,
                        HostSilent = _host.Silent,
                        HostBadMac = _host.BadMac,
                        LowMemory = _device.LowMemory,
                    };
                }
            }
        }

        /// <summary>Sets the non-null members of <paramref name="change"/>, after checking them all (a refused change sets nothing).</summary>
        /// <param name="change">The faults to set.</param>
        /// <exception cref="ArgumentException">The dead key is not a key, or the untrusted certificate is asked for with TLS off.</exception>
        public void Apply(TerminalFaults change)
        {
            ArgumentNullException.ThrowIfNull(change);
            if (change.DeadKey is Key key && !Enum.IsDefined(key))
            {
                throw new ArgumentException("deadKey: " + (int)key + " is not a key.");
            }

            if (change.TlsUntrusted == true && _hostTls == null)
            {
                throw new ArgumentException("tlsUntrusted: TLS is off on this terminal, there is no certificate to replace.");
            }

            // One lock around them all: no other thread sees half a change.
            lock (_machine.Gate)
            {
                Set(change.DisplayBusError, v => DisplayBusError = v);
                if (change.DeadKey is Key dead)
                {
                    DeadKey = dead;
                }

                Set(change.FlashWriteFailure, v => FlashWriteFailure = v);
                Set(change.FlashFull, v => FlashFull = v);
                Set(change.ClockNotSet, v => ClockNotSet = v);
                Set(change.WifiDown, v => WifiDown = v);
                Set(change.WeakSignal, v => WeakSignal = v);
                Set(change.DnsFailure, v => DnsFailure = v);
                Set(change.HostRefusesTcp, v => HostRefusesTcp = v);
                Set(change.TlsUntrusted, v => TlsUntrusted = v);
                Set(change.HostSilent, v => HostSilent = v);
                Set(change.HostBadMac, v => HostBadMac = v);
                Set(change.LowMemory, v => LowMemory = v);
            }
        }

        /// <summary>Lists the faults that are on, as their JSON names ("wifiDown", "deadKey=Digit5"), for logs.</summary>
        /// <returns>What <see cref="TerminalFaults.ToString"/> says of <see cref="Current"/>.</returns>
        public override string ToString() => Current.ToString();

        private static void Set(bool? value, Action<bool> set)
        {
            if (value is bool v)
            {
                set(v);
            }
        }

        private static string OnOff(bool value) => value ? "on" : "off";

        private T Read<T>(Func<T> read)
        {
            lock (_machine.Gate)
            {
                return read();
            }
        }

        private void Change(Action change, string note)
        {
            lock (_machine.Gate)
            {
                change();
                _machine.Note(note);
            }
        }
    }
}
