using System.IO;

namespace NanoPos.ProfileCheck
{
    /// <summary>Finds the repository folder (the one holding tools/nanoframework-profile) from any folder inside it.</summary>
    public static class RepositoryFolder
    {
        /// <summary>Walks up from a folder to the repository root.</summary>
        /// <param name="start">A folder inside the repository.</param>
        /// <returns>The repository root, or <paramref name="start"/> itself when no parent holds the profile.</returns>
        public static string Find(string start)
        {
            for (DirectoryInfo d = new DirectoryInfo(Path.GetFullPath(start)); d != null; d = d.Parent)
            {
                if (Directory.Exists(Path.Combine(d.FullName, "tools", "nanoframework-profile")))
                {
                    return d.FullName;
                }
            }

            return Path.GetFullPath(start);
        }
    }
}
