using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// What <c>nanopos flash</c> does once its arguments are parsed: check them, refuse unless the operator confirms the
    /// terminal is ready for an update, find nanoff, print each nanoff command exactly as it runs, run it. Exit codes:
    /// 0 done (or printed, with <see cref="FlashOptions.DryRun"/>), 1 nanoff is missing or failed, 2 a value is wrong or
    /// <see cref="FlashOptions.Prepared"/> is missing.
    /// </summary>
    public sealed class FlashTool
    {
        /// <summary>What to do when nanoff is not on the path.</summary>
        public const string InstallHint = "install it with: dotnet tool install -g nanoff (the .NET SDK's global tools folder, ~/.dotnet/tools or %USERPROFILE%\\.dotnet\\tools, must be on PATH)";

        /// <summary>Why nothing runs without <see cref="FlashOptions.Prepared"/>.</summary>
        public const string PrepareFirst = "the terminal must show \"Ready for update\" from Technician menu > Prepare for update first (no reversal left to send, the batch settled); --prepared confirms it does.";

        private readonly ToolLocator _locator;
        private readonly IProcessRunner _runner;

        /// <summary>Creates the tool.</summary>
        /// <param name="locator">Where nanoff is looked up (<see cref="ToolLocator.FromEnvironment"/> for the real PATH).</param>
        /// <param name="runner">What runs it (<see cref="ProcessRunner"/> for a real child process).</param>
        public FlashTool(ToolLocator locator, IProcessRunner runner)
        {
            _locator = locator ?? throw new ArgumentNullException(nameof(locator));
            _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        }

        /// <summary>Checks the options and runs (or prints) the nanoff commands.</summary>
        /// <param name="options">The options as typed.</param>
        /// <param name="output">Standard output: each command, then nanoff's own output.</param>
        /// <param name="error">Standard error: errors and the refusal.</param>
        /// <returns>0 done; 1 nanoff missing or failed; 2 a wrong value or no --prepared.</returns>
        public int Run(FlashOptions options, TextWriter output, TextWriter error)
        {
            ArgumentNullException.ThrowIfNull(options);
            var errors = new List<string>();
            FlashPlan plan = FlashPlan.Create(options, errors);
            if (plan == null)
            {
                foreach (string line in errors)
                {
                    error.WriteLine("nanopos flash: " + line);
                }

                return 2;
            }

            string nanoff = _locator.Find(NanoffCommand.ToolName);
            if (options.DryRun)
            {
                foreach (NanoffCommand command in plan.Commands)
                {
                    output.WriteLine("nanopos flash: would " + command.Purpose + " (dry run, not run):");
                    output.WriteLine(command.ToString());
                }

                if (!options.Prepared)
                {
                    output.WriteLine("nanopos flash: without --dry-run this is refused until --prepared: " + PrepareFirst);
                }

                if (nanoff == null)
                {
                    output.WriteLine("nanopos flash: nanoff is not on PATH; " + InstallHint + ".");
                }

                return 0;
            }

            if (!options.Prepared)
            {
                error.WriteLine("nanopos flash: refused: " + PrepareFirst);
                return 2;
            }

            if (nanoff == null)
            {
                error.WriteLine("nanopos flash: nanoff is not on PATH; " + InstallHint + ".");
                return 1;
            }

            foreach (NanoffCommand command in plan.Commands)
            {
                output.WriteLine("nanopos flash: " + command.Purpose + " (" + nanoff + "):");
                output.WriteLine(command.ToString());
                int exit = _runner.Run(nanoff, command.Arguments, output, error);
                if (exit != 0)
                {
                    error.WriteLine("nanopos flash: nanoff exited with code " + exit + " (its exit codes: nanoframework/nanoFirmwareFlasher, ExitCodes.cs); nothing after this step ran.");
                    return 1;
                }
            }

            output.WriteLine("nanopos flash: done. Next: nanopos provision writes the configuration; nanoff --filedeployment puts it on the board.");
            return 0;
        }
    }
}
