using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using NanoPos.Emulator;
using NanoPos.Ui.Messages;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos emulate [--port 5080] [--language en|zh]</c>: the virtual terminal in the browser. Runs the firmware
    /// (host build, simulated drivers) and the acquirer host simulator in this process and serves the page on
    /// 127.0.0.1 until Ctrl+C or SIGTERM.
    /// </summary>
    public static class EmulateCommand
    {
        /// <summary>The default port of the page.</summary>
        public const int DefaultPort = 5080;

        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes, and what stops it (Ctrl+C or SIGTERM unless a token is given).</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<int> port = CliOption.Number("--port", "N", "The page's port on 127.0.0.1 (0 picks a free port).", DefaultPort, 0, 65535);
            Option<Language> language = CliOption.Language("The terminal's language.");
            var verb = new VerbCommand(
                "emulate",
                "[--port N] [--language en|zh]",
                "The virtual terminal in the browser: firmware + acquirer host simulator in this process, page on "
                + "http://127.0.0.1:N/ (default " + DefaultPort + "; 0 = any free port) until Ctrl+C.\n\n"
                + "Exit 0 after Ctrl+C or SIGTERM, 1 when the port is taken, 2 on bad usage.")
            {
                port, language,
            };
            verb.SetAction(parsed => context.UntilStopped(stop => Serve(parsed.GetValue(port), parsed.GetValue(language), context.Output, context.Error, stop)));
            return verb;
        }

        /// <summary>Runs the command with the arguments that follow "emulate" until <paramref name="stop"/> is cancelled (tests, embedding).</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <param name="stop">Stops the emulator.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken stop)
        {
            return Program.Run(Program.Verb("emulate", args), new CliContext(output, error) { Stop = stop });
        }

        private static int Serve(int port, Language language, TextWriter output, TextWriter error, CancellationToken stop)
        {
            TextWriter log = TextWriter.Synchronized(error);
            using var host = new EmulatorHost(SimulatedTerminalSession.Create(language), null, log.WriteLine);
            host.Start();
            EmulatorServer server;
            try
            {
                server = EmulatorServer.StartAsync(host, port, stop).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                error.WriteLine("nanopos emulate: " + e.Message + " Try another port: nanopos emulate --port 5081");
                return 1;
            }
            catch (OperationCanceledException)
            {
                return 0;
            }

            try
            {
                output.WriteLine("nanoPos virtual terminal: open " + server.Address + " in a browser (Ctrl+C stops).");
                output.WriteLine("The firmware runs on simulated drivers against the in-process acquirer host simulator; time follows the clock.");
                output.WriteLine("Keys: digits, Enter (#), Backspace = Clear (D), Esc = Cancel (*), M = Menu (A), F1/F2 = B/C; or click the keypad.");
                output.Flush();
                stop.WaitHandle.WaitOne();
            }
            finally
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            output.WriteLine("stopped.");
            return 0;
        }
    }
}
