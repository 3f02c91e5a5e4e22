using nanoFramework.TestFramework;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The keys at rest: stored only wrapped under the device key, they survive a reboot; a record with one bit changed,
    /// or read with another device's key, is refused and never used; no key is anywhere in the store in clear.
    /// </summary>
    [TestClass]
    public class KeyRingTests
    {
        [TestMethod]
        public void Keys_survive_a_reboot_and_the_terminal_pays_without_signing_on_again()
        {
            var rig = new EngineRig();
            int signOns = rig.Host.Count(Mti.NetworkRequest);

            EngineRig after = rig.Reboot();

            Assert.IsNull(after.Engine.KeysError);
            Assert.IsTrue(after.Keys.HasMasterKey, "the TMK");
            Assert.IsTrue(after.Keys.HasWorkingKeys, "the working keys");
            TransactionResult sale = after.Engine.Sale(12500, EngineRig.Card());
            EngineRig.Expect(TransactionOutcome.Approved, sale, "a sale after the reboot");
            Assert.AreEqual(signOns, rig.Host.Count(Mti.NetworkRequest), "no new sign-on");
            Assert.AreEqual(ScriptedHost.MacValid, rig.Host.MacOf(Mti.FinancialRequest, 0), "MACed with the stored MAK");
        }

        [DataRow(KeyRing.MasterKeyRecord)]
        [DataRow(KeyRing.WorkingKeysRecord)]
        public void A_stored_key_record_with_one_bit_changed_is_refused(string record)
        {
            var rig = new EngineRig();
            byte[] bytes = new byte[256];
            int length = rig.Store.Read(record, bytes, 0, bytes.Length);
            Assert.IsTrue(length > 0, record + " is stored");

            // One bit in each byte (a different bit position from byte to byte), written back as a tamperer, or a store
            // without its own check, would leave it.
            for (int i = 0; i < length; i++)
            {
                byte mask = (byte)(1 << (i % 8));
                bytes[i] ^= mask;
                rig.Store.Write(record, bytes, 0, length);
                KeyRing keys = TestKeys.NewKeyRing(rig.Store);

                string error = keys.Load();

                Assert.IsNotNull(error, record + ": byte " + i + " changed, yet loaded without an error");
                Assert.IsFalse(record == KeyRing.MasterKeyRecord ? keys.HasMasterKey : keys.HasWorkingKeys, record + ": byte " + i + " changed, yet the key is loaded");
                bytes[i] ^= mask;
            }

            rig.Store.Write(record, bytes, 0, length);
            KeyRing intact = TestKeys.NewKeyRing(rig.Store);
            Assert.IsNull(intact.Load(), "the record put back loads again");
            Assert.IsTrue(intact.HasMasterKey && intact.HasWorkingKeys);
        }

        [DataRow(KeyRing.MasterKeyRecord)]
        [DataRow(KeyRing.WorkingKeysRecord)]
        public void A_key_record_the_flash_damaged_is_refused(string record)
        {
            var rig = new EngineRig();
            Assert.IsTrue(rig.Store.FlipBit(record, 77), record + " is stored");
            KeyRing keys = TestKeys.NewKeyRing(rig.Store);

            string error = keys.Load();

            Assert.IsNotNull(error, record + ": a record the store cannot read is reported");
            Assert.IsFalse(record == KeyRing.MasterKeyRecord ? keys.HasMasterKey : keys.HasWorkingKeys, record + " is not loaded");
        }

        [TestMethod]
        public void Damaged_working_keys_are_never_used_the_terminal_signs_on_again()
        {
            var rig = new EngineRig();
            byte[] bytes = new byte[256];
            int length = rig.Store.Read(KeyRing.WorkingKeysRecord, bytes, 0, bytes.Length);
            bytes[length / 2] ^= 0x10;
            rig.Store.Write(KeyRing.WorkingKeysRecord, bytes, 0, length);
            int requests = rig.Host.Requests.Count;

            EngineRig after = rig.Reboot();

            Assert.IsNotNull(after.Engine.KeysError, "the boot says why");
            Assert.IsFalse(after.Keys.HasWorkingKeys);
            Assert.AreEqual((int)RefusalKind.NotSignedOn, (int)after.Engine.Sale(12500, EngineRig.Card()).Refusal);
            Assert.AreEqual(requests, rig.Host.Requests.Count, "nothing sent with damaged keys");
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.SignOn(), "a sign-on brings keys again");
            EngineRig.Expect(TransactionOutcome.Approved, after.Engine.Sale(12500, EngineRig.Card()), "and the terminal pays");
        }

        [TestMethod]
        public void A_damaged_master_key_is_never_used_for_a_sign_on()
        {
            var rig = new EngineRig();
            byte[] bytes = new byte[256];
            int length = rig.Store.Read(KeyRing.MasterKeyRecord, bytes, 0, bytes.Length);
            bytes[3] ^= 0x80;
            rig.Store.Write(KeyRing.MasterKeyRecord, bytes, 0, length);
            int requests = rig.Host.Requests.Count;

            EngineRig after = rig.Reboot();

            Assert.IsNotNull(after.Engine.KeysError);
            Assert.IsFalse(after.Keys.HasMasterKey);
            Assert.AreEqual((int)RefusalKind.KeysRefused, (int)after.Engine.SignOn().Refusal);
            Assert.AreEqual(requests, rig.Host.Requests.Count, "no sign-on sent without a TMK");
        }

        [TestMethod]
        public void Another_device_key_cannot_unwrap_the_stored_keys()
        {
            var rig = new EngineRig();
            var other = new KeyRing(rig.Store, Hex.Parse(TestKeys.OtherDeviceKeyHex), 0);

            string error = other.Load();

            Assert.IsNotNull(error);
            Assert.IsFalse(other.HasMasterKey);
            Assert.IsFalse(other.HasWorkingKeys);
            Assert.IsNull(TestKeys.NewKeyRing(rig.Store).Load(), "the terminal's own device key still does");
        }

        [TestMethod]
        public void No_key_is_in_the_store_in_clear()
        {
            var rig = new EngineRig();
            CardData card = EngineRig.Card();
            card.PinBlock = new byte[8];
            rig.Keys.EncryptPinBlock(Hex.Parse("041225EEEEEEEEEE"), 0, card.PinBlock, 0);
            EngineRig.Expect(TransactionOutcome.Approved, rig.Engine.Sale(12500, card), "a sale with a PIN");
            rig.Host.ReversalsAnswered = false;
            rig.Host.Then(ScriptedHost.Silent, "00");
            EngineRig.Expect(TransactionOutcome.ReversalPending, rig.Engine.Sale(4400, card), "an intent stays stored");

            string[] keys = new string[]
            {
                TestKeys.MasterKeyHex, TestKeys.MasterComponent1Hex, TestKeys.MasterComponent2Hex, TestKeys.PinKeyHex,
                TestKeys.MacKeyHex, TestKeys.DeviceKeyHex,
            };
            for (int k = 0; k < keys.Length; k++)
            {
                byte[] key = Hex.Parse(keys[k]);
                for (int half = 0; half < key.Length; half += 8)
                {
                    byte[] part = new byte[8];
                    System.Array.Copy(key, half, part, 0, 8);
                    Assert.IsFalse(rig.StoreContains(part), keys[k] + " bytes " + half + " to " + (half + 7) + " in clear");
                    Assert.IsFalse(rig.StoreContains(Ascii(Hex.ToHex(part))), keys[k] + " as hex text");
                }
            }

            Assert.IsTrue(rig.StoreContains(Ascii("622202*********0123")), "the scan works: the masked PAN is there");
            Assert.IsTrue(rig.Store.Exists(KeyRing.MasterKeyRecord) && rig.Store.Exists(KeyRing.WorkingKeysRecord), "the keys are stored, wrapped");
        }

        private static byte[] Ascii(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
