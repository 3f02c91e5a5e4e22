namespace NanoPos.ProfileCheck
{
    /// <summary>A real nanoFramework assembly: the file to compile against, the .pe to load, and where they came from.</summary>
    public sealed class RealAssembly
    {
        /// <summary>Creates a description.</summary>
        /// <param name="name">The assembly name, e.g. mscorlib.</param>
        /// <param name="file">The path of the assembly (dll or exe).</param>
        /// <param name="pe">The path of its .pe.</param>
        /// <param name="origin">Where it came from, for messages.</param>
        public RealAssembly(string name, string file, string pe, string origin)
        {
            Name = name;
            File = file;
            Pe = pe;
            Origin = origin;
        }

        /// <summary>Gets the assembly name.</summary>
        public string Name { get; }

        /// <summary>Gets the path of the assembly file (dll or exe).</summary>
        public string File { get; }

        /// <summary>Gets the path of the .pe the interpreter loads.</summary>
        public string Pe { get; }

        /// <summary>Gets where the files came from, e.g. "NuGet nanoFramework.CoreLibrary 1.17.11".</summary>
        public string Origin { get; }
    }
}
