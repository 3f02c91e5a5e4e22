namespace NanoPos.Terminal
{
    /// <summary>
    /// The keys of the configuration text (<see cref="ConfigText"/>), and the safe way to name a key that is not one of
    /// them in an error: the text before '=' of a mistyped line may hold part of a secret.
    /// </summary>
    internal static class ConfigKeys
    {
        /// <summary>The longest unknown key named in an error, in characters.</summary>
        internal const int MaxShownLength = 32;

        private static readonly string[] s_keys = new string[]
        {
            "terminal.id", "merchant.id", "merchant.name", "host.address", "host.port", "host.tls", "host.tls.name",
            "wifi.ssid", "wifi.password", "language", "currency.code", "currency.decimals", "amount.max", "tech.pin",
            "tech.pin.hash", "tech.lock.minutes", "timeout.input", "timeout.result", "timeout.connect",
            "timeout.response", "timeout.reversal", "probe.interval", "utc.offset.minutes", "tmk.component.1",
            "tmk.component.2", "tmk.component.3", "tmk.kcv", "settlement.days", "settlement.cutoff", "duplicate.window",
            "supervisor.pin", "supervisor.pin.hash",
        };

        // The keys whose values are secrets, the longer of two with the same start first (tech.pin.hash before tech.pin,
        // supervisor.pin.hash before supervisor.pin).
        private static readonly string[] s_secretKeys = new string[]
        {
            "wifi.password", "tech.pin.hash", "tech.pin", "supervisor.pin.hash", "supervisor.pin", "tmk.component.1", "tmk.component.2", "tmk.component.3", "tmk.kcv",
        };

        /// <summary>Tells whether a key (lower case) is one of the configuration's.</summary>
        /// <param name="key">The key.</param>
        /// <returns>True for a known key.</returns>
        internal static bool IsKnown(string key)
        {
            for (int i = 0; i < s_keys.Length; i++)
            {
                if (s_keys[i] == key)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Gives the part of an unknown key (lower case) that an error may show and log: the secret-bearing key it starts
        /// with, if any (so "wifi.password:pa" is named "wifi.password"); otherwise the key cut at its first character
        /// outside a-z, 0-9, '.' and '_', and at <see cref="MaxShownLength"/> characters.
        /// </summary>
        /// <param name="key">The unknown key.</param>
        /// <returns>The name to show; empty when not even its first character may be shown.</returns>
        internal static string SafeName(string key)
        {
            for (int i = 0; i < s_secretKeys.Length; i++)
            {
                if (key.StartsWith(s_secretKeys[i]))
                {
                    return s_secretKeys[i];
                }
            }

            int length = 0;
            while (length < key.Length && length < MaxShownLength && IsNameCharacter(key[length]))
            {
                length++;
            }

            return key.Substring(0, length);
        }

        private static bool IsNameCharacter(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
        }
    }
}
