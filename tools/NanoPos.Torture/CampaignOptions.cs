using System;
using System.Collections.Generic;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>What a campaign runs. Every property has a usable default: the full campaign over all flows, seed 1.</summary>
    public sealed class CampaignOptions
    {
        /// <summary>The seed when none is given.</summary>
        public const int DefaultSeed = 1;

        /// <summary>Gets or sets the seed of every random choice: torn-write prefixes, the mixed flow's script, authorization codes.</summary>
        public int Seed { get; set; } = DefaultSeed;

        /// <summary>Gets or sets the flow to run ("all" or one of <see cref="Flows.Names"/>).</summary>
        public string Flow { get; set; } = "all";

        /// <summary>
        /// Gets or sets whether to run the CI subset: every cut point, but six torn prefixes per write instead of every
        /// length, and a second cut at the first recovery write only (lost) instead of at every one three ways (lost, torn, landed).
        /// </summary>
        public bool Quick { get; set; }

        /// <summary>Gets or sets whether the report shows each flow's summary and what each of its durable writes is.</summary>
        public bool Verbose { get; set; }

        /// <summary>Gets or sets whether to measure the steady-state figures after the campaign.</summary>
        public bool Figures { get; set; } = true;

        /// <summary>
        /// Gets or sets a decorator between the engine and the simulated flash, for tests that prove the checks can fail
        /// (e.g. a store that silently drops a kind of record); null for none.
        /// </summary>
        public Func<IRecordStore, IRecordStore> StoreDecorator { get; set; }

        /// <summary>
        /// Gets or sets how the checks read the terminal's open batch (default: <see cref="TransactionLog.BatchEntries"/>),
        /// for tests that prove the checks can fail; null for the default.
        /// </summary>
        public Func<PaymentEngine, IList<JournalRecord>> BatchView { get; set; }

        /// <summary>Gets or sets how many violations the report lists in full (all are counted).</summary>
        public int ViolationsListed { get; set; } = 40;
    }
}
