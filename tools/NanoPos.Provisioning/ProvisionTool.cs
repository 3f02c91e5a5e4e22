using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// What <c>nanopos provision</c> does once its arguments are parsed: check the options, write the set, print what
    /// was written and the nanoff command that puts it on a board; or check an existing folder. Exit codes: 0 done, 1 a
    /// check found problems or a file could not be written, 2 a value is wrong (each error names its flag).
    /// </summary>
    public static class ProvisionTool
    {
        /// <summary>Checks the options and writes the set.</summary>
        /// <param name="options">The options as typed.</param>
        /// <param name="output">Standard output: what was written and what to do next.</param>
        /// <param name="error">Standard error: one line per error.</param>
        /// <returns>0 written; 1 a file could not be written; 2 a value is wrong.</returns>
        public static int Run(ProvisionOptions options, TextWriter output, TextWriter error)
        {
            ArgumentNullException.ThrowIfNull(options);
            var errors = new List<string>();
            ProvisionPlan plan = ProvisionPlan.Create(options, errors);
            if (plan == null)
            {
                foreach (string line in errors)
                {
                    error.WriteLine("nanopos provision: " + line);
                }

                return 2;
            }

            string json;
            try
            {
                json = ProvisionWriter.Write(plan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine("nanopos provision: writing " + plan.OutputDirectory + " failed: " + e.Message);
                return 1;
            }

            output.WriteLine("nanopos provision: " + plan.Records.Count + " record(s) for terminal " + options.TerminalId + " in " + plan.OutputDirectory + ", as the board's store keeps them:");
            foreach (KeyValuePair<string, byte[]> record in plan.Records)
            {
                output.WriteLine("  " + record.Key.PadRight(9) + (record.Value.Length + RecordFileFormat.TrailerLength).ToString().PadLeft(5) + " bytes  -> "
                    + NanoffDeploymentFile.DevicePathOf(record.Key));
            }

            output.WriteLine("  " + NanoffDeploymentFile.FileName + " (nanoff --filedeployment)");
            foreach (string note in plan.Notes)
            {
                output.WriteLine("note: " + note);
            }

            output.WriteLine("Next, with the nanoPos application on the board and booted once (it shows the setup error until configured):");
            output.WriteLine("  nanoff --serialport " + (plan.SerialPort ?? "PORT") + " --filedeployment " + Quote(json));
            output.WriteLine("then reset the board. Until its first boot moves them under its device key, these files hold the Wi-Fi password");
            output.WriteLine("and the TMK components in clear: delete the folder once the terminal shows its idle screen.");
            return 0;
        }

        /// <summary>Checks a provisioning folder and prints a line per problem.</summary>
        /// <param name="directory">The folder.</param>
        /// <param name="output">Standard output: the problems, then a summary.</param>
        /// <returns>0 when the set is good; 1 when a problem was found.</returns>
        public static int Check(string directory, TextWriter output)
        {
            IReadOnlyList<string> problems = ProvisionChecker.Check(directory);
            foreach (string problem in problems)
            {
                output.WriteLine(problem);
            }

            output.WriteLine(problems.Count == 0
                ? "nanopos provision --check: " + directory + " is good: every record decodes, config passes the firmware's loader, " + NanoffDeploymentFile.FileName + " lists every record file."
                : "nanopos provision --check: " + problems.Count + " problem(s) in " + directory + ".");
            return problems.Count == 0 ? 0 : 1;
        }

        private static string Quote(string path)
        {
            return path.Contains(' ') ? "\"" + path + "\"" : path;
        }
    }
}
