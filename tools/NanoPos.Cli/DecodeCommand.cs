using System.IO;

namespace NanoPos.Cli
{
    /// <summary><c>nanopos decode</c> (being written).</summary>
    public static class DecodeCommand
    {
        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            error.WriteLine("nanopos decode: not available yet.");
            return 2;
        }
    }
}
