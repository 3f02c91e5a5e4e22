using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Joins the configured Wi-Fi network for <see cref="WifiTcpLink"/> and keeps the signal strength of the last scan.
    /// </summary>
    /// <remarks>
    /// WifiNetworkHelper.ConnectDhcp stores the network in the device configuration (a flash write) whenever it is
    /// not already connected to that SSID, so it is used only for the first join and after a failed wait.
    /// Otherwise the radio, set to reconnect automatically, rejoins by itself after a loss and
    /// WifiNetworkHelper.Reconnect only waits for the address. With <c>requiresDateTime</c> both also wait for a
    /// valid date (set by SNTP), which TLS needs to check certificate validity.
    /// </remarks>
    internal sealed class WifiJoiner
    {
        private readonly string _ssid;
        private readonly string _password;
        private readonly bool _requiresDateTime;
        private bool _setupNeeded = true;
        private bool _scanSubscribed;
        private int _rssiDbm;

        /// <summary>Creates the joiner.</summary>
        /// <param name="ssid">The network name.</param>
        /// <param name="password">The password.</param>
        /// <param name="requiresDateTime">True to wait for a valid date too (TLS).</param>
        public WifiJoiner(string ssid, string password, bool requiresDateTime)
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

        /// <summary>Gets the helper's status as text, for error messages.</summary>
        public string LastStatus
        {
            get
            {
                // The enum prints as a number on nanoFramework; name the values a technician will meet.
                NetworkHelperStatus status = WifiNetworkHelper.Status;
                switch (status)
                {
                    case NetworkHelperStatus.TokenExpiredWaitingIPAddress:
                        return "no IP address in time (network out of reach or wrong password)";
                    case NetworkHelperStatus.TokenExpiredWaitingDateTime:
                        return "no valid date in time (SNTP not answering)";
                    case NetworkHelperStatus.FailedNoNetworkInterface:
                        return "no Wi-Fi interface";
                    case NetworkHelperStatus.ExceptionOccurred:
                        return WifiNetworkHelper.HelperException == null ? "helper error" : WifiNetworkHelper.HelperException.Message;
                    default:
                        return "helper status " + ((int)status).ToString();
                }
            }
        }

        /// <summary>Makes sure the device has an address on the network.</summary>
        /// <param name="timeoutMs">The longest wait in ms.</param>
        /// <returns>True when connected in time.</returns>
        public bool Join(int timeoutMs)
        {
            if (!_setupNeeded && HasIpAddress())
            {
                return true;
            }

            CancellationTokenSource cancel = new CancellationTokenSource(timeoutMs < 1 ? 1 : timeoutMs);
            bool ok = _setupNeeded
                ? WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, _requiresDateTime, 0, cancel.Token)
                : WifiNetworkHelper.Reconnect(_requiresDateTime, 0, cancel.Token);
            _setupNeeded = !ok;
            return ok;
        }

        /// <summary>Starts a scan; its result updates <see cref="RssiDbm"/>.</summary>
        public void StartScan()
        {
            WifiAdapter adapter = WifiNetworkHelper.WifiAdapter;
            if (adapter == null)
            {
                adapter = WifiAdapter.FindAllAdapters()[0];
            }

            if (!_scanSubscribed)
            {
                adapter.AvailableNetworksChanged += OnScanCompleted;
                _scanSubscribed = true;
            }

            adapter.ScanAsync();
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
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                string address = interfaces[i].IPv4Address;
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211 && address != null
                    && address.Length > 0 && address != "0.0.0.0")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
