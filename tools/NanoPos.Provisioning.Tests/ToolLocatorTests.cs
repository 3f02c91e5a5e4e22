using System;
using System.IO;
using Xunit;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>How nanoff is found: the folders of the given path in order, PATHEXT on Windows, an execute bit elsewhere.</summary>
    public sealed class ToolLocatorTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "nanopos-locate-" + Guid.NewGuid().ToString("N"));

        [Fact]
        public void AnEmptyPathFindsNothing()
        {
            Assert.Null(new ToolLocator(string.Empty, null, false).Find("nanoff"));
            Assert.Null(new ToolLocator(null, null, true).Find("nanoff"));
        }

        [Fact]
        public void WindowsRulesTryTheExtensionsOfPathExtFolderByFolder()
        {
            string first = Folder("first");
            string second = Folder("second");
            File.WriteAllText(Path.Combine(second, "nanoff.EXE"), string.Empty);
            File.WriteAllText(Path.Combine(first, "nanoff.CMD"), string.Empty);
            File.WriteAllText(Path.Combine(first, "nanoff"), string.Empty);
            string found = new ToolLocator(first + ";" + second, ".EXE;.CMD", true).Find("nanoff");
            // The first folder wins over the earlier extension; a file without one of them is not a program there.
            Assert.Equal(Path.Combine(first, "nanoff.CMD"), found, ignoreCase: true);
        }

        [Fact]
        public void OnUnixAFileWithoutAnExecuteBitIsNotAProgram()
        {
            string first = Folder("first");
            string second = Folder("second");
            File.WriteAllText(Path.Combine(first, "nanoff"), "not runnable");
            File.WriteAllText(Path.Combine(second, "nanoff"), "#!/bin/sh\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(first, "nanoff"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
                File.SetUnixFileMode(Path.Combine(second, "nanoff"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }

            string found = new ToolLocator(first + ":" + second, null, false).Find("nanoff");

            // Windows has no execute bits: there the first file counts.
            Assert.Equal(Path.Combine(OperatingSystem.IsWindows() ? first : second, "nanoff"), found);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private string Folder(string name)
        {
            string path = Path.Combine(_root, name);
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
