using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace NanoPos.DeviceToolchain
{
    /// <summary>Runs one external program (the MetadataProcessor or nanoCLR) with a deadline and captures what it prints.</summary>
    public static class ExternalProcess
    {
        /// <summary>Runs a program to its end or to the deadline, whichever comes first.</summary>
        /// <param name="fileName">The program or script.</param>
        /// <param name="arguments">Its arguments, passed as they are (no shell quoting involved).</param>
        /// <param name="timeout">The longest the program may run; it is killed with its children after that.</param>
        /// <returns>What it printed, its exit code and how long it ran.</returns>
        public static ProcessOutcome Run(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var output = new StringBuilder();
            var error = new StringBuilder();
            var clock = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(error, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            bool finished = process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
            if (!finished)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            else
            {
                // The parameterless wait also drains the asynchronous readers.
                process.WaitForExit();
            }

            return new ProcessOutcome(Text(output), Text(error), finished ? process.ExitCode : -1, !finished, clock.Elapsed);
        }

        private static void Append(StringBuilder target, string line)
        {
            if (line == null)
            {
                return;
            }

            lock (target)
            {
                target.Append(line).Append('\n');
            }
        }

        private static string Text(StringBuilder builder)
        {
            lock (builder)
            {
                return builder.ToString();
            }
        }
    }
}
