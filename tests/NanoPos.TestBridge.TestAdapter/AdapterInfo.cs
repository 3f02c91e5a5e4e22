using System;

namespace NanoPos.TestBridge.TestAdapter
{
    /// <summary>Identity of the adapter inside VSTest.</summary>
    internal static class AdapterInfo
    {
        /// <summary>The executor URI that ties discovered test cases to <see cref="BridgeTestExecutor"/>.</summary>
        internal const string ExecutorUriText = "executor://nanopos/testbridge/v1";

        /// <summary>The name of the engine assembly a test assembly must reference to be handled.</summary>
        internal const string BridgeAssemblyName = "NanoPos.TestBridge";

        internal static readonly Uri ExecutorUri = new Uri(ExecutorUriText);
    }
}
