namespace NanoPos.Cli
{
    /// <summary>One test case of a JUnit report written by <see cref="JUnitXml"/>: a torture flow, a mutated seed frame.</summary>
    public sealed class JUnitCase
    {
        /// <summary>Gets the test suite the case belongs to (one &lt;testsuite&gt; per distinct name, in order of first use).</summary>
        public string Suite { get; init; }

        /// <summary>Gets the case's class name (CI servers group by it).</summary>
        public string ClassName { get; init; }

        /// <summary>Gets the case's name.</summary>
        public string Name { get; init; }

        /// <summary>Gets the time the case took, in seconds.</summary>
        public double Seconds { get; init; }

        /// <summary>Gets the failure's one-line message, or null when the case passed.</summary>
        public string Failure { get; init; }

        /// <summary>Gets the failure's details (every violation, every crash), or null.</summary>
        public string FailureDetail { get; init; }

        /// <summary>Gets what the case counted (cut points, frames by outcome), written as its &lt;system-out&gt;, or null.</summary>
        public string Output { get; init; }
    }
}
