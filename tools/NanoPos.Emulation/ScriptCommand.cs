using System.Collections.Generic;

namespace NanoPos.Emulation
{
    /// <summary>One line of a terminal script: the verb and its arguments (quoted arguments keep their spaces).</summary>
    /// <param name="Line">The line number, from 1.</param>
    /// <param name="Verb">The verb, lower case ("press", "expect-screen").</param>
    /// <param name="Args">The arguments.</param>
    /// <param name="Text">The line as written (without the comment).</param>
    public sealed record ScriptCommand(int Line, string Verb, IReadOnlyList<string> Args, string Text);
}
