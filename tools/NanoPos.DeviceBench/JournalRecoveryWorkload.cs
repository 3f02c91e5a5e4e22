using System;
using NanoPos.Transactions;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Journal recovery of a full journal, as at boot (journal-recovery): approved sales fill the terminal's journal
    /// (64 slots) until it has no room for another intent, and each operation is <see cref="TransactionLog.Recover"/>
    /// on a log over that store: every slot and both checkpoints read, decoded and replayed. The log and journal objects
    /// are built once; recovery resets their state itself, so every run does the same work.
    /// </summary>
    public sealed class JournalRecoveryWorkload : IWorkload
    {
        private readonly ApprovingAcquirer _acquirer;
        private TransactionLog _log;
        private JournalRecovery _found;

        /// <summary>Creates the workload.</summary>
        /// <param name="acquirer">The acquirer that approves the sales filling the journal.</param>
        public JournalRecoveryWorkload(ApprovingAcquirer acquirer)
        {
            _acquirer = acquirer;
        }

        /// <summary>Gets "journal-recovery".</summary>
        public string Name
        {
            get { return "journal-recovery"; }
        }

        /// <summary>Gets 0: recovery only reads.</summary>
        public int MaxOpsPerRound
        {
            get { return 0; }
        }

        /// <summary>Gets the journal's slot count.</summary>
        public int Slots { get; private set; }

        /// <summary>Gets the approved sales that filled the journal.</summary>
        public int Sales { get; private set; }

        /// <summary>Gets the intact ring records the last recovery found.</summary>
        public int Records
        {
            get { return _found == null ? -1 : _found.Records.Count; }
        }

        /// <summary>Gets the open batch's entries after the last recovery.</summary>
        public int BatchEntries
        {
            get { return _log == null ? -1 : _log.BatchEntries.Count; }
        }

        /// <summary>Fills the journal with approved sales and checks that a recovery finds all of them.</summary>
        /// <exception cref="InvalidOperationException">A sale failed, or recovery did not find what was written.</exception>
        public void Setup()
        {
            SaleRig rig = new SaleRig(_acquirer);
            CardData card = SaleRig.NewCard();
            while (rig.Engine.Log.HasRoomForIntent)
            {
                rig.Sale(card);
                Sales++;
            }

            Slots = rig.Options.JournalSlots;
            _log = new TransactionLog(new Journal(rig.Store, Slots), rig.Options.StanBlock);
            Run();
            if (Records != Slots || _found.DamagedRecords != 0 || BatchEntries != Sales || _log.PendingCount != 0)
            {
                throw new InvalidOperationException("Recovery of the full journal found " + Records.ToString() + " records in " + Slots.ToString()
                    + " slots, " + _found.DamagedRecords.ToString() + " damaged, " + BatchEntries.ToString() + " batch entries for "
                    + Sales.ToString() + " sales, " + _log.PendingCount.ToString() + " pending reversals.");
            }
        }

        /// <summary>Nothing to prepare: the store is only read.</summary>
        public void PrepareRound()
        {
        }

        /// <summary>Recovers the journal once.</summary>
        public void Run()
        {
            _found = _log.Recover();
        }

        /// <summary>Nothing to reset.</summary>
        public void ResetCounters()
        {
        }
    }
}
