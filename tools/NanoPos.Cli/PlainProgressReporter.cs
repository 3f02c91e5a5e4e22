using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace NanoPos.Cli
{
    /// <summary>
    /// Progress as an occasional plain line ("nanopos mutate: 40,000 of 100,000 frames (40%), 0 crashes, 12 s"), for output
    /// that goes to a file, a pipe, a CI log or a test: no escape codes, and at most one line per interval so that a log
    /// does not fill with them.
    /// </summary>
    internal sealed class PlainProgressReporter : ProgressReporter
    {
        private readonly TextWriter _output;
        private readonly string _title;
        private readonly string _unit;
        private readonly long _total;
        private readonly TimeSpan _interval;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last;

        public PlainProgressReporter(TextWriter output, string title, string unit, long total, TimeSpan interval)
        {
            _output = output;
            _title = title;
            _unit = unit;
            _total = total;
            _interval = interval;
        }

        public override void Report(long done, string note)
        {
            TimeSpan now = _clock.Elapsed;

            // The last unit is not worth a line: the report that follows says the same.
            if (now - _last < _interval || done >= _total)
            {
                return;
            }

            _last = now;
            string share = _total > 0 ? " (" + (100 * done / _total).ToString(CultureInfo.InvariantCulture) + "%)" : string.Empty;
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} of {2:N0} {3}{4}{5}, {6:F0} s", _title, done, _total, _unit, share, string.IsNullOrEmpty(note) ? string.Empty : ", " + note, now.TotalSeconds));
        }
    }
}
