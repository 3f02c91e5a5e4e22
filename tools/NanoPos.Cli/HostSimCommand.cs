using System.IO;

namespace NanoPos.Cli
{
    /// <summary><c>nanopos host-sim</c> (being written).</summary>
    public static class HostSimCommand
    {
        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            error.WriteLine("nanopos host-sim: not available yet.");
            return 2;
        }
    }
}
