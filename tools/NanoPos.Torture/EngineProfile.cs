using System.Collections.Generic;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>An engine configuration the campaign runs every flow under.</summary>
    public sealed class EngineProfile
    {
        private EngineProfile(string name, string summary, int journalSlots, int stanBlock)
        {
            Name = name;
            Summary = summary;
            JournalSlots = journalSlots;
            StanBlock = stanBlock;
        }

        /// <summary>Gets the profiles: the shipped defaults, and a tight one whose small journal and STAN blocks put
        /// slot reuse, resolver pinning and STAN reservations inside every flow.</summary>
        public static IReadOnlyList<EngineProfile> All { get; } = new[]
        {
            new EngineProfile("standard", "shipped defaults: 64 journal slots, STANs reserved 100 at a time", Journal.DefaultSlotCount, TransactionLog.DefaultStanBlock),
            new EngineProfile("tight", "8 journal slots (the ring wraps inside a flow), STANs reserved 2 at a time", 8, 2),
        };

        /// <summary>Gets the name ("standard", "tight").</summary>
        public string Name { get; }

        /// <summary>Gets one line on what it is.</summary>
        public string Summary { get; }

        /// <summary>Gets the journal slot count.</summary>
        public int JournalSlots { get; }

        /// <summary>Gets the STANs reserved per checkpoint write.</summary>
        public int StanBlock { get; }

        /// <summary>Builds the engine options (everything else at its default).</summary>
        /// <returns>New options.</returns>
        public EngineOptions Options()
        {
            return new EngineOptions { JournalSlots = JournalSlots, StanBlock = StanBlock };
        }
    }
}
