using System.CommandLine;
using System.IO;
using System.Linq;
using NanoPos.Provisioning;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos provision --terminal-id … --out DIR</c> and <c>nanopos provision --check DIR</c>: only turns the arguments
    /// into <see cref="ProvisionOptions"/>; checking and writing are <see cref="ProvisionTool"/>'s (tools/NanoPos.Provisioning),
    /// which names the flag of any wrong value. Exit 0 written or good, 1 problems found or a write failed, 2 bad usage or a
    /// wrong value.
    /// </summary>
    public static class ProvisionCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string> terminalId = CliOption.Text(ProvisionOptions.TerminalIdFlag, "ID8", "The terminal ID (field 41), 8 characters.");
            Option<string> merchantId = CliOption.Text(ProvisionOptions.MerchantIdFlag, "ID15", "The merchant ID (field 42), 15 characters.");
            Option<string> merchantName = CliOption.Text(ProvisionOptions.MerchantNameFlag, "NAME", "The name on the idle screen and receipts.");
            Option<string> host = CliOption.Text(ProvisionOptions.HostFlag, "HOST:PORT", "The acquirer host the board connects to.");
            Option<string> wifiSsid = CliOption.Text(ProvisionOptions.WifiSsidFlag, "SSID", "The Wi-Fi network.");
            Option<string> wifiPassword = CliOption.Text(ProvisionOptions.WifiPasswordFlag, "PW", "Its WPA2 password (8-63 characters or 64 hex digits).");
            Option<string> techPin = CliOption.Text(ProvisionOptions.TechPinFlag, "DIGITS", "The technician PIN (stored as a salted hash).");
            Option<string> supervisorPin = CliOption.Text(ProvisionOptions.SupervisorPinFlag, "DIGITS", "The supervisor PIN refunds need (stored as a salted hash).");
            Option<string> tmkComponents = CliOption.Text(ProvisionOptions.TmkComponentsFlag, "HEX32,HEX32[,HEX32]", "The TMK's clear components, installed at the first boot.");
            Option<string> tmkKcv = CliOption.Text(ProvisionOptions.TmkKcvFlag, "HEX8", "The TMK's check value (needed with --tmk-components).");
            Option<string> tls = CliOption.Text(ProvisionOptions.TlsFlag, "on|off", "TLS to the host (default on).");
            Option<string> tlsName = CliOption.Text(ProvisionOptions.TlsNameFlag, "NAME", "The host name its certificate must carry.");
            Option<string> ca = CliOption.Text(ProvisionOptions.CaFlag, "FILE", "The CA certificate (PEM or DER) that signed the host's.");
            Option<string> holidays = CliOption.Text(ProvisionOptions.HolidaysFlag, "FILE", "A holiday calendar in the record's text format.");
            Option<string> language = CliOption.Text(ProvisionOptions.LanguageFlag, "en|zh", "The display language.");
            Option<string[]> set = CliOption.Repeated(ProvisionOptions.SetFlag, "KEY=VALUE", "Any other configuration key.");
            Option<string> port = CliOption.Text(ProvisionOptions.PortFlag, "PORT", "The serial port written into the nanoff deployment file.");
            Option<string> output = CliOption.Text(ProvisionOptions.OutFlag, "DIR", "A new or empty folder for the files.");
            Option<string> check = CliOption.Text("--check", "DIR", "Check an existing set of files instead of writing one.");
            var verb = new VerbCommand(
                "provision",
                "--terminal-id ID8 --merchant-id ID15 --merchant-name NAME --host HOST:PORT --wifi-ssid SSID --tech-pin DIGITS [...] --out DIR | --check DIR",
                "Write the device files a board reads at boot (config, ca, holidays) and nanoff-deploy.json for "
                + "`nanoff --filedeployment`; or check a written set.\n\n"
                + "Every key and what the board does with it: tools/NanoPos.Provisioning/README.md. "
                + "Exit 0 written or good; 1 problems found or a write failed; 2 usage or a wrong value (the flag is named).")
            {
                terminalId, merchantId, merchantName, host, wifiSsid, wifiPassword, techPin, supervisorPin, tmkComponents, tmkKcv,
                tls, tlsName, ca, holidays, language, set, port, output, check,
            };
            verb.SetAction(parsed =>
            {
                string checkDirectory = parsed.GetValue(check);
                if (checkDirectory != null)
                {
                    if (parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>().Count(o => !o.Implicit) > 1)
                    {
                        context.Error.WriteLine("nanopos provision: --check takes one folder and nothing else.");
                        return Program.UsageError;
                    }

                    return ProvisionTool.Check(checkDirectory, context.Output);
                }

                var options = new ProvisionOptions
                {
                    TerminalId = parsed.GetValue(terminalId),
                    MerchantId = parsed.GetValue(merchantId),
                    MerchantName = parsed.GetValue(merchantName),
                    Host = parsed.GetValue(host),
                    WifiSsid = parsed.GetValue(wifiSsid),
                    WifiPassword = parsed.GetValue(wifiPassword),
                    TechPin = parsed.GetValue(techPin),
                    SupervisorPin = parsed.GetValue(supervisorPin),
                    TmkComponents = parsed.GetValue(tmkComponents),
                    TmkKcv = parsed.GetValue(tmkKcv),
                    Tls = parsed.GetValue(tls),
                    TlsName = parsed.GetValue(tlsName),
                    CaFile = parsed.GetValue(ca),
                    HolidaysFile = parsed.GetValue(holidays),
                    Language = parsed.GetValue(language),
                    SerialPort = parsed.GetValue(port),
                    OutputDirectory = parsed.GetValue(output),
                };
                foreach (string setting in parsed.GetValue(set))
                {
                    options.Settings.Add(setting);
                }

                return ProvisionTool.Run(options, context.Output, context.Error);
            });
            return verb;
        }

        /// <summary>Runs the command with the arguments that follow "provision".</summary>
        /// <param name="args">The arguments after "provision".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            return Program.Run(Program.Verb("provision", args), new CliContext(output, error));
        }
    }
}
