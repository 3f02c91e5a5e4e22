using System.Collections;
using System.Text;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The text format of <see cref="TerminalConfig"/>: one <c>key=value</c> per line, <c>#</c> comment lines, blank
    /// lines ignored, keys lower case; an unknown or repeated key is an error, so a typo never passes as a default.
    /// </summary>
    internal static class ConfigText
    {
        private static readonly char[] s_lineBreak = new char[] { '\n' };
        private static readonly char[] s_blanks = new char[] { ' ', '\t', '\r' };

        internal static TerminalConfig Parse(string text)
        {
            Hashtable values = Read(text);
            TerminalConfig c = new TerminalConfig();
            c.TerminalId = Fixed(values, "terminal.id", 8);
            c.MerchantId = Fixed(values, "merchant.id", 15);
            c.MerchantName = Text(values, "merchant.name", 1, 32, true);
            c.HostAddress = Text(values, "host.address", 1, 64, true);
            c.HostPort = (int)Number(values, "host.port", 1, 65535, -1);
            c.UseTls = Switch(values, "host.tls", true);
            c.TlsHostName = Text(values, "host.tls.name", 1, 64, false);
            c.WifiSsid = Text(values, "wifi.ssid", 1, 32, false);
            string language = Text(values, "language", 2, 8, false);
            Language parsed = Language.English;
            if (language != null && !MessageCatalog.TryParseLanguage(language, out parsed))
            {
                throw Bad("language", "must be en or zh");
            }

            c.Language = parsed;
            c.CurrencyCode = values.Contains("currency.code") ? Fixed(values, "currency.code", 3) : "156";
            if (!IsDigits(c.CurrencyCode))
            {
                throw Bad("currency.code", "must be 3 digits (ISO 4217 numeric)");
            }

            c.CurrencyDecimals = (int)Number(values, "currency.decimals", 0, 6, 2);
            c.MaxAmountMinor = Number(values, "amount.max", 1, 999999999999, 99999999);
            ConfigSecrets.Read(values, c);
            c.TechnicianLockMinutes = (int)Number(values, "tech.lock.minutes", 1, 1440, 15);
            c.InputTimeoutSeconds = (int)Number(values, "timeout.input", 5, 600, 30);
            c.ResultTimeoutSeconds = (int)Number(values, "timeout.result", 1, 600, 15);
            c.ConnectTimeoutSeconds = (int)Number(values, "timeout.connect", 1, 600, 10);
            c.ResponseTimeoutSeconds = (int)Number(values, "timeout.response", 1, 600, 30);
            c.ReversalTimeoutSeconds = (int)Number(values, "timeout.reversal", 1, 600, 30);
            c.ProbeIntervalSeconds = (int)Number(values, "probe.interval", 0, 3600, 60);
            c.UtcOffsetMinutes = (int)Number(values, "utc.offset.minutes", -720, 840, 480);
            c.SettlementDays = (int)Number(values, "settlement.days", 0, SettlementCycle.MaxDays, SettlementCycle.DefaultDays);
            c.SettlementCutoffMinutes = ConfigSettlement.ReadCutoff(values);
            c.DuplicateWindowSeconds = (int)Number(values, "duplicate.window", 0, 3600, 300);
            ConfigMasterKey.Read(values, c);
            return c;
        }

        internal static string Write(TerminalConfig c)
        {
            string pin;
            string pinHash;
            string wifiPassword;
            string supervisorPin;
            string supervisorPinHash;
            c.Secrets.SecretsForText(out pin, out pinHash, out wifiPassword);
            c.Secrets.SupervisorSecretsForText(out supervisorPin, out supervisorPinHash);
            StringBuilder s = new StringBuilder();
            s.Append("# nanoPos terminal configuration: key=value per line (firmware/NanoPos.Terminal/README.md)\n");
            Line(s, "terminal.id", c.TerminalId);
            Line(s, "merchant.id", c.MerchantId);
            Line(s, "merchant.name", c.MerchantName);
            Line(s, "host.address", c.HostAddress);
            Line(s, "host.port", c.HostPort.ToString());
            Line(s, "host.tls", c.UseTls ? "on" : "off");
            Line(s, "host.tls.name", c.TlsHostName);
            Line(s, "wifi.ssid", c.WifiSsid);
            Line(s, "wifi.password", wifiPassword);
            Line(s, "language", MessageCatalog.LanguageCode(c.Language));
            Line(s, "currency.code", c.CurrencyCode);
            Line(s, "currency.decimals", c.CurrencyDecimals.ToString());
            Line(s, "amount.max", c.MaxAmountMinor.ToString());
            Line(s, "tech.pin", pin);
            Line(s, "tech.pin.hash", pinHash);
            Line(s, "tech.lock.minutes", c.TechnicianLockMinutes.ToString());
            Line(s, "supervisor.pin", supervisorPin);
            Line(s, "supervisor.pin.hash", supervisorPinHash);
            Line(s, "timeout.input", c.InputTimeoutSeconds.ToString());
            Line(s, "timeout.result", c.ResultTimeoutSeconds.ToString());
            Line(s, "timeout.connect", c.ConnectTimeoutSeconds.ToString());
            Line(s, "timeout.response", c.ResponseTimeoutSeconds.ToString());
            Line(s, "timeout.reversal", c.ReversalTimeoutSeconds.ToString());
            Line(s, "probe.interval", c.ProbeIntervalSeconds.ToString());
            Line(s, "utc.offset.minutes", c.UtcOffsetMinutes.ToString());
            Line(s, "settlement.days", c.SettlementDays.ToString());
            Line(s, "settlement.cutoff", ConfigSettlement.FormatCutoff(c.SettlementCutoffMinutes));
            Line(s, "duplicate.window", c.DuplicateWindowSeconds.ToString());
            return s.ToString();
        }

        private static Hashtable Read(string text)
        {
            Hashtable values = new Hashtable();
            string[] lines = (text == null ? string.Empty : text).Split(s_lineBreak);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim(s_blanks);
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int at = line.IndexOf('=');
                string where = "line " + (i + 1).ToString();
                if (at < 1)
                {
                    throw new ConfigException(false, where, where + " is not key=value.");
                }

                string key = line.Substring(0, at).Trim(s_blanks).ToLower();
                if (!ConfigKeys.IsKnown(key))
                {
                    // The text before '=' may hold part of a secret (wifi.password:Pa=ss): name only a safe prefix.
                    string shown = ConfigKeys.SafeName(key);
                    throw new ConfigException(false, shown.Length == 0 ? where : shown, where + ": unknown key " + (shown.Length == 0 ? "(not shown)" : shown) + ".");
                }

                if (values.Contains(key))
                {
                    // A known key: its name is one of ConfigKeys' own, never a part of a value.
                    throw new ConfigException(false, key, where + ": " + key + " is given twice.");
                }

                values.Add(key, line.Substring(at + 1).Trim(s_blanks));
            }

            return values;
        }

        private static void Line(StringBuilder s, string key, string value)
        {
            if (value != null)
            {
                s.Append(key).Append('=').Append(value).Append('\n');
            }
        }

        internal static string Text(Hashtable values, string key, int min, int max, bool required)
        {
            string value = (string)values[key];
            if (value == null || (value.Length == 0 && min > 0))
            {
                if (required)
                {
                    throw new ConfigException(false, key, key + " is required.");
                }

                return null;
            }

            if (value.Length < min || value.Length > max)
            {
                throw Bad(key, "needs " + min.ToString() + " to " + max.ToString() + " characters");
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < ' ')
                {
                    throw Bad(key, "holds a control character");
                }
            }

            return value;
        }

        private static string Fixed(Hashtable values, string key, int length)
        {
            string value = Text(values, key, length, length, true);
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] > '~')
                {
                    throw Bad(key, "must be ASCII");
                }
            }

            return value;
        }

        private static long Number(Hashtable values, string key, long min, long max, long fallback)
        {
            string value = (string)values[key];
            if (value == null)
            {
                if (fallback < min)
                {
                    throw new ConfigException(false, key, key + " is required.");
                }

                return fallback;
            }

            bool negative = value.Length > 1 && value[0] == '-';
            string digits = negative ? value.Substring(1) : value;
            if (digits.Length == 0 || digits.Length > 12 || !IsDigits(digits))
            {
                throw Bad(key, "must be a whole number");
            }

            long number = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                number = (number * 10) + (digits[i] - '0');
            }

            number = negative ? -number : number;
            if (number < min || number > max)
            {
                throw Bad(key, "must be " + min.ToString() + " to " + max.ToString());
            }

            return number;
        }

        private static bool Switch(Hashtable values, string key, bool fallback)
        {
            string value = (string)values[key];
            if (value == null)
            {
                return fallback;
            }

            string lower = value.ToLower();
            if (lower == "on" || lower == "true" || lower == "yes")
            {
                return true;
            }

            if (lower == "off" || lower == "false" || lower == "no")
            {
                return false;
            }

            throw Bad(key, "must be on or off");
        }

        internal static bool IsDigits(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return text.Length > 0;
        }

        internal static ConfigException Bad(string key, string what)
        {
            return new ConfigException(false, key, key + " " + what + ".");
        }
    }
}
