using Xunit;

// The fixtures record what ran in static fields (the device semantics require static state),
// so the xunit tests that drive them must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
