using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace NanoPos.ProfileCheck
{
    /// <summary>Lists the projects of a Visual Studio .sln file.</summary>
    public static class SolutionFile
    {
        private static readonly Regex ProjectLine = new Regex("^Project\\(\"\\{[^}]+\\}\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"([^\"]+)\"", RegexOptions.Multiline);

        /// <summary>Returns the absolute paths of the solution's projects with the given extension (e.g. ".nfproj"), in file order.</summary>
        public static IReadOnlyList<string> Projects(string solutionPath, string extension)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(solutionPath));
            var result = new List<string>();
            foreach (Match m in ProjectLine.Matches(File.ReadAllText(solutionPath)))
            {
                string relative = m.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar);
                if (relative.EndsWith(extension, System.StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(Path.GetFullPath(Path.Combine(folder, relative)));
                }
            }

            return result;
        }

        /// <summary>Finds the nearest folder at or above <paramref name="start"/> that holds a .sln file, or null.</summary>
        public static string FindSolutionFolder(string start)
        {
            for (DirectoryInfo d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (d.GetFiles("*.sln").Length > 0)
                {
                    return d.FullName;
                }
            }

            return null;
        }
    }
}
