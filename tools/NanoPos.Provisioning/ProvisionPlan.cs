using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using NanoPos.Security;
using NanoPos.Transactions;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// A checked provisioning set, ready to write: the records (name and content, in the order they are written), the
    /// folder and the serial port for the deployment JSON, and remarks worth printing. Made only by <see cref="Create"/>,
    /// which judges every value of <see cref="ProvisionOptions"/> and names the flag in each error.
    /// </summary>
    public sealed class ProvisionPlan
    {
        private readonly List<KeyValuePair<string, byte[]>> _records = new List<KeyValuePair<string, byte[]>>();
        private readonly List<string> _notes = new List<string>();

        private ProvisionPlan()
        {
        }

        /// <summary>Gets the records to write: the record name and its content (without the file trailer).</summary>
        public IReadOnlyList<KeyValuePair<string, byte[]>> Records => _records;

        /// <summary>Gets remarks that do not stop provisioning (no TMK, an open network, TLS off…).</summary>
        public IReadOnlyList<string> Notes => _notes;

        /// <summary>Gets the full path of the folder the files go to.</summary>
        public string OutputDirectory { get; private set; }

        /// <summary>Gets the serial port for the deployment JSON, or null.</summary>
        public string SerialPort { get; private set; }

        /// <summary>Checks the options and builds the set.</summary>
        /// <param name="options">The options as typed.</param>
        /// <param name="errors">Receives one line per error, each naming its flag; no secret is quoted.</param>
        /// <returns>The plan, or null when there was any error.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static ProvisionPlan Create(ProvisionOptions options, List<string> errors)
        {
            return CreateAt(options, errors, DateTimeOffset.UtcNow);
        }

        internal static ProvisionPlan CreateAt(ProvisionOptions options, List<string> errors, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(errors);
            int before = errors.Count;
            var plan = new ProvisionPlan();
            var config = new ConfigTextBuilder();
            Required(options.TerminalId, ProvisionOptions.TerminalIdFlag, errors, v => ConfigValueRules.Fixed(ProvisionOptions.TerminalIdFlag, v, 8), v => config.Add("terminal.id", v));
            Required(options.MerchantId, ProvisionOptions.MerchantIdFlag, errors, v => ConfigValueRules.Fixed(ProvisionOptions.MerchantIdFlag, v, 15), v => config.Add("merchant.id", v));
            Required(options.MerchantName, ProvisionOptions.MerchantNameFlag, errors, v => ConfigValueRules.MerchantName(ProvisionOptions.MerchantNameFlag, v), v => config.Add("merchant.name", v));
            string address = null;
            int port = 0;
            Required(options.Host, ProvisionOptions.HostFlag, errors, v => ConfigValueRules.Host(ProvisionOptions.HostFlag, v, out address, out port), v =>
            {
                config.Add("host.address", address);
                config.Add("host.port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });
            bool tls = ReadTls(options, errors, config);
            Required(options.WifiSsid, ProvisionOptions.WifiSsidFlag, errors, v => ConfigValueRules.Ssid(ProvisionOptions.WifiSsidFlag, v), v => config.Add("wifi.ssid", v));
            Optional(options.WifiPassword, errors, v => ConfigValueRules.WifiPassword(ProvisionOptions.WifiPasswordFlag, v), v => config.Add("wifi.password", v));
            if (options.WifiPassword == null)
            {
                plan._notes.Add("No " + ProvisionOptions.WifiPasswordFlag + ": the board joins " + (options.WifiSsid ?? "the network") + " as an open network.");
            }

            Optional(options.Language, errors, v => v is "en" or "zh" ? null : ProvisionOptions.LanguageFlag + " must be en or zh, got '" + v + "'.", v => config.Add("language", v));
            Required(options.TechPin, ProvisionOptions.TechPinFlag, errors, v => ConfigValueRules.Pin(ProvisionOptions.TechPinFlag, v), v => config.Add("tech.pin.hash", HashPin(v)));
            Optional(options.SupervisorPin, errors, v => ConfigValueRules.Pin(ProvisionOptions.SupervisorPinFlag, v), v => config.Add("supervisor.pin.hash", HashPin(v)));
            if (options.SupervisorPin == null)
            {
                plan._notes.Add("No " + ProvisionOptions.SupervisorPinFlag + ": the terminal refuses refunds until one is provisioned.");
            }

            MasterKeyInput key = MasterKeyInput.Read(options.TmkComponents, options.TmkKcv, errors);
            if (key != null)
            {
                for (int i = 0; i < key.Components.Count; i++)
                {
                    config.Add("tmk.component." + (i + 1), key.Components[i]);
                }

                config.Add("tmk.kcv", key.CheckValue);
            }
            else if (options.TmkComponents == null)
            {
                plan._notes.Add("No " + ProvisionOptions.TmkComponentsFlag + ": the board keeps the master key it has; a new board cannot sign on without one.");
            }

            foreach (string setting in options.Settings)
            {
                config.AddSetting(setting, errors);
            }

            byte[] ca = ReadCa(options, tls, now, errors, plan._notes);
            byte[] holidays = HolidaysInput.Read(options.HolidaysFile, errors);
            plan.OutputDirectory = CheckOutput(options.OutputDirectory, errors);
            plan.SerialPort = CheckPort(options.SerialPort, errors);
            string text = errors.Count == before ? config.Finish(errors) : null;
            if (errors.Count > before)
            {
                return null;
            }

            plan._records.Add(new KeyValuePair<string, byte[]>("config", Encoding.UTF8.GetBytes(text)));
            if (ca != null)
            {
                plan._records.Add(new KeyValuePair<string, byte[]>("ca", ca));
            }

            if (holidays != null)
            {
                plan._records.Add(new KeyValuePair<string, byte[]>(HolidayCalendarText.RecordName, holidays));
            }

            return plan;
        }

        private static void Required(string value, string flag, List<string> errors, Func<string, string> check, Action<string> add)
        {
            if (value == null)
            {
                errors.Add(flag + " is required.");
                return;
            }

            Optional(value, errors, check, add);
        }

        private static void Optional(string value, List<string> errors, Func<string, string> check, Action<string> add)
        {
            if (value == null)
            {
                return;
            }

            string error = check(value);
            if (error != null)
            {
                errors.Add(error);
            }
            else
            {
                add(value);
            }
        }

        private static bool ReadTls(ProvisionOptions options, List<string> errors, ConfigTextBuilder config)
        {
            string value = options.Tls ?? "on";
            if (value != "on" && value != "off")
            {
                errors.Add(ProvisionOptions.TlsFlag + " must be on or off, got '" + value + "'.");
                return true;
            }

            config.Add("host.tls", value);
            bool tls = value == "on";
            if (options.TlsName != null)
            {
                if (!tls)
                {
                    errors.Add(ProvisionOptions.TlsNameFlag + " has no use with --tls off.");
                }
                else if (options.TlsName.Length < 1 || options.TlsName.Length > 64 || options.TlsName.Contains(' ') || !IsPrintableAscii(options.TlsName))
                {
                    errors.Add(ProvisionOptions.TlsNameFlag + " must be 1 to 64 printable ASCII characters without spaces, got '" + options.TlsName + "'.");
                }
                else
                {
                    config.Add("host.tls.name", options.TlsName);
                }
            }

            return tls;
        }

        private static byte[] ReadCa(ProvisionOptions options, bool tls, DateTimeOffset now, List<string> errors, List<string> notes)
        {
            if (!tls)
            {
                if (options.CaFile != null)
                {
                    errors.Add(ProvisionOptions.CaFlag + " has no use with --tls off (the board would talk plain TCP and never read it).");
                }
                else
                {
                    notes.Add("--tls off: card data goes over plain TCP (the MAC still protects each message): for a lab only.");
                }

                return null;
            }

            if (options.CaFile == null)
            {
                errors.Add(ProvisionOptions.CaFlag + " is required while TLS is on: the acquirer's CA certificate (PEM or DER), which the board pins; --tls off only for a lab.");
                return null;
            }

            return CaCertificateInput.Read(options.CaFile, now, errors, notes);
        }

        private static string CheckOutput(string path, List<string> errors)
        {
            string flag = ProvisionOptions.OutFlag;
            if (path == null)
            {
                errors.Add(flag + " is required: the folder the record files and the nanoff deployment JSON go to.");
                return null;
            }

            string full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                errors.Add(flag + " " + path + " is a file; give a new or empty folder.");
            }
            else if (Directory.Exists(full) && Directory.GetFileSystemEntries(full).Length > 0)
            {
                errors.Add(flag + " " + path + " is not empty; give a new or empty folder (an old set left beside a new one would be deployed too).");
            }

            return full;
        }

        private static string CheckPort(string port, List<string> errors)
        {
            if (port != null && (port.Length == 0 || port.Trim() != port || !IsPrintableAscii(port)))
            {
                errors.Add(ProvisionOptions.PortFlag + " must name a serial port such as COM3 or /dev/ttyUSB0, got '" + port + "'.");
            }

            return port;
        }

        private static string HashPin(string pin)
        {
            char[] digits = pin.ToCharArray();
            byte[] salt = RandomNumberGenerator.GetBytes(PinHash.SaltLength);
            try
            {
                return PinHash.Create(digits, 0, digits.Length, salt, 0, PinHash.DefaultIterations).ToText();
            }
            finally
            {
                Array.Clear(digits);
            }
        }

        private static bool IsPrintableAscii(string value)
        {
            foreach (char c in value)
            {
                if (c < ' ' || c > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
