using System.Collections.Generic;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// A NuGet package of the nanoFramework 1.x profile: its id, the version the profile describes and
    /// the assemblies it carries (from tools/nanoframework-profile/packages.json).
    /// </summary>
    public sealed class ProfilePackage
    {
        /// <summary>Creates a package description.</summary>
        public ProfilePackage(string id, string version, IReadOnlyList<ProfilePackageAssembly> assemblies, string note)
        {
            Id = id;
            Version = version;
            Assemblies = assemblies;
            Note = note;
        }

        /// <summary>Gets the NuGet package id, e.g. "nanoFramework.CoreLibrary".</summary>
        public string Id { get; }

        /// <summary>Gets the version the profile describes, or null when no published version is confirmed.</summary>
        public string Version { get; }

        /// <summary>Gets the assemblies inside the package's lib folder.</summary>
        public IReadOnlyList<ProfilePackageAssembly> Assemblies { get; }

        /// <summary>Gets a caution about this package, or null.</summary>
        public string Note { get; }
    }
}
