namespace NanoPos.ProfileCheck
{
    /// <summary>One <c>&lt;package id version&gt;</c> line of a packages.config.</summary>
    public sealed class PackagesConfigEntry
    {
        /// <summary>Creates an entry.</summary>
        public PackagesConfigEntry(string id, string version, int line)
        {
            Id = id;
            Version = version;
            Line = line;
        }

        /// <summary>Gets the package id.</summary>
        public string Id { get; }

        /// <summary>Gets the pinned version.</summary>
        public string Version { get; }

        /// <summary>Gets the 1-based line in packages.config.</summary>
        public int Line { get; }
    }
}
