using System;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The QA faults behind the technician's self-tests (issue 13): each makes one self-test fail with its reason, through
    /// the simulated driver a real fault would hit (display bus, keypad, flash, clock, radio, DNS, host, TLS, memory). They
    /// stay set across power cuts and reboots until cleared, except the flash write failure, which fires once.
    /// </summary>
    public sealed partial class SimulatedTerminal
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

        /// <summary>The simulated time server the terminal synchronises with at boot and every hour (SNTP on the board).</summary>
        public const string TimeServer = "time.nanopos.test";

        /// <summary>How often the simulated time server is asked again, in ms of simulated time (1 hour, as the board's SNTP client).</summary>
        public const long ResyncIntervalMs = 3_600_000;

        private SimulatedDeviceInfo _deviceInfo;
        private Key _deadKey = Key.None;
        private bool _flashFull;
        private bool _clockNotSet;
        private bool _wifiDown;
        private bool _weakSignal;
        private bool _dnsFailure;
        private bool _hostRefusesTcp;
        private bool _tlsUntrusted;
        private bool _lowMemory;
        private FaultRule _hostSilentRule;
        private FaultRule _hostBadMacRule;

        /// <summary>Gets or sets the display bus error: the panel takes no frame (it keeps the last one), as an SSD1306 that does not acknowledge on I2C. Display self-test: <c>DisplayBusError</c>.</summary>
        public bool DisplayBusError
        {
            get
            {
                lock (_gate)
                {
                    return _display.BusError;
                }
            }

            set
            {
                lock (_gate)
                {
                    _display.BusError = value;
                    Note("display bus error " + OnOff(value));
                }
            }
        }

        /// <summary>
        /// Gets or sets the dead key, or <see cref="Key.None"/>: its presses never reach the firmware (<see cref="Press"/>
        /// drops them), as a key whose membrane contact is broken. Keypad self-test: <c>KeysMissing</c>, naming it.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is not a key.</exception>
        public Key DeadKey
        {
            get
            {
                lock (_gate)
                {
                    return _deadKey;
                }
            }

            set
            {
                if (!Enum.IsDefined(value))
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                lock (_gate)
                {
                    _deadKey = value;
                    Note(value == Key.None ? "no dead key" : "dead key " + value);
                }
            }
        }

        /// <summary>
        /// Gets or sets the flash write failure: true arms it, and the next durable write of the firmware (a write, or a
        /// delete of a record that exists) fails with an I/O error and changes nothing; it reads false again once it has
        /// fired (or after a power cut or reboot). Store self-test: <c>StoreWriteFailed</c>.
        /// </summary>
        public bool FlashWriteFailure
        {
            get
            {
                lock (_gate)
                {
                    return _firmwareStore.FailNextWrite;
                }
            }

            set
            {
                lock (_gate)
                {
                    _firmwareStore.FailNextWrite = value;
                    Note(value ? "flash write failure armed (the next durable write fails)" : "flash write failure disarmed");
                }
            }
        }

        /// <summary>
        /// Gets or sets the full flash: a record (<see cref="FlashFillRecord"/>) takes the space until
        /// <see cref="FlashFullFreeBytes"/> are left; clearing deletes it. Store self-test: <c>StoreLowSpace</c>.
        /// </summary>
        public bool FlashFull
        {
            get
            {
                lock (_gate)
                {
                    return _flashFull;
                }
            }

            set
            {
                lock (_gate)
                {
                    if (value == _flashFull)
                    {
                        return;
                    }

                    if (value)
                    {
                        long fill = _store.FreeBytes - FlashFullFreeBytes;
                        if (fill > 0)
                        {
                            _store.Write(FlashFillRecord, new byte[fill], 0, (int)Math.Min(fill, int.MaxValue));
                        }
                    }
                    else
                    {
                        _store.Delete(FlashFillRecord);
                    }

                    _flashFull = value;
                    Note("flash full " + OnOff(value) + " (" + _store.FreeBytes + " B free)");
                }
            }
        }

        /// <summary>
        /// Gets or sets the unset clock: the wall time is not trusted (no time server reached), and no synchronisation
        /// happens while it is set; clearing it synchronises at once. Clock self-test: <c>ClockNotSet</c>.
        /// </summary>
        public bool ClockNotSet
        {
            get
            {
                lock (_gate)
                {
                    return _clockNotSet;
                }
            }

            set
            {
                lock (_gate)
                {
                    _clockNotSet = value;
                    UpdateClock(c =>
                    {
                        if (value)
                        {
                            c.SetWallTime(c.UtcNow, false);
                        }
                        else
                        {
                            c.Server ??= TimeServer;
                            c.RecordSync(0);
                        }
                    });
                    Note("clock not set " + OnOff(value));
                }
            }
        }

        /// <summary>Gets or sets the Wi-Fi down: the radio has not joined its network, so every connection waits its whole timeout in vain. Link self-test: <c>LinkNoRadio</c>.</summary>
        public bool WifiDown
        {
            get => Get(ref _wifiDown);
            set => SetLink(ref _wifiDown, value, "Wi-Fi down");
        }

        /// <summary>Gets or sets the weak signal: the radio reports <see cref="WeakSignalDbm"/> (payments still work). Link self-test: <c>LinkWeakSignal</c>.</summary>
        public bool WeakSignal
        {
            get => Get(ref _weakSignal);
            set => SetLink(ref _weakSignal, value, "weak Wi-Fi signal");
        }

        /// <summary>Gets or sets the DNS failure: the host's name does not resolve (<see cref="DnsFailureError"/>), so no connection opens. Link self-test: <c>LinkNameFailed</c>.</summary>
        public bool DnsFailure
        {
            get => Get(ref _dnsFailure);
            set => SetLink(ref _dnsFailure, value, "DNS failure");
        }

        /// <summary>Gets or sets the host refusing TCP: the acquirer refuses every connection (its port is closed). Link self-test: <c>LinkTcpFailed</c>.</summary>
        public bool HostRefusesTcp
        {
            get => Get(ref _hostRefusesTcp);
            set
            {
                lock (_gate)
                {
                    _hostRefusesTcp = value;
                    ApplyHostMode();
                    Note("host refuses TCP " + OnOff(value));
                }
            }
        }

        /// <summary>
        /// Gets or sets the untrusted certificate: the host's TLS side presents a certificate for the right names signed by
        /// a CA the terminal does not pin, so every handshake fails. Link self-test: <c>LinkTlsFailed</c>.
        /// </summary>
        /// <exception cref="InvalidOperationException">Set with TLS off (<see cref="SimulatedTerminalOptions.Tls"/>): there is no certificate.</exception>
        public bool TlsUntrusted
        {
            get => Get(ref _tlsUntrusted);
            set
            {
                if (value && HostTls == null)
                {
                    throw new InvalidOperationException("TLS is off on this terminal: there is no certificate to replace.");
                }

                lock (_gate)
                {
                    HostTls?.ServeUntrustedCertificate(value);
                    _tlsUntrusted = value;
                    Note("untrusted TLS certificate " + OnOff(value));
                }
            }
        }

        /// <summary>Gets or sets the silent host: it decides every request and answers nothing (the connection stays open). Host self-test: <c>HostNoAnswer</c>.</summary>
        public bool HostSilent
        {
            get
            {
                lock (_gate)
                {
                    return _hostSilentRule != null;
                }
            }

            set
            {
                lock (_gate)
                {
                    FaultRule previous = _hostSilentRule;
                    _hostSilentRule = value ? new FaultRule { Kind = FaultKind.NoResponse, Note = "host silent" } : null;
                    ReplaceHostRules(previous);
                    Note("host silent " + OnOff(value));
                }
            }
        }

        /// <summary>Gets or sets the bad MAC: every MACed answer of the host carries a wrong MAC (field 64). Host self-test: <c>HostBadAnswer</c>.</summary>
        public bool HostBadMac
        {
            get
            {
                lock (_gate)
                {
                    return _hostBadMacRule != null;
                }
            }

            set
            {
                lock (_gate)
                {
                    FaultRule previous = _hostBadMacRule;
                    _hostBadMacRule = value ? new FaultRule { Kind = FaultKind.BadMac, Note = "host bad MAC" } : null;
                    ReplaceHostRules(previous);
                    Note("host bad MAC " + OnOff(value));
                }
            }
        }

        /// <summary>Gets or sets the low memory: the device reports <see cref="LowMemoryBytes"/> free instead of measuring. Memory self-test: <c>MemoryLow</c>.</summary>
        public bool LowMemory
        {
            get => Get(ref _lowMemory);
            set
            {
                lock (_gate)
                {
                    _lowMemory = value;
                    ApplyDeviceFaults();
                    Note("low memory " + OnOff(value));
                }
            }
        }

        /// <summary>Gets every fault as it is now (no member null).</summary>
        public TerminalFaults Faults
        {
            get
            {
                lock (_gate)
                {
                    return new TerminalFaults
                    {
                        DisplayBusError = _display.BusError,
                        DeadKey = _deadKey,
                        FlashWriteFailure = _firmwareStore.FailNextWrite,
                        FlashFull = _flashFull,
                        ClockNotSet = _clockNotSet,
                        WifiDown = _wifiDown,
                        WeakSignal = _weakSignal,
                        DnsFailure = _dnsFailure,
                        HostRefusesTcp = _hostRefusesTcp,
                        TlsUntrusted = _tlsUntrusted,
                        HostSilent = _hostSilentRule != null,
                        HostBadMac = _hostBadMacRule != null,
                        LowMemory = _lowMemory,
                    };
                }
            }
        }

        /// <summary>Sets the non-null members of <paramref name="change"/>, after checking them all (a refused change sets nothing).</summary>
        /// <param name="change">The faults to set.</param>
        /// <exception cref="ArgumentException">The dead key is not a key, or the untrusted certificate is asked for with TLS off.</exception>
        public void ApplyFaults(TerminalFaults change)
        {
            ArgumentNullException.ThrowIfNull(change);
            if (change.DeadKey is Key key && !Enum.IsDefined(key))
            {
                throw new ArgumentException("deadKey: " + (int)key + " is not a key.");
            }

            if (change.TlsUntrusted == true && HostTls == null)
            {
                throw new ArgumentException("tlsUntrusted: TLS is off on this terminal, there is no certificate to replace.");
            }

            lock (_gate)
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

        private static void Set(bool? value, Action<bool> set)
        {
            if (value is bool v)
            {
                set(v);
            }
        }

        private static string OnOff(bool value) => value ? "on" : "off";

        private bool Get(ref bool field)
        {
            lock (_gate)
            {
                return field;
            }
        }

        private void SetLink(ref bool field, bool value, string what)
        {
            lock (_gate)
            {
                field = value;
                ApplyLinkFaults();
                Note(what + " " + OnOff(value));
            }
        }

        /// <summary>The network switch and the radio and DNS faults on the link of this boot (a new boot's link gets them too).</summary>
        private void ApplyLinkFaults()
        {
            if (_memoryLink == null)
            {
                return;
            }

            _memoryLink.RefuseConnections(!_networkUp);
            _memoryLink.SetRadio(!_wifiDown, _weakSignal ? WeakSignalDbm : InMemoryLink.DefaultSignalStrengthDbm);
            _memoryLink.FailNameLookup(_dnsFailure ? DnsFailureError : null);
        }

        /// <summary>The host's mode: refusing connections wins over the maintenance window's 91.</summary>
        private void ApplyHostMode()
        {
            Host.Faults.Maintenance = _hostRefusesTcp ? MaintenanceMode.RefuseConnections : _maintenance ? MaintenanceMode.Answer91 : MaintenanceMode.Off;
        }

        private void ApplyDeviceFaults()
        {
            if (_deviceInfo != null)
            {
                _deviceInfo.FreeMemoryOverride = _lowMemory ? LowMemoryBytes : -1;
            }
        }

        /// <summary>At boot the board asks its time server (SNTP) before anything else, unless the clock fault keeps it unset.</summary>
        private void SyncClockAtBoot()
        {
            if (!_clockNotSet)
            {
                UpdateClock(c =>
                {
                    c.Server ??= TimeServer;
                    c.RecordSync(0);
                });
            }
        }

        /// <summary>Every <see cref="ResyncIntervalMs"/> of simulated time the time server is asked again (a day-long run stays synced).</summary>
        private void KeepClockSynced()
        {
            if (!_clockNotSet && _clock.LastSyncMonotonicMs >= 0 && _clock.MonotonicMs - _clock.LastSyncMonotonicMs >= ResyncIntervalMs)
            {
                UpdateClock(c => c.RecordSync(0));
            }
        }

        private void UpdateClock(Action<ManualClock> change)
        {
            if (_shared != null)
            {
                _shared.Update(change);
            }
            else
            {
                change(_clock);
            }
        }
    }

    /// <summary>
    /// The QA faults of a <see cref="SimulatedTerminal"/> (see its properties of the same names): as a change, null members
    /// are left as they are; as <see cref="SimulatedTerminal.Faults"/>, every member is set.
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
