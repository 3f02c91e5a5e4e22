using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// An engine wired to a scripted host, an in-memory store and a manual clock. Like a provisioned terminal after its
    /// boot, it has the test TMK installed (<see cref="TestKeys"/>) and has signed on once, so it holds working keys: the
    /// sign-on took STAN 1 and reserved the STAN block, and its 0800 is the host's first request.
    /// </summary>
    internal sealed class EngineRig
    {
        internal EngineRig()
            : this(new InMemoryRecordStore())
        {
        }

        internal EngineRig(InMemoryRecordStore store)
            : this(store, new ScriptedHost(), new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), true, true)
        {
        }

        private EngineRig(InMemoryRecordStore store, ScriptedHost host, ManualClock clock, bool installMasterKey, bool signOn)
        {
            Store = store;
            Clock = clock;
            Host = host;
            Host.Faults.Store = store;
            Link = new InMemoryLink(Clock, Host);
            Options = new EngineOptions();
            Options.JournalSlots = 32;
            Options.StanBlock = 10;
            Keys = TestKeys.NewKeyRing(Store);
            if (installMasterKey)
            {
                Assert.IsNull(TestKeys.InstallMasterKey(Keys), "the test TMK installs");
            }

            Engine = new PaymentEngine(Options, Store, Link, Clock, Keys);
            Engine.Start();
            if (signOn)
            {
                Expect(TransactionOutcome.Approved, Engine.SignOn(), "the rig's sign-on");
            }
        }

        internal InMemoryRecordStore Store { get; private set; }

        internal ManualClock Clock { get; private set; }

        internal ScriptedHost Host { get; private set; }

        internal InMemoryLink Link { get; private set; }

        internal EngineOptions Options { get; private set; }

        internal PaymentEngine Engine { get; private set; }

        /// <summary>Gets the terminal's key ring (over <see cref="Store"/>, with the test device key).</summary>
        internal KeyRing Keys { get; private set; }

        /// <summary>A rig whose terminal has the TMK installed but has not signed on: no working keys yet.</summary>
        internal static EngineRig NotSignedOn()
        {
            return new EngineRig(new InMemoryRecordStore(), new ScriptedHost(), new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), true, false);
        }

        /// <summary>A rig whose terminal was never provisioned with a TMK (and so cannot sign on).</summary>
        internal static EngineRig WithoutMasterKey()
        {
            return new EngineRig(new InMemoryRecordStore(), new ScriptedHost(), new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), false, false);
        }

        /// <summary>
        /// An engine over another store and link (a store or link with faults of its own), with the test TMK installed
        /// and signed on over that link, as <see cref="EngineRig"/> does: STAN 1 and the STAN block are taken.
        /// </summary>
        internal static PaymentEngine SignedOnEngine(EngineOptions options, IRecordStore store, INetworkLink link, ManualClock clock)
        {
            KeyRing keys = TestKeys.NewKeyRing(store);
            Assert.IsNull(TestKeys.InstallMasterKey(keys), "the test TMK installs");
            var engine = new PaymentEngine(options, store, link, clock, keys);
            engine.Start();
            Expect(TransactionOutcome.Approved, engine.SignOn(), "the engine's sign-on");
            return engine;
        }

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

        /// <summary>Gets whether any record in the store (journal slots, checkpoints, key records) contains a byte pattern.</summary>
        internal bool StoreContains(byte[] pattern)
        {
            var buffer = new byte[JournalRecordCodec.MaxRecordLength];
            for (int slot = 0; slot <= Options.JournalSlots + 3; slot++)
            {
                string name = slot < Options.JournalSlots ? Journal.SlotName(slot)
                    : slot < Options.JournalSlots + 2 ? Journal.CheckpointName(slot - Options.JournalSlots)
                    : slot == Options.JournalSlots + 2 ? KeyRing.MasterKeyRecord : KeyRing.WorkingKeysRecord;
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

        /// <summary>
        /// A new engine over the same store and host, as after a reboot: a new key ring with the same device key loads
        /// the stored TMK and working keys (no new sign-on).
        /// </summary>
        internal EngineRig Reboot()
        {
            var rebooted = new EngineRig(Store, Host, Clock, false, false);
            return rebooted;
        }
    }
}
