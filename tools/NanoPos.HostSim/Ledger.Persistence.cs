using System;
using System.Collections.Generic;
using System.Linq;

namespace NanoPos.HostSim
{
    /// <summary>The ledger's persistence side: change tracking for the append-only log, snapshots, loading.</summary>
    public sealed partial class Ledger
    {
        // What the request being decided changed, in the order it was touched; empty between requests. Tracked
        // only while a log is attached, so the in-process acquirer of the campaign pays nothing for it.
        private readonly List<LedgerEntry> _touched = new List<LedgerEntry>();
        private readonly HashSet<LedgerEntry> _touchedSet = new HashSet<LedgerEntry>(ReferenceEqualityComparer.Instance);
        private readonly SortedSet<string> _touchedBatches = new SortedSet<string>(StringComparer.Ordinal);
        private int _settlementsLogged;
        private int _uploadsLogged;
        private long _sequenceLogged;

        /// <summary>Gets or sets the log file the changes go to (null: memory only); set by <see cref="LedgerFileWriter"/> under <see cref="SyncRoot"/>.</summary>
        internal LedgerFileWriter Log { get; set; }

        /// <summary>Gets how many objects the ledger holds (entries, settlement and upload records); the caller holds <see cref="SyncRoot"/>.</summary>
        internal int ObjectCount => _inOrder.Count + _settlements.Count + _uploads.Count;

        /// <summary>
        /// Hands what the request just decided changed to the log, if one is attached: called by the processor under
        /// <see cref="SyncRoot"/>, before the answer is sent. Tracking is reset even when the log fails.
        /// </summary>
        /// <param name="durable">True to fsync the line (a decision); false to leave it in the operating system's cache (counters only).</param>
        /// <exception cref="System.IO.IOException">The log could not be written (the change stays in memory; the log is rewritten whole at the next change).</exception>
        internal void Commit(bool durable)
        {
            if (Log == null)
            {
                return;
            }

            LedgerChange change = TakeChange();
            if (change != null)
            {
                Log.Append(change, durable);
            }
        }

        /// <summary>Collects and resets what changed since the last call, or null when nothing did; the caller holds <see cref="SyncRoot"/>.</summary>
        internal LedgerChange TakeChange()
        {
            bool any = _touched.Count > 0 || _touchedBatches.Count > 0 || _settlements.Count > _settlementsLogged
                || _uploads.Count > _uploadsLogged || _sequence != _sequenceLogged;
            if (!any)
            {
                return null;
            }

            var change = new LedgerChange
            {
                Sequence = _sequence != _sequenceLogged ? _sequence : null,
                Entries = _touched.Count > 0 ? new List<LedgerEntry>(_touched) : null,
                Settlements = _settlements.Count > _settlementsLogged ? _settlements.GetRange(_settlementsLogged, _settlements.Count - _settlementsLogged) : null,
                Uploads = _uploads.Count > _uploadsLogged ? _uploads.GetRange(_uploadsLogged, _uploads.Count - _uploadsLogged) : null,
                Batches = _touchedBatches.Count > 0 ? _touchedBatches.ToDictionary(t => t, t => _batches[t], StringComparer.Ordinal) : null,
            };
            MarkLogged();
            return change;
        }

        /// <summary>Declares the whole state logged (after a compaction wrote it); the caller holds <see cref="SyncRoot"/>.</summary>
        internal void MarkLogged()
        {
            _touched.Clear();
            _touchedSet.Clear();
            _touchedBatches.Clear();
            _settlementsLogged = _settlements.Count;
            _uploadsLogged = _uploads.Count;
            _sequenceLogged = _sequence;
        }

        /// <summary>
        /// Lists the whole state as the lines of a compacted log: one change per entry, settlement and upload, then one
        /// with every terminal's batch and the sequence; the caller holds <see cref="SyncRoot"/>. Live objects are
        /// handed out: serialize them before the lock is released.
        /// </summary>
        internal IEnumerable<LedgerChange> Snapshot()
        {
            foreach (LedgerEntry entry in _inOrder)
            {
                yield return new LedgerChange { Entries = new List<LedgerEntry> { entry } };
            }

            foreach (SettlementRecord settlement in _settlements)
            {
                yield return new LedgerChange { Settlements = new List<SettlementRecord> { settlement } };
            }

            foreach (BatchUploadRecord upload in _uploads)
            {
                yield return new LedgerChange { Uploads = new List<BatchUploadRecord> { upload } };
            }

            yield return new LedgerChange { Sequence = _sequence, Batches = new Dictionary<string, string>(_batches, StringComparer.Ordinal) };
        }

        /// <summary>Copies the whole state for a whole-JSON snapshot.</summary>
        internal LedgerDocument ToDocument(DateTimeOffset savedAt)
        {
            lock (SyncRoot)
            {
                return new LedgerDocument
                {
                    Version = LedgerDocument.CurrentVersion,
                    SavedAt = savedAt,
                    Sequence = _sequence,
                    Batches = new SortedDictionary<string, string>(_batches, StringComparer.Ordinal),
                    Entries = _inOrder.Select(e => e.Clone()).ToList(),
                    Settlements = _settlements.Select(s => s.Clone()).ToList(),
                    Uploads = _uploads.Select(u => u.Clone()).ToList(),
                };
            }
        }

        /// <summary>Builds a ledger from a saved document.</summary>
        internal static Ledger FromDocument(LedgerDocument document)
        {
            var ledger = new Ledger();
            ledger.Load(document);
            return ledger;
        }

        /// <summary>Fills an empty ledger from a saved document.</summary>
        /// <exception cref="InvalidOperationException">The ledger is not empty.</exception>
        /// <exception cref="FormatException">The document holds a key twice.</exception>
        internal void Load(LedgerDocument document)
        {
            lock (SyncRoot)
            {
                if (ObjectCount > 0 || _batches.Count > 0 || _sequence != 0)
                {
                    throw new InvalidOperationException("A ledger file can only be loaded into an empty ledger.");
                }

                foreach (LedgerEntry entry in document.Entries ?? new List<LedgerEntry>())
                {
                    if (_entries.ContainsKey(entry.Key))
                    {
                        _entries.Clear();
                        _inOrder.Clear();
                        throw new FormatException("The ledger file holds the key " + entry.Key + " twice.");
                    }

                    _entries.Add(entry.Key, entry);
                    _inOrder.Add(entry);
                }

                _sequence = document.Sequence;
                foreach (KeyValuePair<string, string> pair in document.Batches ?? new SortedDictionary<string, string>())
                {
                    _batches[pair.Key] = pair.Value;
                }

                _settlements.AddRange(document.Settlements ?? new List<SettlementRecord>());
                _uploads.AddRange(document.Uploads ?? new List<BatchUploadRecord>());
                MarkLogged();
            }
        }

        private void Touch(LedgerEntry entry)
        {
            if (Log != null && _touchedSet.Add(entry))
            {
                _touched.Add(entry);
            }
        }

        private void TouchBatch(string terminalId)
        {
            if (Log != null)
            {
                _touchedBatches.Add(terminalId);
            }
        }
    }
}
