using System.IO;
using NanoPos.Provisioning;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos provision --terminal-id … --out DIR</c> and <c>nanopos provision --check DIR</c>: only turns the arguments
    /// into <see cref="ProvisionOptions"/>; checking and writing are <see cref="ProvisionTool"/>'s (tools/NanoPos.Provisioning).
    /// Exit 0 written or good, 1 problems found or a write failed, 2 bad usage or a wrong value.
    /// </summary>
    public static class ProvisionCommand
    {
        private const string Usage =
            "usage: nanopos provision --terminal-id ID8 --merchant-id ID15 --merchant-name NAME --host HOST:PORT --wifi-ssid SSID\n"
            + "                         [--wifi-password PW] --tech-pin DIGITS [--supervisor-pin DIGITS]\n"
            + "                         [--tmk-components HEX32,HEX32[,HEX32] --tmk-kcv HEX8] [--tls on|off] [--tls-name NAME] [--ca FILE.pem]\n"
            + "                         [--holidays FILE] [--language en|zh] [--set KEY=VALUE]... [--port PORT] --out DIR\n"
            + "       nanopos provision --check DIR";

        /// <summary>Runs the command.</summary>
        /// <param name="args">The arguments after "provision".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 1 && args[0] is "--help" or "-h")
            {
                output.WriteLine(Usage + "\nEvery key and what the board does with it: tools/NanoPos.Provisioning/README.md.");
                return 0;
            }

            if (args.Length > 0 && args[0] == "--check")
            {
                if (args.Length != 2)
                {
                    error.WriteLine("nanopos provision: --check takes one folder and nothing else.\n" + Usage);
                    return 2;
                }

                return ProvisionTool.Check(args[1], output);
            }

            var options = new ProvisionOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string flag = args[i];
                if (i + 1 >= args.Length)
                {
                    error.WriteLine($"nanopos provision: {(flag.StartsWith("--") ? flag + " needs a value" : "unexpected argument '" + flag + "'")}.\n" + Usage);
                    return 2;
                }

                string value = args[++i];
                switch (flag)
                {
                    case ProvisionOptions.TerminalIdFlag: options.TerminalId = value; break;
                    case ProvisionOptions.MerchantIdFlag: options.MerchantId = value; break;
                    case ProvisionOptions.MerchantNameFlag: options.MerchantName = value; break;
                    case ProvisionOptions.HostFlag: options.Host = value; break;
                    case ProvisionOptions.WifiSsidFlag: options.WifiSsid = value; break;
                    case ProvisionOptions.WifiPasswordFlag: options.WifiPassword = value; break;
                    case ProvisionOptions.TechPinFlag: options.TechPin = value; break;
                    case ProvisionOptions.SupervisorPinFlag: options.SupervisorPin = value; break;
                    case ProvisionOptions.TmkComponentsFlag: options.TmkComponents = value; break;
                    case ProvisionOptions.TmkKcvFlag: options.TmkKcv = value; break;
                    case ProvisionOptions.TlsFlag: options.Tls = value; break;
                    case ProvisionOptions.TlsNameFlag: options.TlsName = value; break;
                    case ProvisionOptions.CaFlag: options.CaFile = value; break;
                    case ProvisionOptions.HolidaysFlag: options.HolidaysFile = value; break;
                    case ProvisionOptions.LanguageFlag: options.Language = value; break;
                    case ProvisionOptions.SetFlag: options.Settings.Add(value); break;
                    case ProvisionOptions.PortFlag: options.SerialPort = value; break;
                    case ProvisionOptions.OutFlag: options.OutputDirectory = value; break;
                    default:
                        error.WriteLine($"nanopos provision: unknown option '{flag}'.\n" + Usage);
                        return 2;
                }
            }

            return ProvisionTool.Run(options, output, error);
        }
    }
}
