using System;
using System.Collections.Generic;
using System.Text;
using NanoPos.Terminal;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// Composes the text of the record "config" from checked values and the <c>--set key=value</c> pairs, then reads
    /// it with the firmware's own parser (<see cref="TerminalConfig.Parse"/>): whatever that parser refuses, the board
    /// would refuse at boot, so it is reported here against the flag that gave the value.
    /// </summary>
    internal sealed class ConfigTextBuilder
    {
        // The keys a dedicated flag writes, and that flag: --set may not give them (a second value, or a secret in clear).
        private static readonly Dictionary<string, string> s_flagOfKey = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["terminal.id"] = ProvisionOptions.TerminalIdFlag,
            ["merchant.id"] = ProvisionOptions.MerchantIdFlag,
            ["merchant.name"] = ProvisionOptions.MerchantNameFlag,
            ["host.address"] = ProvisionOptions.HostFlag,
            ["host.port"] = ProvisionOptions.HostFlag,
            ["host.tls"] = ProvisionOptions.TlsFlag,
            ["host.tls.name"] = ProvisionOptions.TlsNameFlag,
            ["wifi.ssid"] = ProvisionOptions.WifiSsidFlag,
            ["wifi.password"] = ProvisionOptions.WifiPasswordFlag,
            ["language"] = ProvisionOptions.LanguageFlag,
            ["tech.pin"] = ProvisionOptions.TechPinFlag,
            ["tech.pin.hash"] = ProvisionOptions.TechPinFlag,
            ["supervisor.pin"] = ProvisionOptions.SupervisorPinFlag,
            ["supervisor.pin.hash"] = ProvisionOptions.SupervisorPinFlag,
            ["tmk.component.1"] = ProvisionOptions.TmkComponentsFlag,
            ["tmk.component.2"] = ProvisionOptions.TmkComponentsFlag,
            ["tmk.component.3"] = ProvisionOptions.TmkComponentsFlag,
            ["tmk.kcv"] = ProvisionOptions.TmkKcvFlag,
        };

        private readonly StringBuilder _text = new StringBuilder();
        private readonly Dictionary<string, string> _setEntries = new Dictionary<string, string>(StringComparer.Ordinal);

        internal ConfigTextBuilder()
        {
            _text.Append("# nanoPos terminal configuration, written by nanopos provision (keys: firmware/NanoPos.Terminal/README.md).\n");
            _text.Append("# tech.pin.hash, supervisor.pin.hash, wifi.password and the tmk lines are provisioning input: the first boot\n");
            _text.Append("# moves them under the board's device key and rewrites this record without them.\n");
        }

        /// <summary>Adds a line; a null value adds nothing.</summary>
        internal void Add(string key, string value)
        {
            if (value != null)
            {
                _text.Append(key).Append('=').Append(value).Append('\n');
            }
        }

        /// <summary>Adds one <c>--set key=value</c>, or the error that keeps it out.</summary>
        internal void AddSetting(string setting, List<string> errors)
        {
            string flag = ProvisionOptions.SetFlag;
            int at = setting.IndexOf('=');
            if (at < 1)
            {
                errors.Add(flag + " takes key=value (a configuration key such as timeout.response=45), got '" + setting + "'.");
                return;
            }

            string key = setting.Substring(0, at).Trim().ToLowerInvariant();
            string value = setting.Substring(at + 1).Trim();
            if (s_flagOfKey.TryGetValue(key, out string own))
            {
                errors.Add(flag + " " + key + ": give it with " + own + " instead.");
                return;
            }

            foreach (char c in key + value)
            {
                if (c < ' ')
                {
                    errors.Add(flag + " " + key + " holds a control character.");
                    return;
                }
            }

            if (_setEntries.ContainsKey(key))
            {
                errors.Add(flag + " " + key + " is given twice.");
                return;
            }

            _setEntries.Add(key, key + "=" + value);
            Add(key, value);
        }

        /// <summary>Gives the text after the firmware's parser has read it without an error.</summary>
        /// <param name="errors">Where the parser's refusal goes, named by the flag that gave the value.</param>
        /// <returns>The text, or null after an error.</returns>
        internal string Finish(List<string> errors)
        {
            string text = _text.ToString();
            try
            {
                TerminalConfig.Parse(text);
            }
            catch (ConfigException e)
            {
                errors.Add(Name(e.Key) + ": " + e.Message);
                return null;
            }

            int bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes > TerminalConfig.MaxRecordBytes)
            {
                errors.Add("The configuration takes " + bytes + " bytes; the board reads at most " + TerminalConfig.MaxRecordBytes + ".");
                return null;
            }

            return text;
        }

        private string Name(string key)
        {
            if (key != null && _setEntries.TryGetValue(key, out string entry))
            {
                return ProvisionOptions.SetFlag + " " + entry;
            }

            if (key != null && s_flagOfKey.TryGetValue(key, out string flag))
            {
                return flag;
            }

            return "the configuration" + (key == null ? string.Empty : " (" + key + ")");
        }
    }
}
