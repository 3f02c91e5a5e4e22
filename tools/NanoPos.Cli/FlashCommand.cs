using System.CommandLine;
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
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes, and the nanoff wrapper (<see cref="CliContext.Flash"/>).</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string> port = CliOption.Text(FlashOptions.PortFlag, "PORT", "The board's serial port (COM3, /dev/ttyUSB0).");
            Option<string> target = CliOption.Text(FlashOptions.TargetFlag, "TARGET", "The nanoFramework target (ESP32_REV0, ESP32_PSRAM_REV0 …).");
            Option<string> image = CliOption.Text(FlashOptions.ImageFlag, "FILE", "The application's deployment image (.bin).");
            Option<string> address = CliOption.Text(FlashOptions.AddressFlag, "0xHEX", "Where the image goes (default: from the target's partition table).");
            Option<bool> firmware = CliOption.Flag(FlashOptions.FirmwareFlag, "Update the nanoFramework firmware first (nanoff --update).");
            Option<bool> prepared = CliOption.Flag(FlashOptions.PreparedFlag, "Confirms the terminal showed \"Ready for update\" (Technician menu > Prepare for update).");
            Option<bool> dryRun = CliOption.Flag(FlashOptions.DryRunFlag, "Print the nanoff commands without running them.");
            var verb = new VerbCommand(
                "flash",
                "--port PORT --target TARGET --image FILE.bin [--address 0xHEX] [--firmware] [--prepared] [--dry-run]",
                "Flash a board with nanoff, printing each exact command it runs. Refuses without --prepared: the terminal must "
                + "show \"Ready for update\" first (nothing owed: no pending reversal, no open batch).\n\n"
                + "The nanoff commands and why: tools/NanoPos.Provisioning/README.md. Exit 0 done; 1 nanoff missing or failed; 2 usage or not prepared.")
            {
                port, target, image, address, firmware, prepared, dryRun,
            };
            verb.SetAction(parsed =>
            {
                var options = new FlashOptions
                {
                    Port = parsed.GetValue(port),
                    Target = parsed.GetValue(target),
                    Image = parsed.GetValue(image),
                    Address = parsed.GetValue(address),
                    Firmware = parsed.GetValue(firmware),
                    Prepared = parsed.GetValue(prepared),
                    DryRun = parsed.GetValue(dryRun),
                };
                FlashTool tool = context.Flash ?? new FlashTool(ToolLocator.FromEnvironment(), new ProcessRunner());
                return tool.Run(options, context.Output, context.Error);
            });
            return verb;
        }

        /// <summary>Runs the command with the real PATH and a real nanoff process.</summary>
        /// <param name="args">The arguments after "flash".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            return Program.Run(Program.Verb("flash", args), new CliContext(output, error));
        }

        /// <summary>Runs the command with a given tool (a test's search path and runner).</summary>
        /// <param name="args">The arguments after "flash".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <param name="tool">The tool that checks and runs.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error, FlashTool tool)
        {
            return Program.Run(Program.Verb("flash", args), new CliContext(output, error) { Flash = tool });
        }
    }
}
