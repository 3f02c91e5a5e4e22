using System.Collections.Generic;
using System.IO;

namespace NanoPos.Provisioning
{
    /// <summary>Runs a program to its end, its output passed on line by line (a test stands in a recorder).</summary>
    public interface IProcessRunner
    {
        /// <summary>Runs a program and waits for it.</summary>
        /// <param name="fileName">The program's full path.</param>
        /// <param name="arguments">Its arguments, each passed as one argument.</param>
        /// <param name="output">Where its standard output goes.</param>
        /// <param name="error">Where its standard error goes.</param>
        /// <returns>Its exit code.</returns>
        int Run(string fileName, IReadOnlyList<string> arguments, TextWriter output, TextWriter error);
    }
}
