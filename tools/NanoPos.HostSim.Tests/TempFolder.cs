using System;
using System.IO;

namespace NanoPos.HostSim.Tests
{
    /// <summary>A fresh folder under the temp path, deleted with everything in it when disposed.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nanopos-hostsim-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment; the temp folder is cleaned eventually.
            }
        }
    }
}
