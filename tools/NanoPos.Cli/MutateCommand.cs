using System.IO;

namespace NanoPos.Cli
{
    /// <summary><c>nanopos mutate</c> (being written).</summary>
    public static class MutateCommand
    {
        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            error.WriteLine("nanopos mutate: not available yet.");
            return 2;
        }
    }
}
