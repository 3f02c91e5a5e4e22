namespace NanoPos.DeviceToolchain
{
    /// <summary>One test case the device launcher reported: a test method, a data row, a Setup or a Cleanup.</summary>
    public sealed class DeviceTestCase
    {
        /// <summary>Creates a test case.</summary>
        /// <param name="name">The launcher's name: Namespace.Class.Method.Row (the row is 0 for a plain test method).</param>
        /// <param name="outcome">Passed, failed or skipped.</param>
        /// <param name="ticks">The run time in 100 ns ticks (passed cases only; -1 otherwise).</param>
        /// <param name="message">The failure or skip message, possibly several lines; empty for a pass.</param>
        public DeviceTestCase(string name, DeviceTestOutcome outcome, long ticks, string message)
        {
            Name = name;
            Outcome = outcome;
            Ticks = ticks;
            Message = message;
        }

        /// <summary>Gets the launcher's name of the case: Namespace.Class.Method.Row.</summary>
        public string Name { get; }

        /// <summary>Gets the outcome.</summary>
        public DeviceTestOutcome Outcome { get; }

        /// <summary>Gets the run time in 100 ns ticks as the interpreter measured it, or -1 when not reported.</summary>
        public long Ticks { get; }

        /// <summary>Gets the failure or skip message; empty for a pass.</summary>
        public string Message { get; }

        /// <summary>Gets the class part of the name (Namespace.Class), for reports that group by class.</summary>
        public string ClassName
        {
            get
            {
                // Name = Namespace.Class.Method.Row: drop the last two parts.
                int row = Name.LastIndexOf('.');
                int method = row > 0 ? Name.LastIndexOf('.', row - 1) : -1;
                return method > 0 ? Name.Substring(0, method) : Name;
            }
        }

        /// <summary>Gets the method and row part of the name (Method.Row).</summary>
        public string MethodName => Name.Length > ClassName.Length ? Name.Substring(ClassName.Length + 1) : Name;
    }
}
