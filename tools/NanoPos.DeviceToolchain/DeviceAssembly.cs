using System.Collections.Generic;
using System.IO;
using NanoPos.ProfileCheck;

namespace NanoPos.DeviceToolchain
{
    /// <summary>One device project turned into files: the compiled assembly and the .pe the interpreter and a board load.</summary>
    public sealed class DeviceAssembly
    {
        /// <summary>Creates a description.</summary>
        /// <param name="project">The checked and compiled project.</param>
        /// <param name="assemblyFile">The path of the written dll or exe.</param>
        /// <param name="pe">The path of the .pe.</param>
        /// <param name="references">The device assemblies it references directly.</param>
        public DeviceAssembly(ProjectCheckResult project, string assemblyFile, string pe, IReadOnlyList<DeviceAssembly> references)
        {
            Project = project;
            AssemblyFile = assemblyFile;
            Pe = pe;
            References = references;
        }

        /// <summary>Gets the project it was built from.</summary>
        public ProjectCheckResult Project { get; }

        /// <summary>Gets the project name (the .nfproj file name without extension).</summary>
        public string ProjectName => Project.Name;

        /// <summary>Gets the assembly name (NFUnitTest for test projects).</summary>
        public string AssemblyName => Project.AssemblyName;

        /// <summary>Gets the path of the compiled assembly.</summary>
        public string AssemblyFile { get; }

        /// <summary>Gets the path of the .pe.</summary>
        public string Pe { get; }

        /// <summary>Gets the size of the .pe in bytes, or -1 when it was not produced.</summary>
        public long PeBytes => File.Exists(Pe) ? new FileInfo(Pe).Length : -1;

        /// <summary>Gets the device assemblies this one references directly.</summary>
        public IReadOnlyList<DeviceAssembly> References { get; }

        /// <summary>Gets every device assembly this one needs, dependencies before dependents, itself excluded.</summary>
        /// <returns>The assemblies in load order.</returns>
        public IReadOnlyList<DeviceAssembly> Dependencies()
        {
            var order = new List<DeviceAssembly>();
            foreach (DeviceAssembly reference in References)
            {
                Visit(reference, order);
            }

            return order;
        }

        /// <summary>Gets the nanoFramework package assemblies the project and its dependencies compile against, without duplicates.</summary>
        /// <returns>The assembly names.</returns>
        public IReadOnlyList<string> PackageAssemblies()
        {
            var names = new List<string>();
            foreach (DeviceAssembly a in Dependencies())
            {
                Add(names, a.Project.Assemblies);
            }

            Add(names, Project.Assemblies);
            return names;
        }

        private static void Visit(DeviceAssembly assembly, List<DeviceAssembly> order)
        {
            if (order.Contains(assembly))
            {
                return;
            }

            foreach (DeviceAssembly reference in assembly.References)
            {
                Visit(reference, order);
            }

            order.Add(assembly);
        }

        private static void Add(List<string> names, IReadOnlyList<string> more)
        {
            foreach (string name in more)
            {
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }
    }
}
