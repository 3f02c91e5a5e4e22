using System;
using System.Collections.Generic;

namespace NanoPos.Emulator
{
    /// <summary>One table of the side panel: column names and rows of display strings (never a full card number).</summary>
    public sealed class PanelTable
    {
        /// <summary>Creates a table with the given columns and no rows.</summary>
        public PanelTable(params string[] columns)
        {
            Columns = columns ?? throw new ArgumentNullException(nameof(columns));
            Rows = new List<string[]>();
        }

        /// <summary>Gets the column names.</summary>
        public string[] Columns { get; }

        /// <summary>Gets the rows; each has one cell per column.</summary>
        public List<string[]> Rows { get; }

        /// <summary>Adds a row; missing cells become empty, extra cells are an error.</summary>
        public PanelTable Add(params object[] cells)
        {
            if (cells.Length > Columns.Length)
            {
                throw new ArgumentException("More cells than columns.", nameof(cells));
            }

            var row = new string[Columns.Length];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = i < cells.Length && cells[i] != null ? Convert.ToString(cells[i], System.Globalization.CultureInfo.InvariantCulture) : "";
            }

            Rows.Add(row);
            return this;
        }

        /// <summary>Gets the cell of <paramref name="row"/> in the named column, or null when there is no such column.</summary>
        public string Cell(int row, string column)
        {
            int i = Array.IndexOf(Columns, column);
            return i < 0 ? null : Rows[row][i];
        }
    }

    /// <summary>The side panel: what the host decided and what the terminal holds.</summary>
    public sealed class EmulatorPanel
    {
        /// <summary>Gets or sets the host simulator's ledger (masked card numbers).</summary>
        public PanelTable HostLedger { get; set; } = new PanelTable();

        /// <summary>Gets or sets the terminal's journal (masked).</summary>
        public PanelTable Journal { get; set; } = new PanelTable();

        /// <summary>Gets or sets the terminal's open batch (masked).</summary>
        public PanelTable Batch { get; set; } = new PanelTable();

        /// <summary>Gets or sets the reversals waiting for the host's acknowledgement.</summary>
        public PanelTable PendingReversals { get; set; } = new PanelTable();

        /// <summary>Gets or sets the terminal's history, newest first: every sale, void and refund however it ended (masked).</summary>
        public PanelTable History { get; set; } = new PanelTable();
    }
}
