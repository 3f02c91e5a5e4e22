using System;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Writes the program's output on the console, one fact per line, in the form <c>tools/nanopos device-bench</c>
    /// parses: <c>bench NAME ops=N ticks=T alloc-blocks=B alloc-bytes=Y</c> per measurement, <c>bench-info KEY=VALUE</c>
    /// for other facts, <c>bench-error MESSAGE</c> when the run fails, and <c>bench done</c> as the last line of a
    /// complete run. Only measurements and the last line start with "bench ".
    /// </summary>
    public sealed class BenchReport
    {
        /// <summary>
        /// Writes a measurement line, then its rounds and per-round constant as facts (NAME-rounds,
        /// NAME-round-constant-blocks, NAME-round-constant-bytes).
        /// </summary>
        /// <param name="result">The measurement.</param>
        public void Result(BenchResult result)
        {
            Console.WriteLine(result.ToLine());
            RoundInfo(result.Name, result);
        }

        /// <summary>
        /// Writes a measurement of a helper workload as facts only, not as a measurement line: KEY-ops, KEY-ticks,
        /// KEY-alloc-blocks, KEY-alloc-bytes and the round facts of <see cref="Result"/>.
        /// </summary>
        /// <param name="key">The prefix of the keys.</param>
        /// <param name="result">The measurement.</param>
        public void InfoResult(string key, BenchResult result)
        {
            Info(key + "-ops", result.Ops);
            Info(key + "-ticks", result.Ticks);
            Info(key + "-alloc-blocks", result.AllocBlocks);
            Info(key + "-alloc-bytes", result.AllocBytes);
            RoundInfo(key, result);
        }

        /// <summary>Writes a fact with a text value.</summary>
        /// <param name="key">The key: lower case words joined by '-'.</param>
        /// <param name="value">The value, without spaces.</param>
        public void Info(string key, string value)
        {
            Console.WriteLine("bench-info " + key + "=" + value);
        }

        /// <summary>Writes a fact with a number value.</summary>
        /// <param name="key">The key: lower case words joined by '-'.</param>
        /// <param name="value">The value.</param>
        public void Info(string key, long value)
        {
            Info(key, value.ToString());
        }

        /// <summary>Writes the failure of the run; no <c>bench done</c> line follows.</summary>
        /// <param name="message">What failed.</param>
        public void Error(string message)
        {
            Console.WriteLine("bench-error " + message);
        }

        /// <summary>Writes the last line of a complete run.</summary>
        public void Done()
        {
            Console.WriteLine("bench done");
        }

        private void RoundInfo(string key, BenchResult result)
        {
            Info(key + "-rounds", result.Rounds);
            Info(key + "-round-constant-blocks", result.RoundConstantBlocks);
            Info(key + "-round-constant-bytes", result.RoundConstantBytes);
        }

        /// <summary>Formats a ratio of two counts: a whole number when it is one, else with two decimals.</summary>
        /// <param name="total">The dividend, e.g. durable writes of all sales.</param>
        /// <param name="count">The divisor, e.g. the number of sales; 0 gives "-1".</param>
        /// <returns>The text.</returns>
        public static string Ratio(long total, long count)
        {
            if (count == 0)
            {
                return "-1";
            }

            return total % count == 0 ? (total / count).ToString() : ((double)total / count).ToString("F2");
        }
    }
}
