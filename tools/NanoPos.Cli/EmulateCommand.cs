using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
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

        /// <summary>Runs the command until Ctrl+C (SIGINT) or SIGTERM.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                return Run(args, output, error, stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        /// <summary>Runs the command until <paramref name="stop"/> is cancelled (tests, embedding).</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken stop)
        {
            int port = DefaultPort;
            Language language = Language.English;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--port":
                        if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                        {
                            error.WriteLine("nanopos emulate: --port needs a number from 0 to 65535 (0: any free port).");
                            Usage(error);
                            return 2;
                        }

                        break;
                    case "--language":
                        Language? parsed = i + 1 < args.Length ? EmulatorHost.ParseLanguage(args[++i]) : null;
                        if (parsed == null)
                        {
                            error.WriteLine("nanopos emulate: --language needs en or zh.");
                            Usage(error);
                            return 2;
                        }

                        language = parsed.Value;
                        break;
                    case "--help":
                    case "-h":
                        Usage(output);
                        return 0;
                    default:
                        error.WriteLine("nanopos emulate: unknown option '" + args[i] + "'.");
                        Usage(error);
                        return 2;
                }
            }

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

        /// <summary>Writes the command's usage.</summary>
        public static void Usage(TextWriter w)
        {
            w.WriteLine("usage: nanopos emulate [--port N] [--language en|zh]");
            w.WriteLine("  Runs the virtual terminal (firmware + acquirer host simulator, one process) and serves it on");
            w.WriteLine("  http://127.0.0.1:N/ (default " + DefaultPort + "; 0 picks a free port) until Ctrl+C.");
        }
    }
}
