using System.Collections;
using NanoPos.Iso8583;

namespace NanoPos.Terminal
{
    /// <summary>
    /// Reads the provisioned terminal master key from the configuration text: up to 3 components of 32 hex digits and
    /// the 8-hex-digit check value. They are installed wrapped at boot (<see cref="KeyProvisioning"/>) and never written
    /// back into the record.
    /// </summary>
    internal static class ConfigMasterKey
    {
        /// <summary>Reads tmk.component.1 to 3 and tmk.kcv into the configuration (none is fine: nothing provisioned).</summary>
        /// <param name="values">The key/value pairs of the record.</param>
        /// <param name="c">The configuration being read.</param>
        /// <exception cref="ConfigException">A component or the check value is malformed, or one is given without the other (the key is named).</exception>
        internal static void Read(Hashtable values, TerminalConfig c)
        {
            // The TMK as key custodians deliver it: up to 3 components (XORed) and the check value of the whole key.
            // Read once at boot, installed wrapped by the key ring, then removed from this record (never written back).
            int count = 0;
            byte[] components = new byte[3 * 16];
            for (int i = 1; i <= 3; i++)
            {
                string key = "tmk.component." + i.ToString();
                string value = (string)values[key];
                if (value == null)
                {
                    continue;
                }

                if (count != i - 1)
                {
                    throw ConfigText.Bad(key, "needs tmk.component." + (count + 1).ToString() + " before it");
                }

                if (!IsHex(value, 32))
                {
                    throw ConfigText.Bad(key, "must be 32 hexadecimal digits (a 16-byte key component)");
                }

                Hex.Parse(value, components, count * 16);
                count++;
            }

            string kcv = (string)values["tmk.kcv"];
            if (count == 0 && kcv == null)
            {
                return;
            }

            if (count == 0)
            {
                throw new ConfigException(false, "tmk.component.1", "tmk.kcv is given without tmk.component.1.");
            }

            if (kcv == null || !IsHex(kcv, 8))
            {
                throw ConfigText.Bad("tmk.kcv", "must be the 8 hexadecimal digits of the master key's check value");
            }

            byte[] check = new byte[4];
            Hex.Parse(kcv, check, 0);
            c.SetMasterKeyComponents(components, count, check);
        }

        private static bool IsHex(string value, int length)
        {
            if (value.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                char ch = value[i];
                if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'F') || (ch >= 'a' && ch <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
