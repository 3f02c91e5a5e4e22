namespace NanoPos.HostSim
{
    /// <summary>What processing one request did to the ledger.</summary>
    public enum LedgerEffect
    {
        /// <summary>Nothing: sign-on, echo, format error (30), unknown MTI or processing code (12), maintenance (91).</summary>
        None = 0,

        /// <summary>A new entry was added (sale, void, refund, balance inquiry; approved or declined).</summary>
        Recorded = 1,

        /// <summary>The same request arrived again: the original answer was sent, nothing charged again.</summary>
        Replayed = 2,

        /// <summary>A different request (or a repeat of one since reversed or voided) used a known key: refused with 94, nothing applied.</summary>
        Refused = 3,

        /// <summary>The first reversal of a known key was applied.</summary>
        Reversed = 4,

        /// <summary>A reversal of an already reversed key: acknowledged, not applied again.</summary>
        ReversalRepeated = 5,

        /// <summary>A reversal of a key the host never saw: acknowledged and recorded, never a charge.</summary>
        ReversalOfUnknown = 6,

        /// <summary>A settlement was compared (and, when balanced, the batch closed).</summary>
        Settled = 7,

        /// <summary>A batch-upload record was added (or the upload's end closed the batch).</summary>
        Uploaded = 8,
    }
}
