using System;

namespace NanoPos.HostSim
{
    /// <summary>One settlement request (0500) the host answered: what the terminal claimed, what the ledger held, and the verdict.</summary>
    public sealed class SettlementRecord
    {
        /// <summary>Gets or sets the terminal ID, field 41.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the batch number settled (field 60, digits 3 to 8).</summary>
        public string Batch { get; set; }

        /// <summary>Gets or sets the totals the terminal sent in field 48.</summary>
        public SettlementTotals TerminalTotals { get; set; }

        /// <summary>Gets or sets the ledger's totals for that terminal and batch when the request arrived.</summary>
        public SettlementTotals HostTotals { get; set; }

        /// <summary>Gets or sets the response code: 00 when the totals were equal, 95 when not.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets when the request arrived (UTC).</summary>
        public DateTimeOffset ReceivedAt { get; set; }

        /// <summary>Makes an independent copy.</summary>
        /// <returns>The copy.</returns>
        public SettlementRecord Clone()
        {
            return (SettlementRecord)MemberwiseClone();
        }
    }
}
