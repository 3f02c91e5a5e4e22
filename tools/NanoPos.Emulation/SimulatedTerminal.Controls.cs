using System;
using NanoPos.HostSim;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>The QA controls: network, host maintenance and delay, language.</summary>
    public sealed partial class SimulatedTerminal
    {
        /// <summary>Gets or sets whether the network between terminal and host is up (down: every connection attempt fails).</summary>
        public bool NetworkUp
        {
            get
            {
                lock (_gate)
                {
                    return _networkUp;
                }
            }

            set
            {
                lock (_gate)
                {
                    _networkUp = value;
                    _memoryLink?.RefuseConnections(!value);
                    Note("network " + (value ? "up" : "down"));
                }
            }
        }

        /// <summary>Gets or sets the host's maintenance window: every request is answered 91 ("bank system unavailable").</summary>
        public bool HostMaintenance
        {
            get
            {
                lock (_gate)
                {
                    return _maintenance;
                }
            }

            set
            {
                lock (_gate)
                {
                    _maintenance = value;
                    Host.Faults.Maintenance = value ? MaintenanceMode.Answer91 : MaintenanceMode.Off;
                    Note("host maintenance " + (value ? "on" : "off"));
                }
            }
        }

        /// <summary>Gets or sets how long the host waits before each answer, in ms of simulated time (0: at once).</summary>
        public int HostDelayMs
        {
            get
            {
                lock (_gate)
                {
                    return _hostDelayMs;
                }
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                lock (_gate)
                {
                    _hostDelayMs = value;
                    Host.Faults.Clear();
                    if (value > 0)
                    {
                        Host.Faults.Add(new FaultRule { Kind = FaultKind.Delay, DelayMs = value, Note = "host delay" });
                    }

                    Note("host delay " + value + " ms");
                }
            }
        }

        /// <summary>Gets or sets the display language; setting it also saves it into the configuration (as the technician menu does).</summary>
        public Language Language
        {
            get
            {
                lock (_gate)
                {
                    return _firmware == null ? _options.Language : _firmware.Ui.Language;
                }
            }

            set
            {
                lock (_gate)
                {
                    _options.Language = value;
                    if (_firmware == null)
                    {
                        return;
                    }

                    _firmware.Ui.Language = value;
                    if (_firmware.Config != null && (_firmware.Runner == null || !_firmware.Runner.IsBusy))
                    {
                        _firmware.Config.Language = value;
                        Guarded(() => _firmware.Config.Save(_store));
                    }
                }
            }
        }
    }
}
