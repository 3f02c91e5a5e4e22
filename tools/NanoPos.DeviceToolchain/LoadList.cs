using System.Collections.Generic;
using NanoPos.ProfileCheck;

namespace NanoPos.DeviceToolchain
{
    /// <summary>
    /// The .pe files nanoCLR must load to run a device assembly, in the order it needs them: mscorlib first; for a test
    /// project the unit test launcher (the executable whose Main runs) and the TestFramework; the other packages; the
    /// device projects it needs, dependencies first; the assembly itself last.
    /// </summary>
    public sealed class LoadList
    {
        private LoadList(IReadOnlyList<string> files, IReadOnlyList<string> unavailable)
        {
            Files = files;
            Unavailable = unavailable;
        }

        /// <summary>Gets the .pe paths in load order (empty when <see cref="CanRun"/> is false).</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>Gets the package assemblies with no .pe on this machine; any of them makes the run impossible here.</summary>
        public IReadOnlyList<string> Unavailable { get; }

        /// <summary>Gets whether every assembly needed has a .pe here.</summary>
        public bool CanRun => Unavailable.Count == 0;

        /// <summary>Computes the load list of a built assembly.</summary>
        /// <param name="target">The assembly to run (a test project or an executable).</param>
        /// <param name="libraries">The real nanoFramework binaries of this machine.</param>
        /// <returns>The list, or the packages that have no .pe here.</returns>
        public static LoadList For(DeviceAssembly target, DeviceLibraries libraries)
        {
            var files = new List<string>();
            var unavailable = new List<string>();
            var first = new List<string> { "mscorlib" };
            if (target.Project.IsTestProject)
            {
                first.Add("nanoFramework.UnitTestLauncher");
                first.Add("nanoFramework.TestFramework");
            }

            var packages = new List<string>(first);
            foreach (string name in target.PackageAssemblies())
            {
                if (!packages.Contains(name))
                {
                    packages.Add(name);
                }
            }

            foreach (string name in packages)
            {
                if (libraries.TryGet(name, out RealAssembly real) && System.IO.File.Exists(real.Pe))
                {
                    files.Add(real.Pe);
                }
                else
                {
                    unavailable.Add(name);
                }
            }

            foreach (DeviceAssembly dependency in target.Dependencies())
            {
                files.Add(dependency.Pe);
            }

            files.Add(target.Pe);
            return unavailable.Count == 0 ? new LoadList(files, unavailable) : new LoadList(new List<string>(), unavailable);
        }
    }
}
