using System.IO;

namespace NanoPos.Cli
{
    /// <summary><c>nanopos</c> with no command: a demonstration of the firmware core on the host build.</summary>
    public static class DemoCommand
    {
        /// <summary>Prints the demonstration; returns 0.</summary>
        public static int Run(string[] args, TextWriter output)
        {
            output.WriteLine("nanoPos demo (placeholder until the firmware pieces land).");
            return 0;
        }
    }
}
