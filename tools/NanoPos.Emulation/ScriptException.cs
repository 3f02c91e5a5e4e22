using System;

namespace NanoPos.Emulation
{
    /// <summary>A script line cannot be understood, or an expectation failed; the message starts with "line N:".</summary>
    public sealed class ScriptException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="line">The script line, from 1.</param>
        /// <param name="message">What is wrong.</param>
        public ScriptException(int line, string message)
            : base("line " + line + ": " + message)
        {
            Line = line;
        }

        /// <summary>Gets the script line.</summary>
        public int Line { get; }
    }
}
