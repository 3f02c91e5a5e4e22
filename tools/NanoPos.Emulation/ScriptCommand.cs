using System.Collections.Generic;
using System.Globalization;

namespace NanoPos.Emulation
{
    /// <summary>One line of a terminal script: the verb and its arguments (quoted arguments keep their spaces).</summary>
    /// <param name="Line">The line number, from 1.</param>
    /// <param name="Verb">The verb, lower case ("press", "expect-screen").</param>
    /// <param name="Args">The arguments.</param>
    /// <param name="Text">The line as written (without the comment).</param>
    public sealed record ScriptCommand(int Line, string Verb, IReadOnlyList<string> Args, string Text)
    {
        /// <summary>Gets the argument at <paramref name="index"/> (from 0).</summary>
        /// <param name="index">Which argument.</param>
        /// <returns>The argument as written.</returns>
        /// <exception cref="ScriptException">There is no such argument ("VERB needs an argument", naming the line).</exception>
        public string Arg(int index)
        {
            if (index < 0 || index >= Args.Count)
            {
                throw new ScriptException(Line, Verb + " needs an argument");
            }

            return Args[index];
        }

        /// <summary>Gets the argument at <paramref name="index"/> as a whole number of 0 or more (digits only).</summary>
        /// <param name="index">Which argument.</param>
        /// <returns>The number.</returns>
        /// <exception cref="ScriptException">There is no such argument, or it is not a whole number (naming the line).</exception>
        public long Number(int index)
        {
            string text = Arg(index);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                throw new ScriptException(Line, Verb + ": '" + text + "' is not a whole number");
            }

            return value;
        }
    }
}
