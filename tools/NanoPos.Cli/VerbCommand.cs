using System.CommandLine;

namespace NanoPos.Cli
{
    /// <summary>
    /// One verb of <c>nanopos</c> (a System.CommandLine <see cref="Command"/>) with the one-line synopsis that
    /// <c>nanopos help</c> lists it with; its options, arguments and action are added by the verb's <c>Create</c>.
    /// </summary>
    public sealed class VerbCommand : Command
    {
        /// <summary>Creates a verb.</summary>
        /// <param name="name">The verb, e.g. "mutate".</param>
        /// <param name="synopsis">Its options in one line for the overview, e.g. "[--frames N] [--seed S]".</param>
        /// <param name="description">What it does, for the overview and its own <c>--help</c>; the first line is the summary.</param>
        public VerbCommand(string name, string synopsis, string description)
            : base(name, description)
        {
            Synopsis = synopsis;
        }

        /// <summary>Gets the verb's options in one line, as <c>nanopos help</c> shows them.</summary>
        public string Synopsis { get; }
    }
}
