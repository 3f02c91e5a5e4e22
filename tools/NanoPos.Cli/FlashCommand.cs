using System.IO;
using NanoPos.Provisioning;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos flash --port PORT --target TARGET --image FILE [--address 0xHEX] [--firmware] [--prepared] [--dry-run]</c>:
    /// only turns the arguments into <see cref="FlashOptions"/>; the nanoff commands and their checks are
    /// <see cref="FlashTool"/>'s (tools/NanoPos.Provisioning). Exit 0 done, 1 nanoff missing or failed, 2 bad usage or no --prepared.
    /// </summary>
    public static class FlashCommand
    {
        private const string Usage = "usage: nanopos flash --port PORT --target TARGET --image FILE.bin [--address 0xHEX] [--firmware] [--prepared] [--dry-run]";

        /// <summary>Runs the command with the real PATH and a real nanoff process.</summary>
        /// <param name="args">The arguments after "flash".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            return Run(args, output, error, new FlashTool(ToolLocator.FromEnvironment(), new ProcessRunner()));
        }

        /// <summary>Runs the command with a given tool (a test's search path and runner).</summary>
        /// <param name="args">The arguments after "flash".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <param name="tool">The tool that checks and runs.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error, FlashTool tool)
        {
            if (args.Length == 1 && args[0] is "--help" or "-h")
            {
                output.WriteLine(Usage + "\nThe nanoff commands it runs and why: tools/NanoPos.Provisioning/README.md.");
                return 0;
            }

            var options = new FlashOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string flag = args[i];
                switch (flag)
                {
                    case FlashOptions.PreparedFlag: options.Prepared = true; continue;
                    case FlashOptions.DryRunFlag: options.DryRun = true; continue;
                    case FlashOptions.FirmwareFlag: options.Firmware = true; continue;
                }

                if (flag is not (FlashOptions.PortFlag or FlashOptions.TargetFlag or FlashOptions.ImageFlag or FlashOptions.AddressFlag))
                {
                    error.WriteLine($"nanopos flash: unknown option '{flag}'.\n" + Usage);
                    return 2;
                }

                if (i + 1 >= args.Length)
                {
                    error.WriteLine($"nanopos flash: {flag} needs a value.\n" + Usage);
                    return 2;
                }

                string value = args[++i];
                switch (flag)
                {
                    case FlashOptions.PortFlag: options.Port = value; break;
                    case FlashOptions.TargetFlag: options.Target = value; break;
                    case FlashOptions.ImageFlag: options.Image = value; break;
                    default: options.Address = value; break;
                }
            }

            return tool.Run(options, output, error);
        }
    }
}
