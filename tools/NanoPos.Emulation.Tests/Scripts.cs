using System;
using System.IO;

namespace NanoPos.Emulation.Tests
{
    /// <summary>Where the example scripts are: tools/NanoPos.Emulation/scripts in the repository.</summary>
    internal static class Scripts
    {
        internal static string Root
        {
            get
            {
                for (string dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
                {
                    if (File.Exists(Path.Combine(dir, "nanoPos.sln")))
                    {
                        return dir;
                    }
                }

                throw new InvalidOperationException("nanoPos.sln not found above " + AppContext.BaseDirectory);
            }
        }

        internal static string Of(string name)
        {
            return System.IO.Path.Combine(Root, "tools", "NanoPos.Emulation", "scripts", name + ".txt");
        }
    }
}
