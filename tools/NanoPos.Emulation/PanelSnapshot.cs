using System.Collections.Generic;

namespace NanoPos.Emulation
{
    /// <summary>The side-panel views of the terminal at one instant (<see cref="TerminalViews.Panel"/>), card numbers masked.</summary>
    /// <param name="Journal">The live journal records, in sequence order.</param>
    /// <param name="Batch">The open batch: approved sales, voids and refunds.</param>
    /// <param name="PendingReversals">The requests whose reversal the host has not acknowledged yet.</param>
    /// <param name="History">The terminal's history, newest first: every sale, void and refund however it ended.</param>
    public sealed record PanelSnapshot(IReadOnlyList<JournalRow> Journal, IReadOnlyList<JournalRow> Batch, IReadOnlyList<JournalRow> PendingReversals, IReadOnlyList<HistoryRow> History);
}
