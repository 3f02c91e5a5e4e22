namespace NanoPos.HostSim
{
    /// <summary>Where a ledger entry stands now. Only an <see cref="Approved"/> sale or refund moves money.</summary>
    public enum EntryState
    {
        /// <summary>Approved (response code 00) and neither reversed nor voided.</summary>
        Approved = 1,

        /// <summary>Answered with a non-00 response code; no money moved.</summary>
        Declined = 2,

        /// <summary>Was approved (or declined), then a reversal for its key arrived: no money moves.</summary>
        Reversed = 3,

        /// <summary>An approved sale that a later approved void cancelled: no money moves.</summary>
        Voided = 4,

        /// <summary>A reversal arrived for a key the host had never seen: acknowledged and recorded, never a charge.</summary>
        ReversalOfUnknown = 5,
    }
}
