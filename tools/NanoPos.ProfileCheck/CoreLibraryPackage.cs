using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// The real nanoFramework.CoreLibrary package from NuGet: <c>mscorlib.dll</c> to compile against and
    /// <c>mscorlib.pe</c> to load on the interpreter (or deploy to a board).
    /// </summary>
    /// <remarks>
    /// This project's own build restores the package (a <c>PackageDownload</c> in NanoPos.ProfileCheck.csproj, so
    /// nothing is installed by hand) and records the NuGet folder it went to; the user's NuGet folder
    /// (<c>$NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>) is the fallback.
    /// </remarks>
    public sealed class CoreLibraryPackage
    {
        /// <summary>The package id on NuGet.</summary>
        public const string PackageId = "nanoFramework.CoreLibrary";

        /// <summary>The version the device projects pin in packages.config.</summary>
        public const string Version = "1.17.11";

        private CoreLibraryPackage(string folder)
        {
            Folder = folder;
        }

        /// <summary>Gets the package's lib folder, holding mscorlib.dll and mscorlib.pe.</summary>
        public string Folder { get; }

        /// <summary>Gets the path of mscorlib.dll.</summary>
        public string Dll => Path.Combine(Folder, "mscorlib.dll");

        /// <summary>Gets the path of mscorlib.pe.</summary>
        public string Pe => Path.Combine(Folder, "mscorlib.pe");

        /// <summary>Finds the restored package.</summary>
        /// <param name="searched">Every lib folder looked at, for the error message when none holds the package.</param>
        /// <returns>The package, or null when it has not been restored.</returns>
        public static CoreLibraryPackage Find(out IReadOnlyList<string> searched)
        {
            var folders = new List<string>();
            string recorded = RecordedPackageRoot();
            if (recorded != null)
            {
                folders.Add(recorded);
            }

            string custom = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (!string.IsNullOrWhiteSpace(custom))
            {
                folders.Add(custom);
            }

            folders.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
            var libs = new List<string>();
            foreach (string root in folders)
            {
                string lib = Path.Combine(root, PackageId.ToLowerInvariant(), Version, "lib");
                if (!libs.Contains(lib))
                {
                    libs.Add(lib);
                }

                if (File.Exists(Path.Combine(lib, "mscorlib.dll")) && File.Exists(Path.Combine(lib, "mscorlib.pe")))
                {
                    searched = libs;
                    return new CoreLibraryPackage(lib);
                }
            }

            searched = libs;
            return null;
        }

        /// <summary>Finds the restored package or explains how to get it.</summary>
        /// <returns>The package.</returns>
        /// <exception cref="InvalidOperationException">The package is not restored; the message lists where it was looked for.</exception>
        public static CoreLibraryPackage Require()
        {
            CoreLibraryPackage package = Find(out IReadOnlyList<string> searched);
            if (package == null)
            {
                throw new InvalidOperationException(
                    PackageId + " " + Version + " (the real mscorlib) is not restored; `dotnet restore tools/NanoPos.ProfileCheck` fetches it from NuGet. Looked in: " + string.Join(", ", searched));
            }

            return package;
        }

        private static string RecordedPackageRoot()
        {
            foreach (AssemblyMetadataAttribute a in typeof(CoreLibraryPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (a.Key == "NuGetPackageRoot" && !string.IsNullOrWhiteSpace(a.Value))
                {
                    return a.Value;
                }
            }

            return null;
        }
    }
}
