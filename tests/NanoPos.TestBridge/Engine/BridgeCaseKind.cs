namespace NanoPos.TestBridge
{
    /// <summary>What a test case runs, in the order the device launcher runs them within a class.</summary>
    public enum BridgeCaseKind
    {
        /// <summary>A [Setup] method, run first.</summary>
        Setup,

        /// <summary>A [TestMethod] method without data rows.</summary>
        TestMethod,

        /// <summary>One [DataRow] of a method: one invocation with that row's arguments.</summary>
        DataRow,

        /// <summary>A [Cleanup] method, run last.</summary>
        Cleanup,
    }
}
