using System;
using NanoPos.HostSim;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// Processors with a fixed clock (2025-06-15 10:15:30 UTC), for tests without sockets. Every caller says whether a
    /// MAC is required, so that no test leans on a default: false for the tests about decisions, the ledger and PINs,
    /// whose requests go unMACed as an old terminal's do; true, a real acquirer's setting, for the tests that sign on
    /// and MAC their requests or send nothing but sign-ons.
    /// </summary>
    internal static class Host
    {
        public static readonly DateTimeOffset Noon = new DateTimeOffset(2025, 6, 15, 10, 15, 30, TimeSpan.Zero);

        /// <summary>A processor over a fresh ledger, with the given cards blocked.</summary>
        public static RequestProcessor Processor(bool requireMac, params string[] blockedPans)
        {
            var rules = new DecisionRules();
            foreach (string pan in blockedPans)
            {
                rules.Block(pan);
            }

            return new RequestProcessor(new Ledger(), rules, new FixedClock(Noon), seed: 7, new HostSecurity { RequireMac = requireMac });
        }

        /// <summary>A processor over a given ledger (one a log file fills, or one loaded again), with the usual seed.</summary>
        public static RequestProcessor Processor(Ledger ledger, bool requireMac)
        {
            return new RequestProcessor(ledger, new DecisionRules(), new FixedClock(Noon), seed: 7, new HostSecurity { RequireMac = requireMac });
        }
    }
}
