using System.IO;
using System.Linq;
using NanoPos.ProfileCheck;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>The profile check over the real solution: every device project must compile for nanoFramework 1.x.</summary>
    public class RepositoryProfileCheckTests
    {
        [Fact]
        public void EveryDeviceProjectOfTheSolutionPassesTheProfileCheck()
        {
            var checker = new ProfileChecker(RepoPaths.Profile, RepoPaths.Root);

            var results = checker.CheckSolution(Path.Combine(RepoPaths.Root, "nanoPos.sln"));

            Assert.NotEmpty(results);
            string errors = string.Join("\n", results.SelectMany(r => r.Findings).Where(f => f.IsError));
            Assert.True(errors.Length == 0, "profile check failed:\n" + errors);
        }

        [Fact]
        public void SolutionListsEveryDeviceProjectOfTheRepository()
        {
            // A .nfproj the solution forgets would escape the check (fixtures are deliberately outside it).
            var listed = SolutionFile.Projects(Path.Combine(RepoPaths.Root, "nanoPos.sln"), ".nfproj").Select(Path.GetFullPath).ToHashSet();
            var onDisk = Directory.GetFiles(RepoPaths.Root, "*.nfproj", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "Fixtures" + Path.DirectorySeparatorChar))
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "artifacts" + Path.DirectorySeparatorChar));

            Assert.All(onDisk, p => Assert.Contains(Path.GetFullPath(p), listed));
        }
    }
}
