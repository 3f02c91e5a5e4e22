using System;
using System.Collections.Generic;
using System.Globalization;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// Reads what the device benchmark program prints:
    /// <c>bench &lt;name&gt; ops=N ticks=T alloc-blocks=B alloc-bytes=Y</c> per measurement,
    /// <c>bench-info &lt;key&gt;=&lt;value&gt;</c> for facts (runtime, durable writes per sale, ...), and <c>bench done</c> at the end.
    /// </summary>
    public sealed class BenchReport
    {
        /// <summary>Gets or sets the measurements in the order printed.</summary>
        public List<BenchMeasurement> Measurements { get; set; } = new List<BenchMeasurement>();

        /// <summary>Gets or sets the facts the program printed, by key.</summary>
        public Dictionary<string, string> Info { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Gets or sets whether the program printed <c>bench done</c>.</summary>
        public bool Complete { get; set; }

        /// <summary>Parses the program's standard output; lines it does not know are ignored.</summary>
        /// <param name="output">The output.</param>
        /// <returns>The report.</returns>
        /// <exception cref="FormatException">A <c>bench</c> line lacks a field or holds a value that is not a number.</exception>
        public static BenchReport Parse(string output)
        {
            var report = new BenchReport();
            foreach (string raw in (output ?? string.Empty).Split('\n'))
            {
                string line = raw.Trim();
                if (line == "bench done")
                {
                    report.Complete = true;
                }
                else if (line.StartsWith("bench-info ", StringComparison.Ordinal))
                {
                    string pair = line.Substring("bench-info ".Length);
                    int eq = pair.IndexOf('=');
                    if (eq > 0)
                    {
                        report.Info[pair.Substring(0, eq)] = pair.Substring(eq + 1);
                    }
                }
                else if (line.StartsWith("bench ", StringComparison.Ordinal))
                {
                    report.Measurements.Add(Measurement(line));
                }
            }

            return report;
        }

        /// <summary>Finds a measurement by name.</summary>
        /// <param name="name">The name.</param>
        /// <returns>The measurement, or null.</returns>
        public BenchMeasurement Find(string name)
        {
            foreach (BenchMeasurement m in Measurements)
            {
                if (m.Name == name)
                {
                    return m;
                }
            }

            return null;
        }

        private static BenchMeasurement Measurement(string line)
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var fields = new Dictionary<string, long>(StringComparer.Ordinal);
            for (int i = 2; i < parts.Length; i++)
            {
                int eq = parts[i].IndexOf('=');
                if (eq <= 0 || !long.TryParse(parts[i].Substring(eq + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
                {
                    throw new FormatException($"benchmark line '{line}': '{parts[i]}' is not key=number");
                }

                fields[parts[i].Substring(0, eq)] = value;
            }

            if (parts.Length < 2 || !fields.ContainsKey("ops") || !fields.ContainsKey("ticks"))
            {
                throw new FormatException($"benchmark line '{line}' lacks a name, ops= or ticks=");
            }

            return new BenchMeasurement
            {
                Name = parts[1],
                Ops = fields["ops"],
                Ticks = fields["ticks"],
                AllocBlocks = fields.TryGetValue("alloc-blocks", out long blocks) ? blocks : -1,
                AllocBytes = fields.TryGetValue("alloc-bytes", out long bytes) ? bytes : -1,
            };
        }
    }
}
