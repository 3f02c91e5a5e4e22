using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// The Linux build of the real nanoFramework tools this project runs but does not carry: the nanoCLR
    /// interpreter, the MetadataProcessor (dll → .pe) and the real TestFramework, System.Collections and
    /// System.Text assemblies (dll to compile against, pe to load).
    /// </summary>
    /// <remarks>
    /// Found through the environment variable <see cref="EnvironmentVariable"/>; without it, in
    /// <c>../shared/nanoframework-toolchain</c> next to the repository (where CI puts it). Nothing here is
    /// downloaded: a missing toolchain is reported by <see cref="Missing"/>, file by file.
    /// </remarks>
    public sealed class NanoFrameworkToolchain
    {
        /// <summary>The environment variable that names the toolchain folder.</summary>
        public const string EnvironmentVariable = "NANOPOS_NF_TOOLCHAIN";

        /// <summary>The real assemblies of <c>lib/</c>, by assembly name, with their file name without extension.</summary>
        private static readonly string[][] LibraryFiles =
        {
            new[] { "nanoFramework.System.Collections", "nanoFramework.System.Collections.dll" },
            new[] { "nanoFramework.System.Text", "nanoFramework.System.Text.dll" },
            new[] { "nanoFramework.TestFramework", "nanoFramework.TestFramework.dll" },
            new[] { "nanoFramework.UnitTestLauncher", "nanoFramework.UnitTestLauncher.exe" },
        };

        private NanoFrameworkToolchain(string root, string origin)
        {
            Root = root;
            Origin = origin;
        }

        /// <summary>Gets the absolute path of the toolchain folder (which may not exist).</summary>
        public string Root { get; }

        /// <summary>Gets where the folder came from, for messages: the environment variable or the default.</summary>
        public string Origin { get; }

        /// <summary>Gets the path of the nanoCLR launcher script: <c>nanoclr A.pe B.pe ...</c>.</summary>
        public string NanoClr => Path.Combine(Root, "nanoclr", "nanoclr");

        /// <summary>Gets the path of the MetadataProcessor launcher script.</summary>
        public string MetadataProcessor => Path.Combine(Root, "mdp", "mdp");

        /// <summary>Gets the folder of the real library assemblies.</summary>
        public string LibraryFolder => Path.Combine(Root, "lib");

        /// <summary>Gets a value indicating whether every file the device runs need is present.</summary>
        public bool IsComplete => Missing().Count == 0;

        /// <summary>Finds the toolchain of a repository: the environment variable, else ../shared/nanoframework-toolchain.</summary>
        /// <param name="repositoryRoot">The repository folder (the one holding nanoPos.sln).</param>
        /// <returns>The toolchain description; check <see cref="Missing"/> before using it.</returns>
        public static NanoFrameworkToolchain Locate(string repositoryRoot)
        {
            string fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return new NanoFrameworkToolchain(Path.GetFullPath(fromEnvironment), "$" + EnvironmentVariable);
            }

            string fallback = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "nanoframework-toolchain"));
            return new NanoFrameworkToolchain(fallback, "default ../shared/nanoframework-toolchain (set $" + EnvironmentVariable + " to use another)");
        }

        /// <summary>Creates a description of a toolchain at a given folder (tests use it to simulate a missing one).</summary>
        /// <param name="root">The folder.</param>
        /// <returns>The description.</returns>
        public static NanoFrameworkToolchain At(string root)
        {
            return new NanoFrameworkToolchain(Path.GetFullPath(root), "given folder");
        }

        /// <summary>Lists every expected file that is absent, as paths; empty when the toolchain is complete.</summary>
        /// <returns>The missing paths.</returns>
        public IReadOnlyList<string> Missing()
        {
            var missing = new List<string>();
            if (!Directory.Exists(Root))
            {
                missing.Add(Root + "/");
                return missing;
            }

            Expect(missing, NanoClr);
            Expect(missing, MetadataProcessor);
            foreach (string[] library in LibraryFiles)
            {
                Expect(missing, Path.Combine(LibraryFolder, library[1]));
                Expect(missing, Path.Combine(LibraryFolder, Path.ChangeExtension(library[1], ".pe")));
            }

            return missing;
        }

        /// <summary>Gets the real assembly file (dll or exe) of a library the toolchain carries.</summary>
        /// <param name="assemblyName">The assembly name, e.g. nanoFramework.System.Collections.</param>
        /// <param name="path">The path when found.</param>
        /// <returns>True when the toolchain carries the assembly and its file exists.</returns>
        public bool TryGetLibrary(string assemblyName, out string path)
        {
            foreach (string[] library in LibraryFiles)
            {
                if (library[0] == assemblyName)
                {
                    path = Path.Combine(LibraryFolder, library[1]);
                    return File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".pe"));
                }
            }

            path = null;
            return false;
        }

        /// <summary>Describes the toolchain and what it lacks, for the first lines of a run.</summary>
        /// <returns>One line, or several when files are missing.</returns>
        public string Describe()
        {
            IReadOnlyList<string> missing = Missing();
            if (missing.Count == 0)
            {
                return "nanoFramework toolchain: " + Root + " (" + Origin + ")";
            }

            return "nanoFramework toolchain: " + Root + " (" + Origin + ") is incomplete; missing:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", missing);
        }

        private static void Expect(List<string> missing, string path)
        {
            if (!File.Exists(path))
            {
                missing.Add(path);
            }
        }
    }
}
