namespace NanoPos.TestBridge
{
    /// <summary>The outcome of one test case, as the device launcher reports it.</summary>
    public enum BridgeOutcome
    {
        /// <summary>The method returned normally.</summary>
        Passed,

        /// <summary>The method threw (anything but exactly SkipTestException), or could not be run.</summary>
        Failed,

        /// <summary>The method threw exactly SkipTestException, or a [Setup] of its class did.</summary>
        Skipped,
    }
}
