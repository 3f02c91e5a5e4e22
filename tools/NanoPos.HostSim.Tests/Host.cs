using System;
using NanoPos.HostSim;

namespace NanoPos.HostSim.Tests
{
    /// <summary>A processor over a fresh ledger with a fixed clock (2025-06-15 10:15:30 UTC), for tests without sockets.</summary>
    internal static class Host
    {
        public static readonly DateTimeOffset Noon = new DateTimeOffset(2025, 6, 15, 10, 15, 30, TimeSpan.Zero);

        public static RequestProcessor Processor(params string[] blockedPans)
        {
            var rules = new DecisionRules();
            foreach (string pan in blockedPans)
            {
                rules.Block(pan);
            }

            return new RequestProcessor(new Ledger(), rules, new FixedClock(Noon), seed: 7);
        }
    }
}
