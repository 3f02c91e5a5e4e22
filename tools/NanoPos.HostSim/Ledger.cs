using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Everything the host decided, keyed by terminal ID + STAN + local transaction date (<see cref="LedgerKey"/>):
    /// the source of truth for the transaction engine's invariants (every host approval is in the terminal's
    /// batch or reversed, never both, never twice). Thread-safe: the server writes while tests read.
    /// </summary>
    /// <remarks>
    /// Queries return copies. Only <see cref="RequestProcessor"/> changes the ledger; <see cref="Changed"/> is
    /// raised after every change. Persistence: a <see cref="LedgerFileWriter"/> attached to the ledger appends each
    /// change to a log file before the answer leaves (see Ledger.Persistence.cs for what a change holds), and
    /// <see cref="LedgerFile"/> reads and writes whole snapshots.
    /// </remarks>
    public sealed partial class Ledger
    {
        /// <summary>The batch number a terminal gets at its first sign-on.</summary>
        public const string FirstBatch = "000001";

        private readonly Dictionary<LedgerKey, LedgerEntry> _entries = new Dictionary<LedgerKey, LedgerEntry>();
        private readonly List<LedgerEntry> _inOrder = new List<LedgerEntry>();
        private readonly List<SettlementRecord> _settlements = new List<SettlementRecord>();
        private readonly List<BatchUploadRecord> _uploads = new List<BatchUploadRecord>();
        private readonly Dictionary<string, string> _batches = new Dictionary<string, string>(StringComparer.Ordinal);
        private long _sequence;

        /// <summary>Raised after every change (a new entry, a reversal, a repeat counted, a settlement, an upload, a batch closed).</summary>
        public event EventHandler Changed;

        /// <summary>Gets the lock that guards the ledger; the processor holds it while it decides one request.</summary>
        internal object SyncRoot { get; } = new object();

        /// <summary>Gets the number of entries.</summary>
        public int Count
        {
            get
            {
                lock (SyncRoot)
                {
                    return _inOrder.Count;
                }
            }
        }

        /// <summary>Gets the last reference sequence number handed out (RRNs are built from it; it survives a save and load).</summary>
        public long Sequence
        {
            get
            {
                lock (SyncRoot)
                {
                    return _sequence;
                }
            }
        }

        /// <summary>Finds the entry for a key.</summary>
        /// <param name="key">Terminal ID + STAN + date.</param>
        /// <returns>A copy of the entry, or null when the host never saw the key.</returns>
        public LedgerEntry Find(LedgerKey key)
        {
            lock (SyncRoot)
            {
                return _entries.TryGetValue(key, out LedgerEntry entry) ? entry.Clone() : null;
            }
        }

        /// <summary>Finds the entry for a key given as its three parts.</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <param name="stan">Field 11, 6 digits.</param>
        /// <param name="date">Field 13, MMDD.</param>
        /// <returns>A copy of the entry, or null.</returns>
        public LedgerEntry Find(string terminalId, string stan, string date)
        {
            return Find(new LedgerKey(terminalId, stan, date));
        }

        /// <summary>Lists every entry in the order the host first saw its key.</summary>
        /// <returns>Copies of the entries.</returns>
        public IReadOnlyList<LedgerEntry> List()
        {
            lock (SyncRoot)
            {
                return _inOrder.Select(e => e.Clone()).ToList();
            }
        }

        /// <summary>Lists the entries of one terminal and batch (field 60) in arrival order.</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <param name="batch">The 6-digit batch number.</param>
        /// <returns>Copies of the entries.</returns>
        public IReadOnlyList<LedgerEntry> List(string terminalId, string batch)
        {
            lock (SyncRoot)
            {
                return _inOrder.Where(e => e.TerminalId == terminalId && e.Batch == batch).Select(e => e.Clone()).ToList();
            }
        }

        /// <summary>Computes the settlement totals the host holds for a terminal and batch: the sales and refunds in effect.</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <param name="batch">The 6-digit batch number.</param>
        /// <returns>The totals (counts, and amounts in minor units).</returns>
        public SettlementTotals Totals(string terminalId, string batch)
        {
            lock (SyncRoot)
            {
                var inEffect = _inOrder.Where(e => e.TerminalId == terminalId && e.Batch == batch && e.IsInEffect).ToList();
                var sales = inEffect.Where(e => e.Kind == TransactionKind.Sale).ToList();
                var refunds = inEffect.Where(e => e.Kind == TransactionKind.Refund).ToList();
                return new SettlementTotals(sales.Count, sales.Sum(e => e.Amount), refunds.Count, refunds.Sum(e => e.Amount));
            }
        }

        /// <summary>Gets the net approved total of a terminal and batch: sales in effect minus refunds in effect.</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <param name="batch">The 6-digit batch number.</param>
        /// <returns>The amount in minor units.</returns>
        public long NetApprovedTotal(string terminalId, string batch)
        {
            return Totals(terminalId, batch).NetAmount;
        }

        /// <summary>
        /// Tells whether the card was charged exactly once for a key: the host holds one approved sale for it
        /// that is neither reversed nor voided. (The ledger holds at most one entry per key and a repeated sale
        /// is answered from that entry, so "once" is the only way to be charged.)
        /// </summary>
        /// <param name="key">The sale's key.</param>
        /// <returns>True when exactly one charge stands for the key.</returns>
        public bool IsChargedOnce(LedgerKey key)
        {
            LedgerEntry entry = Find(key);
            return entry != null && entry.Kind == TransactionKind.Sale && entry.IsInEffect;
        }

        /// <summary>Tells whether no charge stands for a key: never seen, declined, reversed, voided, or a reversal of unknown.</summary>
        /// <param name="key">The sale's key.</param>
        /// <returns>True when no money is taken for the key.</returns>
        public bool IsNotCharged(LedgerKey key)
        {
            LedgerEntry entry = Find(key);
            return entry == null || !entry.IsInEffect;
        }

        /// <summary>Gets the batch number the host hands a terminal at sign-on ("000001" for a terminal it never settled).</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <returns>The 6-digit batch number.</returns>
        public string CurrentBatch(string terminalId)
        {
            lock (SyncRoot)
            {
                return _batches.TryGetValue(terminalId, out string batch) ? batch : FirstBatch;
            }
        }

        /// <summary>Lists the settlement requests answered, oldest first.</summary>
        /// <returns>Copies of the records.</returns>
        public IReadOnlyList<SettlementRecord> Settlements()
        {
            lock (SyncRoot)
            {
                return _settlements.Select(s => s.Clone()).ToList();
            }
        }

        /// <summary>Lists the batch-upload records of a terminal and batch, oldest first.</summary>
        /// <param name="terminalId">Field 41.</param>
        /// <param name="batch">The 6-digit batch number.</param>
        /// <returns>Copies of the records.</returns>
        public IReadOnlyList<BatchUploadRecord> Uploads(string terminalId, string batch)
        {
            lock (SyncRoot)
            {
                return _uploads.Where(u => u.TerminalId == terminalId && u.Batch == batch).Select(u => u.Clone()).ToList();
            }
        }

        /// <summary>Gets the live entry for a key, to read or change it; the caller holds <see cref="SyncRoot"/>.</summary>
        internal LedgerEntry FindLive(LedgerKey key)
        {
            if (!_entries.TryGetValue(key, out LedgerEntry entry))
            {
                return null;
            }

            // Whoever changes an entry got it here, so touching every entry found logs every change (and, at
            // worst, an entry that was only read: rewriting it is harmless).
            Touch(entry);
            return entry;
        }

        /// <summary>Adds a new entry; the caller holds <see cref="SyncRoot"/> and has checked the key is new.</summary>
        internal void AddLive(LedgerEntry entry)
        {
            _entries.Add(entry.Key, entry);
            _inOrder.Add(entry);
            Touch(entry);
        }

        /// <summary>Adds a settlement record; the caller holds <see cref="SyncRoot"/>.</summary>
        internal void AddSettlement(SettlementRecord record)
        {
            _settlements.Add(record);
        }

        /// <summary>Adds a batch-upload record; the caller holds <see cref="SyncRoot"/>.</summary>
        internal void AddUpload(BatchUploadRecord record)
        {
            _uploads.Add(record);
        }

        /// <summary>Closes a terminal's batch after a balanced settlement: its next sign-on gets the next number (999999 wraps to 000001).</summary>
        internal void CloseBatch(string terminalId, string batch)
        {
            long next = long.Parse(batch, CultureInfo.InvariantCulture) + 1;
            _batches[terminalId] = (next > 999999 ? 1 : next).ToString("D6", CultureInfo.InvariantCulture);
            TouchBatch(terminalId);
        }

        /// <summary>Hands out the next reference sequence number; the caller holds <see cref="SyncRoot"/>.</summary>
        internal long NextSequence()
        {
            return ++_sequence;
        }

        /// <summary>Raises <see cref="Changed"/>; called without holding the lock.</summary>
        internal void NotifyChanged()
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }
}
