using System;
using System.IO;
using NanoPos.ProfileCheck;

namespace NanoPos.Tools.Tests
{
    /// <summary>Locates the repository and its shared profile checker from the test output folder.</summary>
    internal static class RepoPaths
    {
        private static readonly Lazy<ApiProfile> LazyProfile = new Lazy<ApiProfile>(() => ApiProfile.Load(ProfileFolder));

        public static string Root { get; } = FindRoot();

        public static string ProfileFolder => Path.Combine(Root, "tools", "nanoframework-profile");

        public static string Fixtures => Path.Combine(Root, "tools", "NanoPos.Tools.Tests", "Fixtures");

        public static ApiProfile Profile => LazyProfile.Value;

        public static string Fixture(string name) => Path.Combine(Fixtures, name, name + ".nfproj");

        private static string FindRoot()
        {
            for (DirectoryInfo d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "nanoPos.sln")))
                {
                    return d.FullName;
                }
            }

            throw new InvalidOperationException("nanoPos.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
