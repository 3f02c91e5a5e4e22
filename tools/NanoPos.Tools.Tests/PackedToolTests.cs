using System;
using System.IO;
using NanoPos.DeviceToolchain;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// <c>nanopos</c> as a .NET tool: the package `dotnet pack` makes installs with `dotnet tool install` and the
    /// installed command answers <c>--help</c>. Slow (a whole Release build of the CLI and everything it references, in a
    /// folder of its own: several minutes on a busy machine), hence the trait; it needs no network but NuGet's
    /// package cache (the install reads only the freshly made package).
    /// </summary>
    public class PackedToolTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

        [Fact]
        [Trait("Category", "Slow")]
        public void PackedToolInstallsAndAnswersHelp_Slow()
        {
            string work = Directory.CreateTempSubdirectory("nanopos-tool-").FullName;
            try
            {
                string packages = Path.Combine(work, "packages");
                string project = Path.Combine(RepoPaths.Root, "tools", "NanoPos.Cli", "NanoPos.Cli.csproj");

                // Its own artifacts folder: the pack must not rebuild, under the feet of a running test, the Release
                // output that tools/nanopos runs.
                ProcessOutcome pack = ExternalProcess.Run(
                    "dotnet",
                    new[] { "pack", project, "-c", "Release", "-o", packages, "-p:ArtifactsPath=" + Path.Combine(work, "artifacts"), "--disable-build-servers", "-v", "q", "-nologo" },
                    Patience);
                Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.StandardOutput + pack.StandardError);
                Assert.True(File.Exists(Path.Combine(packages, "NanoPos.Cli.0.1.0.nupkg")), "no NanoPos.Cli.0.1.0.nupkg in " + packages);

                // Only the folder just made as a source: the install proves the package, and needs no network.
                string config = Path.Combine(work, "nuget.config");
                File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
                string tools = Path.Combine(work, "tools");
                ProcessOutcome install = ExternalProcess.Run(
                    "dotnet",
                    new[] { "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages, "NanoPos.Cli" },
                    Patience);
                Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.StandardOutput + install.StandardError);

                string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "nanopos.exe" : "nanopos");
                ProcessOutcome help = ExternalProcess.Run(command, new[] { "--help" }, TimeSpan.FromMinutes(1));

                Assert.Equal(0, help.ExitCode);
                Assert.StartsWith("usage: nanopos [command] [options]", help.StandardOutput);
                Assert.Contains("torture [--seed N]", help.StandardOutput);
            }
            finally
            {
                Directory.Delete(work, true);
            }
        }
    }
}
