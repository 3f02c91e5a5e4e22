namespace NanoPos.Torture
{
    /// <summary>The names of the invariants the campaign checks after every variant (see the README).</summary>
    public static class Checks
    {
        /// <summary>Every approval the host holds (sale, void, refund; voided sales included) is in the terminal's batch, open or settled — unless reversed.</summary>
        public const string ApprovedInBatchOrReversed = "approved-in-batch-or-reversed";

        /// <summary>Nothing is both in the terminal's batch and reversed (or declined, or unknown) at the host.</summary>
        public const string NeverBoth = "never-both";

        /// <summary>No key is listed twice by the terminal, no transaction is in effect twice at the host, no reversal goes out unflagged twice.</summary>
        public const string NeverTwice = "never-twice";

        /// <summary>No STAN is used by two requests (the host's 94 "duplicate transmission" included).</summary>
        public const string StanNeverReused = "stan-never-reused";

        /// <summary>Nothing is pending at the terminal at the end, and every request with an unknown outcome is reversed at the host or was never seen.</summary>
        public const string NoReversalLost = "no-reversal-lost";

        /// <summary>The open batch's totals equal the host's; every settled batch was closed by the host with matching totals.</summary>
        public const string TotalsMatch = "totals-match";

        /// <summary>A fresh boot over the same storage believes exactly what the running terminal believed.</summary>
        public const string DurableStateMatches = "durable-state-matches";

        /// <summary>The engine threw nothing but the injected power cuts.</summary>
        public const string NoEngineException = "no-engine-exception";

        /// <summary>A clean run (no cut) does what the flow's name says (a check of the harness, not of the promise).</summary>
        public const string FlowSanity = "flow-sanity";
    }

    /// <summary>One broken invariant in one variant of one flow.</summary>
    public sealed class Violation
    {
        /// <summary>Creates a violation.</summary>
        /// <param name="flow">The flow name.</param>
        /// <param name="variant">The variant ("cut@3 [j001 Outcome 92 B]").</param>
        /// <param name="check">The check's name (<see cref="Checks"/>).</param>
        /// <param name="message">What is wrong, with the keys involved.</param>
        public Violation(string flow, string variant, string check, string message)
        {
            Flow = flow;
            Variant = variant;
            Check = check;
            Message = message;
        }

        /// <summary>Gets the flow name.</summary>
        public string Flow { get; }

        /// <summary>Gets the variant.</summary>
        public string Variant { get; }

        /// <summary>Gets the check's name.</summary>
        public string Check { get; }

        /// <summary>Gets what is wrong.</summary>
        public string Message { get; }

        /// <summary>Describes the violation in one line.</summary>
        /// <returns>"flow / variant: check: message".</returns>
        public override string ToString()
        {
            return Flow + " / " + Variant + ": " + Check + ": " + Message;
        }
    }
}
