using System;
using nanoFramework.TestFramework;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>An engine wired to a scripted host, an in-memory store and a manual clock.</summary>
    internal sealed class EngineRig
    {
        internal EngineRig()
            : this(new InMemoryRecordStore())
        {
        }

        internal EngineRig(InMemoryRecordStore store)
        {
            Store = store;
            Clock = new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true);
            Host = new ScriptedHost();
            Host.Faults.Store = store;
            Link = new InMemoryLink(Clock, Host);
            Options = new EngineOptions();
            Options.JournalSlots = 32;
            Options.StanBlock = 10;
            Engine = new PaymentEngine(Options, Store, Link, Clock);
            Engine.Start();
        }

        internal InMemoryRecordStore Store { get; private set; }

        internal ManualClock Clock { get; private set; }

        internal ScriptedHost Host { get; private set; }

        internal InMemoryLink Link { get; private set; }

        internal EngineOptions Options { get; private set; }

        internal PaymentEngine Engine { get; private set; }

        internal static CardData Card()
        {
            return new CardData("6222021234567890123", "2912", "012");
        }

        /// <summary>A rig whose host assigned a batch number at sign-on.</summary>
        internal static EngineRig SignedOn(int batch)
        {
            var rig = new EngineRig();
            rig.Host.SignOnBatch = batch;
            rig.Engine.SignOn();
            return rig;
        }

        /// <summary>Gets whether any record in the store (journal slots and checkpoints) contains a byte pattern.</summary>
        internal bool StoreContains(byte[] pattern)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            for (int slot = 0; slot <= Options.JournalSlots + 1; slot++)
            {
                string name = slot < Options.JournalSlots ? Journal.SlotName(slot) : Journal.CheckpointName(slot - Options.JournalSlots);
                int length = Store.Read(name, buffer, 0, buffer.Length);
                for (int i = 0; i + pattern.Length <= length; i++)
                {
                    int j = 0;
                    while (j < pattern.Length && buffer[i + j] == pattern[j])
                    {
                        j++;
                    }

                    if (j == pattern.Length)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Asserts an outcome, naming the refusal reason when there is one.</summary>
        internal static void Expect(TransactionOutcome expected, TransactionResult result, string what)
        {
            Assert.AreEqual((int)expected, (int)result.Outcome, what + " (reason: " + result.Reason + ", code " + result.ResponseCode + ")");
        }

        /// <summary>A new engine over the same store and host, as after a reboot.</summary>
        internal EngineRig Reboot()
        {
            var rebooted = new EngineRig(Store, Host, Clock);
            return rebooted;
        }

        private EngineRig(InMemoryRecordStore store, ScriptedHost host, ManualClock clock)
        {
            Store = store;
            Clock = clock;
            Host = host;
            Link = new InMemoryLink(Clock, Host);
            Options = new EngineOptions();
            Options.JournalSlots = 32;
            Options.StanBlock = 10;
            Engine = new PaymentEngine(Options, Store, Link, Clock);
            Engine.Start();
        }
    }
}
