using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>The keypad map: a wrong entry here means the cashier's key does something else.</summary>
    [TestClass]
    public class KeyMapTests
    {
        [TestMethod]
        public void Reference_digits_sit_where_they_are_printed()
        {
            // Rows top to bottom 1 2 3 / 4 5 6 / 7 8 9, and 0 in the middle of the bottom row.
            int[] rows = new int[] { 0, 0, 0, 1, 1, 1, 2, 2, 2, 3 };
            int[] columns = new int[] { 0, 1, 2, 0, 1, 2, 0, 1, 2, 1 };
            int[] digits = new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 0 };
            for (int i = 0; i < digits.Length; i++)
            {
                Key key = KeyMap.Reference.GetKey(rows[i], columns[i]);
                Assert.AreEqual(digits[i], KeyMap.DigitOf(key), "digit at row " + rows[i] + " column " + columns[i]);
                Assert.AreEqual(digits[i].ToString(), KeyMap.Reference.GetLabel(rows[i], columns[i]));
            }
        }

        [DataRow(0, 3, (int)Key.Menu, "A")]
        [DataRow(1, 3, (int)Key.Function1, "B")]
        [DataRow(2, 3, (int)Key.Function2, "C")]
        [DataRow(3, 3, (int)Key.Clear, "D")]
        [DataRow(3, 0, (int)Key.Cancel, "*")]
        [DataRow(3, 2, (int)Key.Enter, "#")]
        public void Reference_function_keys_follow_the_layout(int row, int column, int expectedKey, string expectedLabel)
        {
            Assert.AreEqual(expectedKey, (int)KeyMap.Reference.GetKey(row, column));
            Assert.AreEqual(expectedLabel, KeyMap.Reference.GetLabel(row, column));
        }

        [TestMethod]
        public void Label_of_a_key_names_what_the_cashier_must_press()
        {
            Assert.AreEqual("#", KeyMap.Reference.GetLabel(Key.Enter));
            Assert.AreEqual("*", KeyMap.Reference.GetLabel(Key.Cancel));
            Assert.AreEqual("D", KeyMap.Reference.GetLabel(Key.Clear));
            Assert.IsNull(KeyMap.Reference.GetLabel(Key.None));
        }

        [TestMethod]
        public void Custom_membrane_is_mapped_and_missing_keys_have_no_label()
        {
            Key[] keys = ReferenceKeys();
            string[] labels = ReferenceLabels();

            // A membrane with OK/X printed on it and no Function2 key.
            keys[11] = Key.None;
            labels[11] = null;
            labels[12] = "X";
            labels[14] = "OK";
            KeyMap map = new KeyMap(keys, labels);

            Assert.AreEqual((int)Key.None, (int)map.GetKey(2, 3));
            Assert.IsNull(map.GetLabel(Key.Function2));
            Assert.AreEqual("OK", map.GetLabel(Key.Enter));
            Assert.AreEqual("X", map.GetLabel(3, 0));
        }

        [TestMethod]
        public void Map_does_not_change_when_the_callers_arrays_do()
        {
            Key[] keys = ReferenceKeys();
            string[] labels = ReferenceLabels();
            KeyMap map = new KeyMap(keys, labels);

            keys[0] = Key.Enter;
            labels[0] = "?";

            Assert.AreEqual((int)Key.Digit1, (int)map.GetKey(0, 0));
            Assert.AreEqual("1", map.GetLabel(0, 0));
        }

        [TestMethod]
        public void Table_of_wrong_size_is_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new KeyMap(new Key[12], StringArray.Create(12)));
            Assert.ThrowsException(typeof(ArgumentException), () => new KeyMap(new Key[16], StringArray.Create(15)));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new KeyMap(null, StringArray.Create(16)));
        }

        [TestMethod]
        public void Position_outside_the_matrix_is_refused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => KeyMap.Reference.GetKey(4, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => KeyMap.Reference.GetKey(0, -1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => KeyMap.Reference.GetLabel(-1, 0));
        }

        [TestMethod]
        public void DigitOf_is_minus_one_for_keys_that_are_not_digits()
        {
            Assert.AreEqual(0, KeyMap.DigitOf(Key.Digit0));
            Assert.AreEqual(9, KeyMap.DigitOf(Key.Digit9));
            Assert.AreEqual(-1, KeyMap.DigitOf(Key.Enter));
            Assert.AreEqual(-1, KeyMap.DigitOf(Key.None));
        }

        private static Key[] ReferenceKeys()
        {
            Key[] keys = new Key[KeyMap.Positions];
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                keys[i] = KeyMap.Reference.GetKey(i / KeyMap.Columns, i % KeyMap.Columns);
            }

            return keys;
        }

        private static string[] ReferenceLabels()
        {
            string[] labels = StringArray.Create(KeyMap.Positions);
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                labels[i] = KeyMap.Reference.GetLabel(i / KeyMap.Columns, i % KeyMap.Columns);
            }

            return labels;
        }
    }
}
