using System;

namespace NanoPos.HostSim
{
    /// <summary>A fault plan file that does not follow the schema; the message names the place ("rules[1].match.nth") and the problem.</summary>
    public sealed class FaultPlanFormatException : Exception
    {
        /// <summary>Creates the error.</summary>
        /// <param name="path">Where in the document: "rules[1].fault", or "(document)".</param>
        /// <param name="problem">One sentence.</param>
        /// <param name="inner">The JSON reader's error, or null.</param>
        public FaultPlanFormatException(string path, string problem, Exception inner = null)
            : base(path + ": " + problem, inner)
        {
            Path = path;
        }

        /// <summary>Gets where in the document the problem is.</summary>
        public string Path { get; }
    }
}
