using System;
using System.Collections;
using System.Reflection;
using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Security;
using NanoPos.Terminal;
using NanoPos.Transactions;
using NanoPos.Ui.Input;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Records;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// ISO 9564 format-0 PIN blocks, encrypted under the PIN key before they leave the PIN entry (field 52, with field 53
    /// naming the format and key); the clear PIN and its clear block are never stored, logged or kept once the encrypted
    /// block exists, and without a PIN key the PIN does not leave at all.
    /// </summary>
    [TestClass]
    public class PinSecurityTests
    {
        private const string Pin = "9753";

        [TestMethod]
        public void Format0_block_of_the_published_vector()
        {
            // PIN 1234, PAN 43219876543210987: PIN field 041234FFFFFFFFFF XOR PAN field 0000987654321098.
            byte[] block = new byte[8];
            PinBlock.Format0(new byte[] { 1, 2, 3, 4 }, 4, "43219876543210987", block, 0);

            Assert.AreEqual("0412AC89ABCDEF67", Hex.ToHex(block, 0, 8));
        }

        [TestMethod]
        public void Format0_block_of_a_16_digit_card_and_a_12_digit_pin()
        {
            byte[] block = new byte[8];
            PinBlock.Format0(new byte[] { 1, 2, 3, 4 }, 4, "4111111111111111", block, 0);
            Assert.AreEqual("041225EEEEEEEEEE", Hex.ToHex(block, 0, 8));

            PinBlock.Format0(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2 }, 12, "4111111111111111", block, 0);
            Assert.AreEqual("0C122547698103EE", Hex.ToHex(block, 0, 8));
        }

        [TestMethod]
        public void Pin_entry_zeroes_its_digits_when_the_block_is_built()
        {
            KeypadPinEntry entry = new KeypadPinEntry(TestKeys.SignedOnKeyRing(new InMemoryRecordStore()));
            entry.Begin(UiRig.Card);
            entry.HandleKey(Key.Digit9);
            entry.HandleKey(Key.Digit7);
            entry.HandleKey(Key.Digit5);
            entry.HandleKey(Key.Digit3);
            Assert.AreEqual(4, entry.DigitCount);

            Assert.AreEqual((int)PinEntryStatus.Done, (int)entry.HandleKey(Key.Enter));

            Assert.AreEqual(0, entry.DigitCount);
            Assert.AreEqual(0, Occurrences(entry, 0));
            byte[] expected = new byte[8];
            PinBlock.Format0(new byte[] { 9, 7, 5, 3 }, 4, UiRig.Card, expected, 0);
            byte[] handed = entry.TakePinBlock();
            Assert.AreNotEqual(Hex.ToHex(expected, 0, 8), Hex.ToHex(handed, 0, 8), "the clear block never leaves the entry");
            Assert.AreEqual(Hex.ToHex(expected, 0, 8), Decrypted(handed), "the block handed over is the format-0 block under the PIK");
            Assert.IsNull(entry.TakePinBlock(), "the block is handed over once");
        }

        [TestMethod]
        public void Too_short_a_pin_is_refused_and_no_pin_is_allowed()
        {
            KeypadPinEntry entry = new KeypadPinEntry(TestKeys.SignedOnKeyRing(new InMemoryRecordStore()));
            entry.Begin(UiRig.Card);
            entry.HandleKey(Key.Digit1);
            Assert.AreEqual((int)PinEntryStatus.Collecting, (int)entry.HandleKey(Key.Enter));
            Assert.IsTrue(entry.HasError);
            Assert.AreEqual((int)MessageId.PinLength, (int)entry.Error);

            entry.HandleKey(Key.Clear);
            Assert.AreEqual((int)PinEntryStatus.Done, (int)entry.HandleKey(Key.Enter));
            Assert.IsNull(entry.TakePinBlock());
        }

        [TestMethod]
        public void Without_a_pin_key_the_pin_is_refused_and_never_handed_over_in_clear()
        {
            KeypadPinEntry entry = new KeypadPinEntry(TestKeys.NewKeyRing(new InMemoryRecordStore()));
            entry.Begin(UiRig.Card);
            entry.HandleKey(Key.Digit9);
            entry.HandleKey(Key.Digit7);
            entry.HandleKey(Key.Digit5);
            entry.HandleKey(Key.Digit3);

            Assert.AreEqual((int)PinEntryStatus.Collecting, (int)entry.HandleKey(Key.Enter), "not done: no key to encrypt with");

            Assert.IsTrue(entry.HasError);
            Assert.AreEqual((int)MessageId.RefusedNotSignedOn, (int)entry.Error);
            Assert.IsNull(entry.TakePinBlock(), "no block, clear or not");
            Assert.AreEqual(0, entry.DigitCount);
            Assert.AreEqual(0, Occurrences(entry, 0), "the digits are zeroed all the same");
        }

        [TestMethod]
        public void After_a_sale_the_pin_is_nowhere_in_the_store_nor_in_the_ui()
        {
            UiRig rig = UiRig.Booted("en");
            rig.SaleUpToPin("12345");
            rig.Press(Pin);
            Assert.IsTrue(Occurrences(rig.Ui, 0) > 0, "the scan sees the PIN while it is typed");
            rig.Press("#");
            Assert.AreEqual("Approved", rig.Row(0));

            IsoMessage request = rig.Host.Last(Mti.FinancialRequest);
            byte[] sent = request.GetBytes(52);
            byte[] expected = new byte[8];
            PinBlock.Format0(new byte[] { 9, 7, 5, 3 }, 4, UiRig.Card, expected, 0);
            Assert.AreNotEqual(Hex.ToHex(expected, 0, 8), Hex.ToHex(sent, 0, 8), "field 52 is not the clear block");
            Assert.AreEqual(Hex.ToHex(expected, 0, 8), Decrypted(sent), "field 52 is the format-0 block 3DES-encrypted under the PIK");
            Assert.AreEqual("2600000000000000", request.GetString(53), "field 53: format 0, double-length PIN key");
            Assert.AreEqual(UiHost.MacValid, (int)rig.Host.MacChecks[rig.Host.Requests.IndexOf(request)], "the sale's MAC verified at the host");

            Assert.AreEqual(0, Occurrences(rig.Ui, 0), "PIN digits reachable from the UI");
            Assert.IsFalse(StoreHolds(rig, new byte[] { (byte)'9', (byte)'7', (byte)'5', (byte)'3' }), "the PIN in ASCII");
            Assert.IsFalse(StoreHolds(rig, new byte[] { 9, 7, 5, 3 }), "the PIN as digit values");
            Assert.IsFalse(StoreHolds(rig, expected), "the clear PIN block");
            Assert.IsFalse(StoreHolds(rig, sent), "the encrypted PIN block");
        }

        [TestMethod]
        public void A_terminal_whose_sign_on_keys_were_refused_takes_no_pin_and_sends_nothing()
        {
            UiRig rig = new UiRig("en");
            rig.Host.Keys.SpoilNextCheckValue(HostKeys.MacKeyCheck);
            rig.Terminal.Boot();
            Assert.IsFalse(rig.Terminal.Engine.Keys.HasWorkingKeys, "the boot's sign-on was refused");
            rig.SaleUpToPin("12345");

            rig.Press(Pin + "#");

            Assert.IsTrue(rig.Flat().IndexOf("Not signed on") >= 0, rig.Flat());
            Assert.AreEqual(0, rig.Host.Count(Mti.FinancialRequest), "nothing sent");
            Assert.AreEqual(0, Occurrences(rig.Ui, 0), "PIN digits reachable from the UI");
        }

        /// <summary>Decrypts a PIN block with the test PIK (as the acquirer does) and gives it in hex.</summary>
        private static string Decrypted(byte[] block)
        {
            byte[] clear = new byte[8];
            PinCipher.DecryptFormat0(block, 0, new HostKeys().PinKey, clear, 0);
            return Hex.ToHex(clear, 0, 8);
        }

        private static bool StoreHolds(UiRig rig, byte[] pattern)
        {
            byte[] buffer = new byte[2048];
            ArrayList names = new ArrayList();
            for (int slot = 0; slot < Journal.DefaultSlotCount; slot++)
            {
                names.Add(Journal.SlotName(slot));
            }

            names.Add(Journal.CheckpointName(0));
            names.Add(Journal.CheckpointName(1));
            names.Add("config");
            names.Add(KeyRing.MasterKeyRecord);
            names.Add(KeyRing.WorkingKeysRecord);
            names.Add(DeviceKeyRecord.RecordName);
            names.Add(BootRecord.RecordName);
            names.Add(TechnicianLock.RecordName);
            foreach (string name in names)
            {
                int length = rig.Store.Read(name, buffer, 0, buffer.Length);
                if (IndexOf(buffer, length, pattern) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Counts the places in the object graph under <paramref name="root"/> that hold the PIN (string, chars, digits).</summary>
        private static int Occurrences(object root, int depth)
        {
            return Walk(root, depth, new ArrayList());
        }

        private static int Walk(object value, int depth, ArrayList seen)
        {
            if (value == null || depth > 12 || value is MonochromeFramebuffer)
            {
                return 0;
            }

            if (value is string)
            {
                return ((string)value).IndexOf(Pin) >= 0 ? 1 : 0;
            }

            Type type = value.GetType();
            if (type.IsValueType || type.IsEnum)
            {
                return 0;
            }

            for (int i = 0; i < seen.Count; i++)
            {
                if (object.ReferenceEquals(seen[i], value))
                {
                    return 0;
                }
            }

            seen.Add(value);
            if (value is byte[])
            {
                byte[] bytes = (byte[])value;
                return IndexOf(bytes, bytes.Length, new byte[] { 9, 7, 5, 3 }) >= 0 || IndexOf(bytes, bytes.Length, new byte[] { (byte)'9', (byte)'7', (byte)'5', (byte)'3' }) >= 0 ? 1 : 0;
            }

            if (value is char[])
            {
                return new string((char[])value).IndexOf(Pin) >= 0 ? 1 : 0;
            }

            int found = 0;
            if (value is IEnumerable)
            {
                foreach (object item in (IEnumerable)value)
                {
                    found += item is DictionaryEntry ? Walk(((DictionaryEntry)item).Key, depth + 1, seen) + Walk(((DictionaryEntry)item).Value, depth + 1, seen) : Walk(item, depth + 1, seen);
                }

                return found;
            }

            for (Type t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                FieldInfo[] fields = t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
                for (int i = 0; i < fields.Length; i++)
                {
                    found += Walk(fields[i].GetValue(value), depth + 1, seen);
                }
            }

            return found;
        }

        private static int IndexOf(byte[] data, int length, byte[] pattern)
        {
            for (int i = 0; i + pattern.Length <= length; i++)
            {
                int j = 0;
                while (j < pattern.Length && data[i + j] == pattern[j])
                {
                    j++;
                }

                if (j == pattern.Length)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
