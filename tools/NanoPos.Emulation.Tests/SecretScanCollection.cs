using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The secret scan runs alone: it listens to every Debug/Trace line of the process, and lines of tests running beside
    /// it (some write secrets on purpose to prove they are refused) would be charged to it.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class SecretScanCollection
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "secret scan";
    }
}
