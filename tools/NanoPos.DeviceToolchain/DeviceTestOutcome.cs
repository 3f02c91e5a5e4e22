namespace NanoPos.DeviceToolchain
{
    /// <summary>The result of one device test case as the unit test launcher prints it.</summary>
    public enum DeviceTestOutcome
    {
        /// <summary>The launcher printed <c>Test passed</c>.</summary>
        Passed,

        /// <summary>The launcher printed <c>Test failed</c>: an assertion failed or the method threw.</summary>
        Failed,

        /// <summary>The launcher printed <c>Test skipped</c> (Assert.SkipTest; a skipped Setup skips its whole class).</summary>
        Skipped,
    }
}
