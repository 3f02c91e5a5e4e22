using System;
using System.Collections.Generic;
using System.Text;

namespace NanoPos.Provisioning
{
    /// <summary>One nanoff invocation: its arguments, and the line to print, which is exactly what runs.</summary>
    public sealed class NanoffCommand
    {
        /// <summary>The name nanoff is installed under (<c>dotnet tool install -g nanoff</c>).</summary>
        public const string ToolName = "nanoff";

        /// <summary>Creates a command.</summary>
        /// <param name="purpose">What it does, in a few words.</param>
        /// <param name="arguments">The arguments, each passed to nanoff as one argument (no shell in between).</param>
        public NanoffCommand(string purpose, IReadOnlyList<string> arguments)
        {
            Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
            Arguments = arguments ?? throw new ArgumentNullException(nameof(arguments));
        }

        /// <summary>Gets what the command does.</summary>
        public string Purpose { get; }

        /// <summary>Gets the arguments.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>Gives the command as one line to print or paste into a shell: an argument holding a space or a quote is double-quoted.</summary>
        /// <returns>"nanoff" and the arguments.</returns>
        public override string ToString()
        {
            var line = new StringBuilder(ToolName);
            foreach (string argument in Arguments)
            {
                line.Append(' ');
                bool quote = argument.Length == 0 || argument.IndexOfAny(new[] { ' ', '\t', '"', '\'' }) >= 0;
                line.Append(quote ? "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : argument);
            }

            return line.ToString();
        }
    }
}
