using System;
using System.IO;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>Locates the repository from the test output folder.</summary>
    internal static class TestPaths
    {
        internal static string Root { get; } = FindRoot();

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
