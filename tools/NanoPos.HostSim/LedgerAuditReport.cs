using System.Collections.Generic;
using System.Linq;

namespace NanoPos.HostSim
{
    /// <summary>The differences <see cref="LedgerAudit.CheckBatch"/> found between a terminal's batch and the host's ledger.</summary>
    public sealed class LedgerAuditReport
    {
        /// <summary>Creates a report.</summary>
        /// <param name="chargedButNotInBatch">Keys the host holds in effect that the terminal does not list.</param>
        /// <param name="inBatchButNotCharged">Keys the terminal lists that the host does not hold in effect.</param>
        /// <param name="listedTwice">Keys the terminal lists more than once.</param>
        public LedgerAuditReport(IReadOnlyList<LedgerKey> chargedButNotInBatch, IReadOnlyList<LedgerKey> inBatchButNotCharged, IReadOnlyList<LedgerKey> listedTwice)
        {
            ChargedButNotInBatch = chargedButNotInBatch;
            InBatchButNotCharged = inBatchButNotCharged;
            ListedTwice = listedTwice;
        }

        /// <summary>Gets the keys the host charged (or refunded) that the terminal's batch lacks: an outcome the terminal lost and did not reverse.</summary>
        public IReadOnlyList<LedgerKey> ChargedButNotInBatch { get; }

        /// <summary>Gets the keys the terminal counts as approved that the host never approved, or reversed, or voided.</summary>
        public IReadOnlyList<LedgerKey> InBatchButNotCharged { get; }

        /// <summary>Gets the keys the terminal's batch lists more than once.</summary>
        public IReadOnlyList<LedgerKey> ListedTwice { get; }

        /// <summary>Gets whether the terminal and the host agree exactly.</summary>
        public bool IsClean => ChargedButNotInBatch.Count == 0 && InBatchButNotCharged.Count == 0 && ListedTwice.Count == 0;

        /// <summary>Describes the differences in one line per kind, or "clean".</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            if (IsClean)
            {
                return "clean";
            }

            return "charged at the host but not in the terminal's batch: [" + string.Join(", ", ChargedButNotInBatch) + "]; "
                + "in the terminal's batch but not charged at the host: [" + string.Join(", ", InBatchButNotCharged) + "]; "
                + "listed twice by the terminal: [" + string.Join(", ", ListedTwice.Select(k => k.ToString())) + "]";
        }
    }
}
