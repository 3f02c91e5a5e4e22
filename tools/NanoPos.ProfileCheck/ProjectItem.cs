namespace NanoPos.ProfileCheck
{
    /// <summary>One item of a project file: its Include, an optional detail (the HintPath of a Reference) and its line.</summary>
    public sealed class ProjectItem
    {
        /// <summary>Creates an item.</summary>
        public ProjectItem(string include, string detail, int line)
        {
            Include = include;
            Detail = detail;
            Line = line;
        }

        /// <summary>Gets the Include attribute as written.</summary>
        public string Include { get; }

        /// <summary>Gets the HintPath of a Reference, or null.</summary>
        public string Detail { get; }

        /// <summary>Gets the 1-based line of the item in the project file.</summary>
        public int Line { get; }
    }
}
