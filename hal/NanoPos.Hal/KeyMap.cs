using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// Maps a position of a 4x4 keypad matrix (row, column) to a logical <see cref="Key"/> and to the label
    /// printed on that key. Hardware-free, so the same map serves the ESP32 scanner, the emulator and tests.
    /// </summary>
    /// <remarks>
    /// The reference membrane (rows top to bottom, columns left to right) is
    /// <c>1 2 3 A / 4 5 6 B / 7 8 9 C / * 0 # D</c> with * = Cancel, # = Enter, A = Menu,
    /// B = Function1, C = Function2 and D = Clear. Other membranes are mapped with the table constructor.
    /// A map never changes after construction.
    /// </remarks>
    public sealed class KeyMap
    {
        /// <summary>The number of rows of the matrix.</summary>
        public const int Rows = 4;

        /// <summary>The number of columns of the matrix.</summary>
        public const int Columns = 4;

        /// <summary>The number of positions of the matrix (Rows x Columns).</summary>
        public const int Positions = Rows * Columns;

        private static readonly KeyMap s_reference = new KeyMap(
            new Key[]
            {
                Key.Digit1, Key.Digit2, Key.Digit3, Key.Menu,
                Key.Digit4, Key.Digit5, Key.Digit6, Key.Function1,
                Key.Digit7, Key.Digit8, Key.Digit9, Key.Function2,
                Key.Cancel, Key.Digit0, Key.Enter, Key.Clear,
            },
            new string[]
            {
                "1", "2", "3", "A",
                "4", "5", "6", "B",
                "7", "8", "9", "C",
                "*", "0", "#", "D",
            });

        private readonly Key[] _keys;
        private readonly string[] _labels;

        /// <summary>
        /// Creates a map for a custom membrane.
        /// </summary>
        /// <param name="keys">16 keys in row-major order (row 0 columns 0..3, then row 1, ...);
        /// <see cref="Key.None"/> marks a position without a key. The array is copied.</param>
        /// <param name="labels">16 printed labels in the same order; null or empty for a position without a label.
        /// The array is copied.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">An array does not have exactly 16 entries.</exception>
        public KeyMap(Key[] keys, string[] labels)
        {
            if (keys == null)
            {
                throw new ArgumentNullException("keys");
            }

            if (labels == null)
            {
                throw new ArgumentNullException("labels");
            }

            if (keys.Length != Positions || labels.Length != Positions)
            {
                throw new ArgumentException("A key map needs exactly 16 keys and 16 labels.");
            }

            // Copies: a caller that later edits its arrays must not change a map the scanner is using.
            _keys = new Key[Positions];
            _labels = StringArray.Create(Positions);
            Array.Copy(keys, _keys, Positions);
            Array.Copy(labels, _labels, Positions);
        }

        /// <summary>Gets the map of the reference 4x4 membrane (see the class remarks).</summary>
        public static KeyMap Reference
        {
            get { return s_reference; }
        }

        /// <summary>
        /// Gets the key at a matrix position.
        /// </summary>
        /// <param name="row">The row, 0 (top) to 3.</param>
        /// <param name="column">The column, 0 (left) to 3.</param>
        /// <returns>The key, or <see cref="Key.None"/> for a position without a key.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The position is outside the 4x4 matrix.</exception>
        public Key GetKey(int row, int column)
        {
            return _keys[IndexOf(row, column)];
        }

        /// <summary>
        /// Gets the label printed on the key at a matrix position.
        /// </summary>
        /// <param name="row">The row, 0 (top) to 3.</param>
        /// <param name="column">The column, 0 (left) to 3.</param>
        /// <returns>The label, or null when the map has none for that position.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The position is outside the 4x4 matrix.</exception>
        public string GetLabel(int row, int column)
        {
            return _labels[IndexOf(row, column)];
        }

        /// <summary>
        /// Gets the label printed on a key, so that on-screen prompts can name the key the user must press
        /// ("press # to confirm") on whatever membrane is fitted.
        /// </summary>
        /// <param name="key">The key to look up.</param>
        /// <returns>The label of the first position holding the key, or null when the membrane has no such key.</returns>
        public string GetLabel(Key key)
        {
            if (key == Key.None)
            {
                return null;
            }

            for (int i = 0; i < Positions; i++)
            {
                if (_keys[i] == key)
                {
                    return _labels[i];
                }
            }

            return null;
        }

        /// <summary>
        /// Gets the digit a key stands for.
        /// </summary>
        /// <param name="key">The key.</param>
        /// <returns>0 to 9 for <see cref="Key.Digit0"/> to <see cref="Key.Digit9"/>, otherwise -1.</returns>
        public static int DigitOf(Key key)
        {
            int value = (int)key - (int)Key.Digit0;
            return value >= 0 && value <= 9 ? value : -1;
        }

        private static int IndexOf(int row, int column)
        {
            if (row < 0 || row >= Rows)
            {
                throw new ArgumentOutOfRangeException("row");
            }

            if (column < 0 || column >= Columns)
            {
                throw new ArgumentOutOfRangeException("column");
            }

            return (row * Columns) + column;
        }
    }
}
