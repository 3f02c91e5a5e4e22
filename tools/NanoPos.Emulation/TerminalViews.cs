using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using NanoPos.Diagnostics;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Emulation
{
    /// <summary>
    /// What the emulator's side panel, its health endpoint and the scripts' expectations read of a
    /// <see cref="SimulatedTerminal"/>: the host's ledger, the terminal's journal, batch and pending reversals (card
    /// numbers masked), and the health report.
    /// </summary>
    /// <remarks>
    /// Every member but <see cref="HostLedger"/> (the ledger has its own lock) takes the terminal's one lock. The engine
    /// is read only while no engine call runs; otherwise each view returns its last snapshot.
    /// </remarks>
    public sealed class TerminalViews
    {
        private readonly SimulatedMachine _machine;
        private readonly SimulatedAcquirer _host;
        private readonly byte[] _slotBuffer = new byte[JournalRecordCodec.MaxRecordLength];
        private IReadOnlyList<JournalRow> _journalView = Array.Empty<JournalRow>();
        private IReadOnlyList<JournalRow> _batchView = Array.Empty<JournalRow>();
        private IReadOnlyList<JournalRow> _pendingView = Array.Empty<JournalRow>();
        private int _pendingCount;
        private HealthView _healthView;

        internal TerminalViews(SimulatedMachine machine, SimulatedAcquirer host)
        {
            _machine = machine;
            _host = host;
        }

        /// <summary>
        /// Gets the number of reversals waiting for the host: the engine's own count (no journal read, cheap enough for
        /// every poll), as of the last moment no engine call ran.
        /// </summary>
        public int PendingReversalCount
        {
            get
            {
                lock (_machine.Gate)
                {
                    PaymentEngine engine = _machine.ReadableEngine();
                    if (engine != null)
                    {
                        _pendingCount = engine.Reversals.PendingCount;
                    }
                    else if (_machine.Firmware?.Ui != null && _machine.Firmware.Ui.PendingReversals > _pendingCount)
                    {
                        // An engine call runs (the boot's reversal flush): the UI's count, read between the journal's
                        // recovery and the flush, says what is owed; the REV indicator must not show 0 meanwhile.
                        _pendingCount = _machine.Firmware.Ui.PendingReversals;
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
            foreach (LedgerEntry e in _host.Ledger.List())
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
        public PanelSnapshot Panel()
        {
            lock (_machine.Gate)
            {
                PaymentEngine engine = _machine.ReadableEngine();
                if (engine != null)
                {
                    ReadJournal(engine);
                    ReadLog(engine);
                }

                return new PanelSnapshot(_journalView, _batchView, _pendingView, ReadHistory());
            }
        }

        /// <summary>Lists the terminal's history, newest first (what Menu 5 shows), card numbers masked.</summary>
        /// <returns>The rows; empty before the firmware has booted.</returns>
        public IReadOnlyList<HistoryRow> History()
        {
            lock (_machine.Gate)
            {
                return ReadHistory();
            }
        }

        private IReadOnlyList<HistoryRow> ReadHistory()
        {
            // The history belongs to the UI thread, which runs under the machine's lock: read it there, never while
            // the store is powered down (the firmware is gone then).
            TransactionHistory history = _machine.IsStorePoweredDown ? null : _machine.Firmware?.Ui?.History;
            if (history == null)
            {
                return Array.Empty<HistoryRow>();
            }

            var rows = new List<HistoryRow>();
            var entry = new HistoryEntry();
            for (int i = 0; i < history.Count; i++)
            {
                if (history.Read(i, entry))
                {
                    string status = entry.Status == HistoryStatus.Approved && entry.Voided ? "Voided" : entry.Status.ToString();
                    rows.Add(new HistoryRow(
                        entry.Number,
                        entry.Kind.ToString(),
                        status,
                        entry.Cause == ReversalCause.None ? string.Empty : entry.Cause.ToString(),
                        entry.Stan.ToString("D6", CultureInfo.InvariantCulture),
                        entry.AmountMinor,
                        entry.MaskedPan ?? string.Empty,
                        entry.ResponseCode ?? string.Empty,
                        LocalTime(entry.LocalDateTime)));
                }
            }

            return rows;
        }

        private static string LocalTime(string mmddhhmmss)
        {
            return mmddhhmmss != null && mmddhhmmss.Length == 10
                ? mmddhhmmss.Substring(0, 2) + "-" + mmddhhmmss.Substring(2, 2) + " " + mmddhhmmss.Substring(4, 2) + ":" + mmddhhmmss.Substring(6, 2)
                : string.Empty;
        }

        /// <summary>Lists the live records of the terminal's journal, in sequence order (reads every live slot from the store).</summary>
        /// <returns>The rows (the last snapshot taken while no engine call ran).</returns>
        public IReadOnlyList<JournalRow> Journal()
        {
            lock (_machine.Gate)
            {
                PaymentEngine engine = _machine.ReadableEngine();
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
            lock (_machine.Gate)
            {
                PaymentEngine engine = _machine.ReadableEngine();
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
            lock (_machine.Gate)
            {
                PaymentEngine engine = _machine.ReadableEngine();
                if (engine != null)
                {
                    ReadLog(engine);
                }

                return _pendingView;
            }
        }

        /// <summary>
        /// Collects the health report through the firmware's own collector (<c>TerminalUi.Health</c>: device, engine,
        /// health record, self-tests), with the terminal's language for the self-tests' messages and the figures of the
        /// tests that ran since boot.
        /// </summary>
        /// <returns>The report; while an engine call runs (paced mode: a payment or a self-test waiting for the host), the
        /// last one collected, as the side-panel views do (its <see cref="HealthView.CollectedAtMs"/> says when); null when
        /// the firmware has no collector (before the boot has built its engine, or with a configuration error) and none was
        /// collected before.</returns>
        public HealthView ReadHealth()
        {
            lock (_machine.Gate)
            {
                PosTerminal firmware = _machine.Firmware;
                HealthCollector health = firmware?.Ui.Health;
                if (health == null || _machine.ReadableEngine() == null)
                {
                    return _healthView;
                }

                var report = new HealthReport();
                health.Collect(report);
                HealthView view = HealthView.From(report, firmware.Ui.Language, health.Tests);
                view.CollectedAtMs = _machine.Manual.MonotonicMs;
                _healthView = view;
                return view;
            }
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

                int length = _machine.Store.Read(NanoPos.Transactions.Journal.SlotName(slot), _slotBuffer, 0, _slotBuffer.Length);
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
