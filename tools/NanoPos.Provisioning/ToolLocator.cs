using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// Finds a program on a search path the way a shell does: each folder of PATH in order; on Windows with each
    /// extension of PATHEXT, elsewhere only a file with an execute permission. The path is given, not read from this
    /// process, so a test can look up with an empty PATH without changing its own environment.
    /// </summary>
    public sealed class ToolLocator
    {
        private readonly string _path;
        private readonly string _pathExt;
        private readonly bool _windows;

        /// <summary>Creates a locator over a search path.</summary>
        /// <param name="path">The PATH value (folders separated by ';' on Windows, ':' elsewhere); null or empty finds nothing.</param>
        /// <param name="pathExt">The PATHEXT value (Windows only), or null for ".COM;.EXE;.BAT;.CMD".</param>
        /// <param name="windows">Whether Windows rules apply.</param>
        public ToolLocator(string path, string pathExt, bool windows)
        {
            _path = path ?? string.Empty;
            _pathExt = string.IsNullOrEmpty(pathExt) ? ".COM;.EXE;.BAT;.CMD" : pathExt;
            _windows = windows;
        }

        /// <summary>Creates a locator over this process's PATH and PATHEXT.</summary>
        /// <returns>The locator.</returns>
        public static ToolLocator FromEnvironment()
        {
            return new ToolLocator(Environment.GetEnvironmentVariable("PATH"), Environment.GetEnvironmentVariable("PATHEXT"), OperatingSystem.IsWindows());
        }

        /// <summary>Finds a program.</summary>
        /// <param name="name">The program's name without extension, e.g. "nanoff".</param>
        /// <returns>Its full path, or null when no folder of the path holds it.</returns>
        public string Find(string name)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            foreach (string folder in _path.Split(_windows ? ';' : ':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (string candidate in Candidates(folder.Trim('"'), name))
                {
                    if (IsRunnable(candidate))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }

            return null;
        }

        private IEnumerable<string> Candidates(string folder, string name)
        {
            if (!_windows)
            {
                yield return Path.Combine(folder, name);
                yield break;
            }

            foreach (string extension in _pathExt.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return Path.Combine(folder, name + extension);
            }
        }

        private bool IsRunnable(string file)
        {
            if (!File.Exists(file))
            {
                return false;
            }

            if (_windows || OperatingSystem.IsWindows())
            {
                return true;
            }

            return (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
    }
}
