using System;
using System.Diagnostics;
using System.IO;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Ui.Records
{
    /// <summary>
    /// Keeps the merchant's <see cref="TransactionHistory"/> up to date from the UI thread: records the end of each sale,
    /// void and refund, marks delivered reversals, adopts at boot what the journal held, and saves the changed records
    /// after the result is on screen (off the payment's path, with the UI's other records).
    /// </summary>
    internal sealed class HistoryKeeper
    {
        private readonly HistoryEntry _scratch = new HistoryEntry();

        internal HistoryKeeper(IRecordStore store)
        {
            History = new TransactionHistory(store);
            try
            {
                History.Load();
            }
            catch (IOException e)
            {
                // The history is the money's story, not the money: a store that cannot be read leaves it empty, and the
                // journal (read separately) still settles and reverses everything.
                Debug.WriteLine("nanoPos: reading the history failed: " + e.Message);
            }
        }

        /// <summary>Gets the history.</summary>
        internal TransactionHistory History { get; }

        /// <summary>Records the end of a call if it was a sale, void or refund, and any reversal delivered before it.</summary>
        internal void Finished(TransactionRequest done, TransactionLog log)
        {
            if (done.Kind == RequestKind.Sale || done.Kind == RequestKind.Void || done.Kind == RequestKind.Refund)
            {
                TransactionKind kind = done.Kind == RequestKind.Void ? TransactionKind.Void
                    : done.Kind == RequestKind.Refund ? TransactionKind.Refund : TransactionKind.Sale;
                HistoryRecorder.Record(History, kind, done.Result, done.Kind == RequestKind.Void ? done.Stan : 0, _scratch);
            }

            // A new request first flushes the reversals owed: those delivered now are reversed, not reversing.
            HistoryRecorder.Reconcile(History, log, _scratch);
        }

        /// <summary>After the journal's recovery: adds the requests it holds that the history missed.</summary>
        internal void Recovered(TransactionLog log)
        {
            HistoryRecorder.AdoptRecovered(History, log, _scratch);
        }

        /// <summary>After reversals were sent (boot flush, idle service): marks those delivered.</summary>
        internal void ReversalsSent(TransactionLog log)
        {
            HistoryRecorder.Reconcile(History, log, _scratch);
        }

        /// <summary>Saves the changed records; a failure is logged and stays owed.</summary>
        /// <returns>False when a write failed.</returns>
        internal bool Save()
        {
            if (!History.HasUnsavedChanges)
            {
                return true;
            }

            try
            {
                History.Save();
                return true;
            }
            catch (IOException e)
            {
                Debug.WriteLine("nanoPos: saving the history failed, will retry: " + e.Message);
                return false;
            }
            catch (ArgumentException e)
            {
                Debug.WriteLine("nanoPos: the store refused the history record: " + e.Message);
                return false;
            }
        }
    }
}
