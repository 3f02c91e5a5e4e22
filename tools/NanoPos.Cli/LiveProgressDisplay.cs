using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace NanoPos.Cli
{
    /// <summary>
    /// The progress bar of a long verb on an interactive terminal (Spectre.Console), and the writer the verb's own lines go
    /// through meanwhile, so that they land above the bar instead of through it. Used only when standard output is a terminal;
    /// redirected output gets <see cref="PlainProgressReporter"/> lines instead.
    /// </summary>
    public sealed class LiveProgressDisplay
    {
        private readonly IAnsiConsole _console;
        private readonly TextWriter _plain;
        private volatile bool _active;

        /// <summary>Creates the display on a console.</summary>
        /// <param name="console">The console the bar is drawn on (<see cref="AnsiConsole.Console"/>).</param>
        /// <param name="plain">Where lines go while no bar is shown (standard output).</param>
        public LiveProgressDisplay(IAnsiConsole console, TextWriter plain)
        {
            _console = console;
            _plain = plain;
            Writer = new LineWriter(this);
        }

        /// <summary>Gets the writer for the verb's output: plain while no bar is shown, above the bar while one is.</summary>
        public TextWriter Writer { get; }

        /// <summary>Gets whether standard output is an interactive terminal that a progress bar can be drawn on.</summary>
        /// <param name="environment">Reads environment variables.</param>
        /// <returns>True for a terminal, false for a file, a pipe, a dumb terminal or a CI run.</returns>
        public static bool IsInteractive(Func<string, string> environment)
        {
            return !Console.IsOutputRedirected
                && environment("TERM") != "dumb"
                && !string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Runs the work with a bar for it; see <see cref="CliContext.WithProgress"/>.</summary>
        /// <param name="title">What is being done.</param>
        /// <param name="unit">What is counted, plural.</param>
        /// <param name="total">How many of them there are.</param>
        /// <param name="work">The work.</param>
        /// <returns>What the work returned.</returns>
        public int Run(string title, string unit, long total, Func<ProgressReporter, int> work)
        {
            Writer.Flush();
            _active = true;
            try
            {
                return _console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(context =>
                    {
                        ProgressTask task = context.AddTask(Markup.Escape(title.StartsWith("nanopos ", StringComparison.Ordinal) ? title.Substring(8) : title), true, Math.Max(1, total));
                        return work(new BarReporter(task, title, unit, total));
                    });
            }
            finally
            {
                _active = false;
            }
        }

        private void WriteLine(string line)
        {
            if (_active)
            {
                // Through the console, which draws the line above the live bar and the bar again below it.
                _console.WriteLine(line);
            }
            else
            {
                _plain.WriteLine(line);
                _plain.Flush();
            }
        }

        private sealed class BarReporter : ProgressReporter
        {
            private readonly ProgressTask _task;
            private readonly string _title;
            private readonly string _unit;
            private readonly long _total;

            public BarReporter(ProgressTask task, string title, string unit, long total)
            {
                _task = task;
                _title = title;
                _unit = unit;
                _total = total;
            }

            public override void Report(long done, string note)
            {
                _task.Value = done;

                // Short, so that the bar keeps most of the line: "torture 14/19 flows · void done, 0 violati…".
                string title = _title.StartsWith("nanopos ", StringComparison.Ordinal) ? _title.Substring(8) : _title;
                string text = title + " " + done.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "/" + _total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + _unit;
                if (!string.IsNullOrEmpty(note))
                {
                    text += " · " + (note.Length <= 32 ? note : note.Substring(0, 31) + "…");
                }

                _task.Description = Markup.Escape(text);
            }
        }

        // Collects characters until a line end, then hands the whole line over, so a bar is never drawn through half a line.
        private sealed class LineWriter : TextWriter
        {
            private readonly LiveProgressDisplay _display;
            private readonly StringBuilder _line = new StringBuilder();

            public LineWriter(LiveProgressDisplay display)
            {
                _display = display;
            }

            public override Encoding Encoding => Encoding.UTF8;

            public override void Write(char value)
            {
                lock (_line)
                {
                    if (value == '\n')
                    {
                        string line = _line.ToString().TrimEnd('\r');
                        _line.Clear();
                        _display.WriteLine(line);
                    }
                    else
                    {
                        _line.Append(value);
                    }
                }
            }

            public override void Flush()
            {
                lock (_line)
                {
                    if (_line.Length > 0 && !_display._active)
                    {
                        _display._plain.Write(_line.ToString());
                        _line.Clear();
                    }

                    _display._plain.Flush();
                }
            }
        }
    }
}
