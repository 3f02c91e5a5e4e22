using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.Cli;

namespace NanoPos.Emulation.Tests
{
    /// <summary>Runs `nanopos` verbs in-process, as a user would from a shell, and hands their output to the corpus.</summary>
    public static class CliOutputs
    {
        /// <summary>The example scripts of tools/NanoPos.Emulation/scripts.</summary>
        public static readonly string[] ExampleScripts = { "sale", "decline-51", "host-timeout-reversal", "power-cut-mid-payment", "tour", "config-error" };

        /// <summary>Runs a verb; its output and error go to the corpus under "nanopos ARGS".</summary>
        /// <returns>The exit code.</returns>
        public static int Run(ScanCorpus corpus, params string[] args)
        {
            return RunAt(corpus, null, args);
        }

        /// <summary>Gets the error output of the last verb run (for an assertion's message).</summary>
        [ThreadStatic]
        private static string t_lastError;

        /// <summary>Gets the error output of the last verb run on this thread.</summary>
        public static string LastError => t_lastError;

        /// <summary>Runs a verb; its output and error go to the corpus under "nanopos ARGS (MOMENT)".</summary>
        /// <returns>The exit code.</returns>
        public static int RunAt(ScanCorpus corpus, string moment, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = Program.Run(args, output, error);
            string name = "nanopos " + string.Join(" ", Shorten(args));
            corpus.AddText(name + " / output", moment, output.ToString());
            corpus.AddText(name + " / error", moment, error.ToString());
            t_lastError = error.ToString();
            return code;
        }

        /// <summary>`nanopos run` on every example script, in both languages (the paced mode for the sale too).</summary>
        /// <returns>The scripts that did not exit 0.</returns>
        public static List<string> RunExampleScripts(ScanCorpus corpus)
        {
            var failed = new List<string>();
            foreach (string script in ExampleScripts)
            {
                foreach (string language in new[] { "en", "zh" })
                {
                    if (Run(corpus, "run", "--script", Scripts.Of(script), "--language", language) != 0)
                    {
                        failed.Add(script + " " + language + ": " + LastError);
                    }
                }
            }

            if (Run(corpus, "run", "--script", Scripts.Of("sale"), "--paced") != 0)
            {
                failed.Add("sale --paced");
            }

            return failed;
        }

        /// <summary>`nanopos decode` of each frame, as hex on the command line and as a raw file (both profiles' printer).</summary>
        /// <returns>How many frames decoded (exit 0).</returns>
        public static int Decode(ScanCorpus corpus, IEnumerable<byte[]> frames, string directory)
        {
            int decoded = 0;
            int n = 0;
            foreach (byte[] frame in frames)
            {
                string moment = "frame " + (++n);
                decoded += RunAt(corpus, moment, "decode", Convert.ToHexString(frame)) == 0 ? 1 : 0;
                string file = Path.Combine(directory, "frame-" + n + ".bin");
                File.WriteAllBytes(file, frame);
                RunAt(corpus, moment, "decode", "--file", file);
            }

            return decoded;
        }

        // A source name with a whole frame in hex would itself be a leak in the report: keep names short.
        private static IEnumerable<string> Shorten(string[] args)
        {
            foreach (string arg in args)
            {
                yield return arg.Contains('/') || arg.Contains('\\') ? Path.GetFileName(arg) : arg.Length > 40 ? "HEX(" + arg.Length / 2 + " bytes)" : arg;
            }
        }
    }
}
