using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using NanoPos.HostSim;
using NanoPos.Transactions;

namespace NanoPos.Emulation
{
    /// <summary>Views for a side panel: the host's ledger and the terminal's journal, batch and pending reversals, card numbers masked.</summary>
    public sealed partial class SimulatedTerminal
    {
        private readonly byte[] _slotBuffer = new byte[JournalRecordCodec.MaxRecordLength];
        private IReadOnlyList<JournalRow> _journalView = Array.Empty<JournalRow>();
        private IReadOnlyList<JournalRow> _batchView = Array.Empty<JournalRow>();
        private IReadOnlyList<JournalRow> _pendingView = Array.Empty<JournalRow>();
        private int _pendingCount;

        /// <summary>
        /// Gets the number of reversals waiting for the host: the engine's own count (no journal read, cheap enough for
        /// every poll), as of the last moment no engine call ran.
        /// </summary>
        public int PendingReversalCount
        {
            get
            {
                lock (_gate)
                {
                    PaymentEngine engine = ReadableEngine();
                    if (engine != null)
                    {
                        _pendingCount = engine.Reversals.PendingCount;
                    }
                    else if (_firmware?.Ui != null && _firmware.Ui.PendingReversals > _pendingCount)
                    {
                        // An engine call runs (the boot's reversal flush): the UI's count, read between the journal's
                        // recovery and the flush, says what is owed; the REV indicator must not show 0 meanwhile.
                        _pendingCount = _firmware.Ui.PendingReversals;
                    }

                    return _pendingCount;
                }
            }
        }

        /// <summary>Gets how many times the views have read the journal's slots from the store (tests: a poll must not).</summary>
        internal int JournalScans { get; private set; }

        /// <summary>Lists the host's ledger in the order the host first saw each key.</summary>
        /// <returns>The rows.</returns>
        public IReadOnlyList<LedgerRow> HostLedger()
        {
            var rows = new List<LedgerRow>();
            foreach (LedgerEntry e in Host.Ledger.List())
            {
                rows.Add(new LedgerRow(
                    e.TerminalId + "/" + e.Stan + "/" + e.Date,
                    Camel(e.Kind.ToString()),
                    e.Amount,
                    e.MaskedPan ?? string.Empty,
                    e.ResponseCode ?? string.Empty,
                    Camel(e.State.ToString()),
                    e.ReversalCount + e.ReversalRepeatCount));
            }

            return rows;
        }

        /// <summary>Reads the journal, the batch and the pending reversals at one instant, with one read of the journal (a side panel's refresh).</summary>
        /// <returns>The three views (the last snapshot taken while no engine call ran).</returns>
        public TerminalViews Views()
        {
            lock (_gate)
            {
                PaymentEngine engine = ReadableEngine();
                if (engine != null)
                {
                    ReadJournal(engine);
                    ReadLog(engine);
                }

                return new TerminalViews(_journalView, _batchView, _pendingView);
            }
        }

        /// <summary>Lists the live records of the terminal's journal, in sequence order (reads every live slot from the store).</summary>
        /// <returns>The rows (the last snapshot taken while no engine call ran).</returns>
        public IReadOnlyList<JournalRow> Journal()
        {
            lock (_gate)
            {
                PaymentEngine engine = ReadableEngine();
                if (engine != null)
                {
                    ReadJournal(engine);
                }

                return _journalView;
            }
        }

        /// <summary>Lists the open batch: the approved sales, voids and refunds.</summary>
        /// <returns>The rows.</returns>
        public IReadOnlyList<JournalRow> Batch()
        {
            lock (_gate)
            {
                PaymentEngine engine = ReadableEngine();
                if (engine != null)
                {
                    ReadLog(engine);
                }

                return _batchView;
            }
        }

        /// <summary>Lists the requests whose reversal the host has not acknowledged yet.</summary>
        /// <returns>The rows.</returns>
        public IReadOnlyList<JournalRow> PendingReversals()
        {
            lock (_gate)
            {
                PaymentEngine engine = ReadableEngine();
                if (engine != null)
                {
                    ReadLog(engine);
                }

                return _pendingView;
            }
        }

        private PaymentEngine ReadableEngine()
        {
            // The engine is not thread-safe: read it only while no engine call runs (always, in the synchronous mode).
            PaymentEngine engine = _firmware?.Engine;
            return engine == null || (_firmware.Runner != null && _firmware.Runner.IsBusy) || IsStorePoweredDown ? null : engine;
        }

        private void ReadLog(PaymentEngine engine)
        {
            // In memory: the log keeps the batch and the pending reversals as it replays and writes.
            _batchView = Rows(engine.Log.BatchEntries);
            _pendingView = Rows(engine.Log.PendingReversals);
            _pendingCount = _pendingView.Count;
        }

        private void ReadJournal(PaymentEngine engine)
        {
            JournalScans++;
            var journal = new List<JournalRow>();
            Journal ring = engine.Log.Journal;
            for (int slot = 0; slot < ring.SlotCount; slot++)
            {
                if (!ring.IsLive(slot))
                {
                    continue;
                }

                int length = _store.Read(NanoPos.Transactions.Journal.SlotName(slot), _slotBuffer, 0, _slotBuffer.Length);
                var record = new JournalRecord();
                if (length > 0 && JournalRecordCodec.TryDecode(_slotBuffer, 0, length, record))
                {
                    journal.Add(Row(slot, record));
                }
            }

            journal.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            _journalView = journal;
        }

        private static string Camel(string name)
        {
            return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        private static List<JournalRow> Rows(ArrayList records)
        {
            var rows = new List<JournalRow>();
            foreach (JournalRecord record in records)
            {
                rows.Add(Row(record.Slot, record));
            }

            return rows;
        }

        private static JournalRow Row(int slot, JournalRecord r)
        {
            string detail = r.Type switch
            {
                JournalRecordType.Outcome => (r.Approved ? "approved" : "declined") + " rc " + r.ResponseCode
                    + (string.IsNullOrEmpty(r.AuthCode) ? string.Empty : " auth " + r.AuthCode)
                    + (string.IsNullOrEmpty(r.Rrn) ? string.Empty : " rrn " + r.Rrn),
                JournalRecordType.ReversalAttempt => "attempt " + r.Attempt,
                JournalRecordType.ReversalDone => "reversed rc " + r.ResponseCode,
                JournalRecordType.Intent => r.OriginalStan > 0 ? "original " + r.OriginalStan.ToString("D6", CultureInfo.InvariantCulture) : "sent " + r.LocalDateTime,
                _ => string.Empty,
            };
            bool hasKind = r.Type == JournalRecordType.Intent || r.Type == JournalRecordType.Outcome;
            return new JournalRow(
                slot,
                r.Sequence,
                r.Type.ToString(),
                hasKind ? r.Kind.ToString() : string.Empty,
                r.Stan.ToString("D6", CultureInfo.InvariantCulture),
                hasKind ? r.AmountMinor : 0,
                r.MaskedPan ?? string.Empty,
                detail);
        }
    }
}
