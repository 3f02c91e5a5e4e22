using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Which nanoFramework assemblies exist as real binaries on this machine: mscorlib from the NuGet package, and
    /// the toolchain's TestFramework, UnitTestLauncher, System.Collections and System.Text. Device projects compile
    /// against these; the API profile stands in only for the assemblies missing here.
    /// </summary>
    public sealed class DeviceLibraries
    {
        private readonly Dictionary<string, RealAssembly> _real = new Dictionary<string, RealAssembly>(StringComparer.Ordinal);
        private readonly List<string> _notes = new List<string>();

        private DeviceLibraries(CoreLibraryPackage coreLibrary, NanoFrameworkToolchain toolchain)
        {
            CoreLibrary = coreLibrary;
            Toolchain = toolchain;
        }

        /// <summary>Gets the real mscorlib package.</summary>
        public CoreLibraryPackage CoreLibrary { get; }

        /// <summary>Gets the toolchain the other real assemblies come from (possibly incomplete).</summary>
        public NanoFrameworkToolchain Toolchain { get; }

        /// <summary>Gets the real assemblies found, by name.</summary>
        public IReadOnlyDictionary<string, RealAssembly> Real => _real;

        /// <summary>Gets notes for the user: toolchain assemblies that are missing or at another version than the profile pins.</summary>
        public IReadOnlyList<string> Notes => _notes;

        /// <summary>
        /// Finds the real assemblies for a repository: mscorlib must be restored; the toolchain's libraries are used
        /// when present and at the versions the profile pins.
        /// </summary>
        /// <param name="profile">The API profile, for the pinned versions.</param>
        /// <param name="toolchain">The toolchain (see <see cref="NanoFrameworkToolchain.Locate"/>).</param>
        /// <returns>The libraries.</returns>
        /// <exception cref="InvalidOperationException">The real mscorlib is not restored.</exception>
        public static DeviceLibraries Discover(ApiProfile profile, NanoFrameworkToolchain toolchain)
        {
            var libraries = new DeviceLibraries(CoreLibraryPackage.Require(), toolchain);
            libraries.Add(profile, "mscorlib", libraries.CoreLibrary.Dll, libraries.CoreLibrary.Pe, "NuGet " + CoreLibraryPackage.PackageId + " " + CoreLibraryPackage.Version);
            foreach (string name in new[] { "nanoFramework.System.Collections", "nanoFramework.System.Text", "nanoFramework.TestFramework", "nanoFramework.UnitTestLauncher" })
            {
                if (toolchain.TryGetLibrary(name, out string file))
                {
                    libraries.Add(profile, name, file, Path.ChangeExtension(file, ".pe"), "toolchain lib/");
                }
                else
                {
                    libraries._notes.Add(name + ": no real binary in " + toolchain.LibraryFolder + "; compiled against the API profile instead");
                }
            }

            return libraries;
        }

        /// <summary>Finds a real assembly by name.</summary>
        /// <param name="assemblyName">The assembly name.</param>
        /// <param name="assembly">The assembly when found.</param>
        /// <returns>True when a real binary exists.</returns>
        public bool TryGet(string assemblyName, out RealAssembly assembly)
        {
            return _real.TryGetValue(assemblyName, out assembly);
        }

        private void Add(ApiProfile profile, string name, string file, string pe, string origin)
        {
            // A real binary at another version than the one packages.config pins would compile the project against
            // an API it will not meet on the board: it is refused and the profile used, with a note.
            ProfilePackage package = profile.PackageOfAssembly(name);
            Version actual = AssemblyName.GetAssemblyName(file).Version;
            if (package != null && package.Version != null && actual != null && !SameVersion(actual, package.Version))
            {
                _notes.Add(name + ": " + file + " is version " + actual + ", but packages.config pins " + package.Id + " " + package.Version + "; compiled against the API profile instead");
                return;
            }

            _real[name] = new RealAssembly(name, file, pe, origin);
        }

        private static bool SameVersion(Version actual, string pinned)
        {
            Version expected = Version.Parse(pinned);
            return actual.Major == expected.Major && actual.Minor == expected.Minor && actual.Build == expected.Build;
        }
    }
}
