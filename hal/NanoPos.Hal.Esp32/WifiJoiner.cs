using System;
using System.Device.Wifi;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Brings the configured Wi-Fi network up for <see cref="WifiTcpLink"/> without wearing the flash, and keeps the
    /// signal strength of the last scan.
    /// </summary>
    /// <remarks>
    /// <para><b>Why not WifiNetworkHelper.ConnectDhcp on every connect.</b> Whenever the device has no address (exactly
    /// while Wi-Fi is down), ConnectDhcp disconnects the radio, writes SSID and password into the device configuration
    /// (Wireless80211Configuration.SaveConfiguration, a flash write, even when they are unchanged) and starts a new
    /// join, which also cancels the join the radio was already retrying. Called for each payment, reversal retry and
    /// probe during an outage, that is thousands of flash writes a day. Each call (and each WifiNetworkHelper.Reconnect)
    /// also creates a WifiAdapter that the Wi-Fi event listener keeps for ever: heap lost per call.</para>
    /// <para><b>What this class does instead.</b> Once per boot (the first <see cref="Join"/>) it compares the stored
    /// Wi-Fi configuration with the provisioned one (SSID, password, automatic connection) and writes it only when it
    /// differs: on the first boot after provisioning or after a credential change, never on a normal boot. It then
    /// starts a join only if it just changed the settings. With AutoConnect stored, the nanoFramework ESP32 runtime
    /// joins the stored network by itself at start-up and joins again after every disconnection, for ever; so every
    /// other <see cref="Join"/> only waits (polling, bounded by its timeout) for an address and, with TLS, for a valid
    /// date (SNTP), which TLS needs to check certificate validity. A wait writes nothing and keeps nothing.</para>
    /// <para>The one join after a settings change goes through WifiAdapter.Connect, whose native side waits up to
    /// 20 s for the access point's answer whatever our timeout: that one call per provisioning may outlast the
    /// caller's timeout. The address mode (DHCP unless the device configuration says otherwise) is left as it is.</para>
    /// <para><b>The password.</b> It is read from its <see cref="ISecretSource"/> (the terminal's wrapped record) only
    /// inside that once-per-boot setup, into a buffer wiped at once; the runtime's API takes it only as a string, which
    /// cannot be wiped and is dropped right after. It is never logged: a status names the record to provision again,
    /// never the password. Note what this cannot change: with AutoConnect the nanoFramework runtime keeps its own copy
    /// in its Wi-Fi configuration block in flash, in clear unless the board's flash encryption is on (see the
    /// README, "Keys at rest and flash encryption"), and any managed code on the board can read it back. If the wrapped
    /// record is damaged, setup fails with a status saying so and the runtime goes on joining with that stored copy.</para>
    /// </remarks>
    internal sealed class WifiJoiner
    {
        private const int PollMs = 200;

        private const Wireless80211Configuration.ConfigurationOptions AutoConnect =
            Wireless80211Configuration.ConfigurationOptions.AutoConnect;

        private readonly string _ssid;
        private readonly ISecretSource _password;
        private readonly bool _requiresDateTime;
        private WifiAdapter _adapter;
        private bool _setupDone;
        private bool _scanSubscribed;
        private int _rssiDbm;
        private int _settingsWrites;
        private string _lastStatus = string.Empty;

        /// <summary>Creates the joiner; nothing touches the radio before the first <see cref="Join"/>.</summary>
        /// <param name="ssid">The network name.</param>
        /// <param name="password">Where the password is read from, once per boot, right before it is used.</param>
        /// <param name="requiresDateTime">True to wait for a valid date too (TLS).</param>
        public WifiJoiner(string ssid, ISecretSource password, bool requiresDateTime)
        {
            _ssid = ssid;
            _password = password;
            _requiresDateTime = requiresDateTime;
        }

        /// <summary>Gets the RSSI in dBm of the network from the last scan, or 0 before any scan found it.</summary>
        public int RssiDbm
        {
            get { return _rssiDbm; }
        }

        /// <summary>Gets how often this joiner wrote the Wi-Fi settings to flash (0 or 1 per boot).</summary>
        public int SettingsWrites
        {
            get { return _settingsWrites; }
        }

        /// <summary>Gets why the last <see cref="Join"/> failed, for error messages ("" after a success).</summary>
        public string LastStatus
        {
            get { return _lastStatus; }
        }

        /// <summary>Makes sure the device has an address on the network (and, with TLS, a valid date).</summary>
        /// <param name="timeoutMs">The longest wait in ms (see the remarks for the one exception).</param>
        /// <returns>True when the network is up in time.</returns>
        public bool Join(int timeoutMs)
        {
            long deadline = Environment.TickCount64 + timeoutMs;
            if (!_setupDone)
            {
                // Once per boot, whatever the outcome: a setup that failed is tried again at the next boot.
                _setupDone = true;
                try
                {
                    SetUp();
                }
                catch (Exception e)
                {
                    // The message never holds the password (ISecretSource's contract; the runtime's errors name none).
                    _lastStatus = "Wi-Fi setup failed: " + e.Message;
                    Debug.WriteLine("nanoPos: " + _lastStatus);
                    return false;
                }
            }

            while (!IsReady())
            {
                int remaining = LinkCalls.RemainingMs(deadline, Environment.TickCount64);
                if (remaining == 0)
                {
                    _lastStatus = WifiInterface() == null ? "no Wi-Fi interface"
                        : !HasIpAddress() ? "no IP address in time (network out of reach or wrong password)"
                        : "no valid date in time (SNTP not answering)";
                    return false;
                }

                Thread.Sleep(remaining < PollMs ? remaining : PollMs);
            }

            _lastStatus = string.Empty;
            return true;
        }

        /// <summary>Starts a scan; its result updates <see cref="RssiDbm"/>.</summary>
        public void StartScan()
        {
            WifiAdapter adapter = Adapter();
            if (!_scanSubscribed)
            {
                adapter.AvailableNetworksChanged += OnScanCompleted;
                _scanSubscribed = true;
            }

            adapter.ScanAsync();
        }

        // Writes the provisioned settings when the stored ones differ, and then starts a join with them.
        private void SetUp()
        {
            NetworkInterface wifi = WifiInterface();
            if (wifi == null)
            {
                return;
            }

            Wireless80211Configuration stored = Wireless80211Configuration.GetAllWireless80211Configurations()[(int)wifi.SpecificConfigId];
            string password = ReadPassword();
            if (stored.Ssid == _ssid && stored.Password == password && (stored.Options & AutoConnect) == AutoConnect)
            {
                // The runtime has been joining this network since start-up and keeps doing so: nothing to write or start.
                return;
            }

            // First boot after provisioning, or new credentials: the only flash write, and the radio is switched over.
            stored.Ssid = _ssid;
            stored.Password = password;
            stored.Options = AutoConnect;
            stored.SaveConfiguration();
            _settingsWrites++;

            // The outcome is not needed here: the runtime retries by itself, and the wait in Join reports the result.
            Adapter().Connect(_ssid, WifiReconnectionKind.Automatic, password);
        }

        // The clear password for the runtime's API, which takes strings only. The bytes are wiped at once; the string is
        // held by nothing of ours once SetUp returns. A damaged record throws IOException naming what to provision.
        private string ReadPassword()
        {
            byte[] buffer = new byte[_password.MaxLength];
            char[] chars = null;
            try
            {
                int length = _password.CopyTo(buffer, 0);
                chars = new char[length];
                for (int i = 0; i < length; i++)
                {
                    chars[i] = (char)buffer[i];
                }

                return new string(chars);
            }
            finally
            {
                Array.Clear(buffer, 0, buffer.Length);
                if (chars != null)
                {
                    Array.Clear(chars, 0, chars.Length);
                }
            }
        }

        private WifiAdapter Adapter()
        {
            // One adapter object for the joiner's lifetime: the Wi-Fi event listener keeps every one ever created.
            if (_adapter == null)
            {
                _adapter = WifiAdapter.FindAllAdapters()[0];
            }

            return _adapter;
        }

        private bool IsReady()
        {
            return HasIpAddress() && (!_requiresDateTime || DateTime.UtcNow.Year >= Esp32Clock.MinimumTrustedYear);
        }

        private void OnScanCompleted(WifiAdapter sender, object e)
        {
            int best = 0;
            WifiAvailableNetwork[] networks = sender.NetworkReport.AvailableNetworks;
            for (int i = 0; i < networks.Length; i++)
            {
                // Several access points may carry the SSID; the strongest is the one the radio uses or will roam to.
                int rssi = (int)networks[i].NetworkRssiInDecibelMilliwatts;
                if (networks[i].Ssid == _ssid && rssi < 0 && (best == 0 || rssi > best))
                {
                    best = rssi;
                }
            }

            _rssiDbm = best;
        }

        private static bool HasIpAddress()
        {
            NetworkInterface wifi = WifiInterface();
            if (wifi == null)
            {
                return false;
            }

            string address = wifi.IPv4Address;
            return address != null && address.Length > 0 && address != "0.0.0.0";
        }

        private static NetworkInterface WifiInterface()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return interfaces[i];
                }
            }

            return null;
        }
    }
}
