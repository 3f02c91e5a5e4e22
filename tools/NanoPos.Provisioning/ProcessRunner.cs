using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace NanoPos.Provisioning
{
    /// <summary>Runs a program as a child process with its arguments passed one by one (no shell), forwarding its output.</summary>
    public sealed class ProcessRunner : IProcessRunner
    {
        /// <inheritdoc/>
        public int Run(string fileName, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
        {
            var start = new ProcessStartInfo(fileName)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = new Process { StartInfo = start };
            object gate = new object();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (gate)
                    {
                        output.WriteLine(e.Data);
                    }
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (gate)
                    {
                        error.WriteLine(e.Data);
                    }
                }
            };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return process.ExitCode;
        }
    }
}
