using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>
    /// Composes the firmware of one boot on the machine's drivers, as the board's App does at power-on: the link to the
    /// host (with the network switch and the link faults), the boot record, the time server's sync, the device information
    /// (with the low-memory fault) and <see cref="PosTerminal"/> itself; and takes it apart again at a power cut or
    /// reboot. <see cref="TerminalPower"/> decides when.
    /// </summary>
    /// <remarks>Callers hold the machine's lock (<see cref="SimulatedMachine.Gate"/>).</remarks>
    internal sealed class FirmwareComposition
    {
        private readonly SimulatedMachine _machine;
        private readonly WorkerPacing _pacing;
        private readonly SimulatedAcquirer _host;
        private readonly IHostEndpoint _endpoint;
        private readonly LinkConditions _link;
        private readonly DeviceConditions _device;
        private readonly SimulatedTimeServer _time;

        // The restarter handed to the firmware of the current boot.
        private SimulatedRestarter _restarter;

        internal FirmwareComposition(SimulatedMachine machine, WorkerPacing pacing, SimulatedAcquirer host, IHostEndpoint endpoint, LinkConditions link, DeviceConditions device, SimulatedTimeServer time)
        {
            _machine = machine;
            _pacing = pacing;
            _host = host;
            _endpoint = endpoint;
            _link = link;
            _device = device;
            _time = time;
        }

        /// <summary>Gets the number of boots so far.</summary>
        internal int Boots { get; private set; }

        /// <summary>Gets whether the firmware of the current boot asked to be restarted (an engine call failed).</summary>
        internal bool RestartRequested => _restarter != null && _restarter.Requested;

        /// <summary>
        /// Boots a new firmware and lets it run until it waits for a key or for time; a power cut during the boot itself
        /// (boot record, recovery, sign-on) leaves a dead firmware for the caller to find.
        /// </summary>
        internal void Start()
        {
            Boots++;
            _host.Boot = Boots;
            _machine.Display.Boot = Boots;
            INetworkLink link = CreateLink();
            if (_machine.Options.WrapLink != null)
            {
                link = _machine.Options.WrapLink(link);
            }

            _machine.Links = new FixedLinkFactory(link, _machine.FirmwareStore, _machine.Clock);
            _restarter = new SimulatedRestarter();
            _machine.Note("boot " + Boots);
            try
            {
                _machine.BootRecord = BootRecord.Start(_machine.Store);
                _time.SyncAtBoot();
                _machine.DeviceInfo = new SimulatedDeviceInfo(_machine.BootRecord, _machine.Clock);
                _device.ApplyToDevice();
                var firmware = new PosTerminal(_machine.Keypad, _machine.Display, _machine.FirmwareStore, _machine.Clock, _machine.DeviceInfo, _machine.Links, _restarter);
                firmware.UseWorkerThread = _machine.Shared != null;
                _machine.Firmware = firmware;
                _machine.Display.Ui = firmware.Ui;
                firmware.Boot();
                _pacing.Settle();
            }
            catch (PowerCutException)
            {
                // Cut during the boot itself (boot record, recovery, sign-on): the caller's AfterAction boots again.
            }
        }

        /// <summary>Stops the firmware of the current boot: its worker thread, its connection, its keys and its screen.</summary>
        /// <returns>False when the worker thread did not stop within <see cref="SimulatedTerminalOptions.WorkerTimeoutMs"/>:
        /// the firmware is left as it is, for nothing may boot over its storage.</returns>
        internal bool Stop()
        {
            if (_machine.Firmware?.Runner is ThreadedTransactionRunner threaded)
            {
                _machine.Shared?.CutPower();
                threaded.Dispose();
                if (!threaded.WaitForStop(_machine.Options.WorkerTimeoutMs))
                {
                    return false;
                }
            }

            // The device's TCP connection dies with it (and its TLS session: the client's reading thread ends).
            _machine.Links?.TlsLink?.Disconnect();
            _link.Link?.Disconnect();
            _machine.Keypad.Clear();
            _machine.Display.Ui = null;
            _machine.Firmware = null;
            return true;
        }

        /// <summary>The in-memory link to the host for a new boot, with the network switch and the link faults applied.</summary>
        private INetworkLink CreateLink()
        {
            if (_machine.Shared != null)
            {
                var paced = new PacedLink(_machine.Shared, new ManualClock(_machine.Options.StartUtc, true), _endpoint);
                _link.Link = paced.Inner;
                return paced;
            }

            var memory = new InMemoryLink(_machine.Manual, _endpoint);
            _link.Link = memory;
            return memory;
        }
    }
}
