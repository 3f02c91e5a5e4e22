using System;
using System.Collections.Generic;
using System.Linq;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Checks the transaction engine's promise against the ledger: every approval the host holds for a terminal
    /// and batch is in the terminal's batch (or was reversed or voided), and nothing the terminal counts as
    /// approved is missing or cancelled at the host. Used by the power-cut campaign and by tests.
    /// </summary>
    public static class LedgerAudit
    {
        /// <summary>Compares the keys a terminal holds as approved in a batch with the entries the host holds in effect.</summary>
        /// <param name="ledger">The host's ledger.</param>
        /// <param name="terminalId">Field 41.</param>
        /// <param name="batch">The 6-digit batch number.</param>
        /// <param name="terminalApproved">The keys of the sales and refunds the terminal's batch holds as approved.</param>
        /// <returns>The differences; <see cref="LedgerAuditReport.IsClean"/> when there are none.</returns>
        public static LedgerAuditReport CheckBatch(Ledger ledger, string terminalId, string batch, IEnumerable<LedgerKey> terminalApproved)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            ArgumentNullException.ThrowIfNull(terminalApproved);
            List<LedgerKey> terminalKeys = terminalApproved.ToList();
            var hostKeys = new HashSet<LedgerKey>(ledger.List(terminalId, batch).Where(e => e.IsInEffect).Select(e => e.Key));
            var terminalSet = new HashSet<LedgerKey>(terminalKeys);

            return new LedgerAuditReport(
                hostKeys.Where(k => !terminalSet.Contains(k)).OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList(),
                terminalSet.Where(k => !hostKeys.Contains(k)).OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList(),
                terminalKeys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList());
        }
    }
}
