using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace NanoPos.Cli
{
    /// <summary>
    /// What a verb of <c>nanopos</c> runs with: where it writes, what it reads, the environment, how it is stopped and
    /// whether a person watches a terminal (progress bars) or the output goes to a file, a pipe or a test (plain lines).
    /// </summary>
    public sealed class CliContext
    {
        /// <summary>Creates a context that writes plain text to the given writers, as tests and redirected runs do.</summary>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        public CliContext(TextWriter output, TextWriter error)
        {
            Output = output ?? throw new ArgumentNullException(nameof(output));
            Error = error ?? throw new ArgumentNullException(nameof(error));
        }

        /// <summary>Gets where the verb's report goes.</summary>
        public TextWriter Output { get; }

        /// <summary>Gets where usage errors and failures to start go.</summary>
        public TextWriter Error { get; }

        /// <summary>Gets standard input (for <c>receipt decode --text-file -</c>); empty unless set.</summary>
        public TextReader Input { get; init; } = TextReader.Null;

        /// <summary>Gets how environment variables are read (tests replace it to pretend <c>CI=true</c>).</summary>
        public Func<string, string> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

        /// <summary>
        /// Gets the token that stops the verbs that run until stopped (<c>host-sim</c>, <c>emulate</c>), or null to stop them
        /// on Ctrl+C or SIGTERM.
        /// </summary>
        public CancellationToken? Stop { get; init; }

        /// <summary>
        /// Gets the live progress display used when a person watches a terminal, or null for plain progress lines
        /// (output redirected to a file or a pipe, or captured by a test: no escape codes at all).
        /// </summary>
        public LiveProgressDisplay Live { get; init; }

        /// <summary>Gets the least time between two plain progress lines (default 10 s; zero prints every report).</summary>
        public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(10);

        /// <summary>Gets the nanoff wrapper <c>nanopos flash</c> uses; null for the real one (PATH and a real process). Tests give their own.</summary>
        public NanoPos.Provisioning.FlashTool Flash { get; init; }

        /// <summary>
        /// Runs <paramref name="work"/> while showing its progress: a bar on an interactive terminal, otherwise a plain line on
        /// <see cref="Output"/> at most every <see cref="ProgressInterval"/>.
        /// </summary>
        /// <param name="title">What is being done, e.g. "nanopos torture".</param>
        /// <param name="unit">What is counted, plural, e.g. "flows".</param>
        /// <param name="total">How many of them there are.</param>
        /// <param name="work">The work; it reports how far it got through the reporter it is given, and returns the exit code.</param>
        /// <returns>What <paramref name="work"/> returned.</returns>
        public int WithProgress(string title, string unit, long total, Func<ProgressReporter, int> work)
        {
            if (Live != null)
            {
                return Live.Run(title, unit, total, work);
            }

            return work(new PlainProgressReporter(Output, title, unit, total, ProgressInterval));
        }

        /// <summary>
        /// Runs <paramref name="work"/> until it returns, handing it <see cref="Stop"/>, or when that is null a token
        /// cancelled by Ctrl+C (SIGINT) or SIGTERM, so that the verb can finish its files before it exits.
        /// </summary>
        /// <param name="work">The work.</param>
        /// <returns>What <paramref name="work"/> returned.</returns>
        public int UntilStopped(Func<CancellationToken, int> work)
        {
            if (Stop != null)
            {
                return work(Stop.Value);
            }

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;

            // `kill` (SIGTERM) stops it the same way, so ledgers and logs are written on exit there too.
            using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                return work(stop.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
    }
}
