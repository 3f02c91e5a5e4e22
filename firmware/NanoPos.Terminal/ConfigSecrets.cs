using System.Collections;
using NanoPos.Security;

namespace NanoPos.Terminal
{
    /// <summary>
    /// Reads the configuration's secrets, all provisioning input: the technician PIN (at most one of tech.pin, in clear,
    /// and tech.pin.hash, its hashed form; with neither, the boot reads the stored hash), the supervisor PIN that refunds
    /// ask for (supervisor.pin / supervisor.pin.hash, the same way, optional) and the Wi-Fi password (wifi.password).
    /// </summary>
    internal static class ConfigSecrets
    {
        /// <summary>Reads tech.pin / tech.pin.hash, supervisor.pin / supervisor.pin.hash and wifi.password into the configuration.</summary>
        /// <param name="values">The key/value pairs of the record.</param>
        /// <param name="c">The configuration being read.</param>
        /// <exception cref="ConfigException">Both PIN keys, or a value that is not valid (the key is named). Neither PIN
        /// key is no error here: only the boot knows whether a hash is stored (<see cref="TerminalSecrets.ProtectSecrets"/>).</exception>
        internal static void Read(Hashtable values, TerminalConfig c)
        {
            bool clear = values.Contains("tech.pin");
            bool hashed = values.Contains("tech.pin.hash");
            if (clear && hashed)
            {
                // Two PINs in waiting, and no way to tell which one the technician meant. Named tech.pin: that is the
                // line to remove (or the hash, to set the clear PIN).
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
            else if (clear)
            {
                string pin = ConfigText.Text(values, "tech.pin", 4, 8, true);
                if (!ConfigText.IsDigits(pin))
                {
                    throw ConfigText.Bad("tech.pin", "must be 4 to 8 digits");
                }

                c.Secrets.SetClearTechnicianPin(pin);
            }

            ReadSupervisorPin(values, c);
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

        // The supervisor PIN, read exactly as the technician PIN; neither key is no error, here or at boot: refunds are
        // then refused (TerminalSecrets.ProtectSecrets reads a stored hash, if any).
        private static void ReadSupervisorPin(Hashtable values, TerminalConfig c)
        {
            bool clear = values.Contains("supervisor.pin");
            bool hashed = values.Contains("supervisor.pin.hash");
            if (clear && hashed)
            {
                throw new ConfigException(false, "supervisor.pin", "supervisor.pin and supervisor.pin.hash are both given: keep one (remove supervisor.pin.hash to set a new PIN).");
            }

            if (hashed)
            {
                string error;
                PinHash hash = PinHash.Parse(ConfigText.Text(values, "supervisor.pin.hash", 1, 200, true), out error);
                if (hash == null)
                {
                    throw new ConfigException(false, "supervisor.pin.hash", "supervisor.pin.hash: " + error);
                }

                c.Secrets.SupervisorPinHash = hash;
            }
            else if (clear)
            {
                string pin = ConfigText.Text(values, "supervisor.pin", 4, 8, true);
                if (!ConfigText.IsDigits(pin))
                {
                    throw ConfigText.Bad("supervisor.pin", "must be 4 to 8 digits");
                }

                c.Secrets.SetClearSupervisorPin(pin);
            }
        }
    }
}
