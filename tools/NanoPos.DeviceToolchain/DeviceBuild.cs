using System;
using System.Collections.Generic;

namespace NanoPos.DeviceToolchain
{
    /// <summary>The outcome of <see cref="DeviceBuilder.Build"/>: the assemblies that became .pe files, and what went wrong.</summary>
    public sealed class DeviceBuild
    {
        private readonly List<DeviceAssembly> _assemblies = new List<DeviceAssembly>();
        private readonly List<string> _problems = new List<string>();

        /// <summary>Gets every assembly built, in build order (dependencies first).</summary>
        public IReadOnlyList<DeviceAssembly> Assemblies => _assemblies;

        /// <summary>Gets the problems, one line each (a project that did not compile, a MetadataProcessor failure).</summary>
        public IReadOnlyList<string> Problems => _problems;

        /// <summary>Gets whether every requested project became a .pe.</summary>
        public bool Succeeded => _problems.Count == 0;

        /// <summary>Gets the MetadataProcessor's output, for when it failed.</summary>
        public string MetadataProcessorOutput { get; internal set; } = string.Empty;

        /// <summary>Finds a built assembly by project name (e.g. NanoPos.Ui.Tests).</summary>
        /// <param name="projectName">The .nfproj file name without extension.</param>
        /// <returns>The assembly, or null.</returns>
        public DeviceAssembly Find(string projectName)
        {
            foreach (DeviceAssembly a in _assemblies)
            {
                if (string.Equals(a.ProjectName, projectName, StringComparison.OrdinalIgnoreCase))
                {
                    return a;
                }
            }

            return null;
        }

        internal void Add(DeviceAssembly assembly)
        {
            _assemblies.Add(assembly);
        }

        internal void Problem(string text)
        {
            _problems.Add(text);
        }
    }
}
