using System;
using System.IO;
using System.Runtime.InteropServices;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// Makes a directory's entries (a rename, a delete) durable on Linux and macOS by fsyncing the directory, which
    /// .NET offers no API for. On Windows it does nothing: NTFS journals the entry change itself.
    /// </summary>
    internal static class DirectorySync
    {
        private const int ReadOnly = 0;

        public static void Flush(string directory)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            int fd = NativeMethods.open(directory, ReadOnly);
            if (fd < 0)
            {
                throw new IOException("Cannot open directory " + directory + " to flush it (errno " + Marshal.GetLastPInvokeError() + ").");
            }

            try
            {
                if (NativeMethods.fsync(fd) != 0)
                {
                    throw new IOException("Flushing directory " + directory + " failed (errno " + Marshal.GetLastPInvokeError() + ").");
                }
            }
            finally
            {
                NativeMethods.close(fd);
            }
        }

        private static class NativeMethods
        {
            [DllImport("libc", SetLastError = true)]
            internal static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

            [DllImport("libc", SetLastError = true)]
            internal static extern int fsync(int fd);

            [DllImport("libc", SetLastError = true)]
            internal static extern int close(int fd);
        }
    }
}
