namespace NanoPos.ProfileCheck
{
    /// <summary>One assembly file inside a profiled package.</summary>
    public sealed class ProfilePackageAssembly
    {
        /// <summary>Creates an assembly entry.</summary>
        public ProfilePackageAssembly(string name, string file, bool hasApi)
        {
            Name = name;
            File = file;
            HasApi = hasApi;
        }

        /// <summary>Gets the assembly name, e.g. "mscorlib".</summary>
        public string Name { get; }

        /// <summary>Gets the file name under the package's lib folder, e.g. "mscorlib.dll".</summary>
        public string File { get; }

        /// <summary>Gets whether the profile describes a public API for it (false for the unit test launcher executable).</summary>
        public bool HasApi { get; }
    }
}
