using System.Collections;
using NanoPos.Security;

namespace NanoPos.Terminal
{
    /// <summary>
    /// Reads the configuration's secrets: the technician PIN (exactly one of tech.pin, the clear provisioning input,
    /// and tech.pin.hash, its stored form) and the Wi-Fi password (wifi.password, provisioning input only).
    /// </summary>
    internal static class ConfigSecrets
    {
        /// <summary>Reads tech.pin / tech.pin.hash and wifi.password into the configuration.</summary>
        /// <param name="values">The key/value pairs of the record.</param>
        /// <param name="c">The configuration being read.</param>
        /// <exception cref="ConfigException">Both or neither PIN key, or a value that is not valid (the key is named).</exception>
        internal static void Read(Hashtable values, TerminalConfig c)
        {
            bool clear = values.Contains("tech.pin");
            bool hashed = values.Contains("tech.pin.hash");
            if (clear && hashed)
            {
                // The hash is what provisioning writes and the first boot leaves; a clear PIN beside it would be a
                // second, different PIN in waiting. Named tech.pin: that is the line to remove (or the hash, to re-provision).
                throw new ConfigException(false, "tech.pin", "tech.pin and tech.pin.hash are both given: keep one (remove tech.pin.hash to set a new PIN).");
            }

            if (hashed)
            {
                string error;
                c.TechnicianPinHash = PinHash.Parse(ConfigText.Text(values, "tech.pin.hash", 1, 200, true), out error);
                if (c.TechnicianPinHash == null)
                {
                    throw new ConfigException(false, "tech.pin.hash", "tech.pin.hash: " + error);
                }
            }
            else
            {
                if (!values.Contains("tech.pin"))
                {
                    throw new ConfigException(false, "tech.pin", "tech.pin is required (or tech.pin.hash, its hashed form).");
                }

                string pin = ConfigText.Text(values, "tech.pin", 4, 8, true);
                if (!ConfigText.IsDigits(pin))
                {
                    throw ConfigText.Bad("tech.pin", "must be 4 to 8 digits");
                }

                c.Secrets.SetClearTechnicianPin(pin);
            }

            string password = ConfigText.Text(values, "wifi.password", 0, TerminalConfig.MaxWifiPasswordLength, false);
            if (password != null)
            {
                for (int i = 0; i < password.Length; i++)
                {
                    if (password[i] > '~')
                    {
                        throw ConfigText.Bad("wifi.password", "must be printable ASCII (a WPA2 passphrase or 64 hex digits)");
                    }
                }

                c.Secrets.SetClearWifiPassword(password);
            }
        }
    }
}
