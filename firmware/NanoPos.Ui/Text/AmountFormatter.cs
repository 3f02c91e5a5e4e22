using System;

namespace NanoPos.Ui.Text
{
    /// <summary>
    /// Turns an amount in minor units into display text, e.g. 123456 into "1,234.56" with 2 decimals.
    /// </summary>
    /// <remarks>
    /// <see cref="Format(long, char[], int)"/> writes into a caller buffer and allocates nothing, so the amount
    /// screen can redraw on every key press. Negative amounts (refunds) get a leading '-'.
    /// </remarks>
    public sealed class AmountFormatter
    {
        /// <summary>A buffer of this many characters holds any formatted amount.</summary>
        public const int MaxLength = 32;

        /// <summary>The thousands separator value that means "no separator".</summary>
        public const char NoSeparator = '\0';

        /// <summary>The most decimals supported.</summary>
        public const int MaxDecimals = 6;

        private readonly int _decimals;
        private readonly char _thousandsSeparator;
        private readonly char _decimalSeparator;
        private readonly ulong _divisor;

        /// <summary>
        /// Creates a formatter with 2 decimals, ',' between thousands and '.' before the decimals.
        /// </summary>
        public AmountFormatter()
            : this(2, ',', '.')
        {
        }

        /// <summary>
        /// Creates a formatter.
        /// </summary>
        /// <param name="decimals">The number of minor-unit digits of the currency, 0 to 6 (2 for most currencies, 0 for JPY).</param>
        /// <param name="thousandsSeparator">The character between groups of three digits, or <see cref="NoSeparator"/>.</param>
        /// <param name="decimalSeparator">The character before the decimals (unused when decimals is 0).</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
        /// <exception cref="ArgumentException">The two separators are the same, which would make amounts ambiguous.</exception>
        public AmountFormatter(int decimals, char thousandsSeparator, char decimalSeparator)
        {
            if (decimals < 0 || decimals > MaxDecimals)
            {
                throw new ArgumentOutOfRangeException("decimals");
            }

            if (thousandsSeparator == decimalSeparator || (decimals > 0 && decimalSeparator == NoSeparator))
            {
                throw new ArgumentException("The decimal separator must be a character different from the thousands separator.");
            }

            _decimals = decimals;
            _thousandsSeparator = thousandsSeparator;
            _decimalSeparator = decimalSeparator;
            _divisor = 1;
            for (int i = 0; i < decimals; i++)
            {
                _divisor *= 10;
            }
        }

        /// <summary>Gets the number of decimals.</summary>
        public int Decimals
        {
            get { return _decimals; }
        }

        /// <summary>Gets the thousands separator, or <see cref="NoSeparator"/>.</summary>
        public char ThousandsSeparator
        {
            get { return _thousandsSeparator; }
        }

        /// <summary>Gets the decimal separator.</summary>
        public char DecimalSeparator
        {
            get { return _decimalSeparator; }
        }

        /// <summary>
        /// Gets the number of characters an amount formats to, e.g. to right-align it on the screen.
        /// </summary>
        /// <param name="minor">The amount in minor units.</param>
        /// <returns>The length in characters, at most <see cref="MaxLength"/>.</returns>
        public int GetLength(long minor)
        {
            ulong whole = Magnitude(minor) / _divisor;
            int wholeDigits = CountDigits(whole);
            int length = wholeDigits;
            if (_thousandsSeparator != NoSeparator)
            {
                length += (wholeDigits - 1) / 3;
            }

            if (_decimals > 0)
            {
                length += 1 + _decimals;
            }

            return minor < 0 ? length + 1 : length;
        }

        /// <summary>
        /// Writes an amount into a caller buffer without allocating.
        /// </summary>
        /// <param name="minor">The amount in minor units.</param>
        /// <param name="destination">The buffer to write into.</param>
        /// <param name="offset">The index of the first character.</param>
        /// <returns>The number of characters written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
        /// <exception cref="ArgumentException">The buffer has no room for the text at <paramref name="offset"/>
        /// (a buffer of <see cref="MaxLength"/> always has).</exception>
        public int Format(long minor, char[] destination, int offset)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            int length = GetLength(minor);
            if (offset < 0 || offset > destination.Length - length)
            {
                throw new ArgumentException("The buffer has no room for " + length + " characters at offset " + offset + ".");
            }

            ulong magnitude = Magnitude(minor);
            ulong whole = magnitude / _divisor;
            ulong fraction = magnitude % _divisor;

            // Written from the right, so no temporary buffer is needed.
            int position = offset + length - 1;
            for (int i = 0; i < _decimals; i++)
            {
                destination[position--] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            if (_decimals > 0)
            {
                destination[position--] = _decimalSeparator;
            }

            int digit = 0;
            do
            {
                if (digit > 0 && (digit % 3) == 0 && _thousandsSeparator != NoSeparator)
                {
                    destination[position--] = _thousandsSeparator;
                }

                destination[position--] = (char)('0' + (int)(whole % 10));
                whole /= 10;
                digit++;
            }
            while (whole != 0);

            if (minor < 0)
            {
                destination[position] = '-';
            }

            return length;
        }

        /// <summary>
        /// Formats an amount as a new string (for receipts, logs and tests; allocates).
        /// </summary>
        /// <param name="minor">The amount in minor units.</param>
        /// <returns>The text, e.g. "1,234.56".</returns>
        public string ToString(long minor)
        {
            char[] text = new char[GetLength(minor)];
            Format(minor, text, 0);
            return new string(text);
        }

        private static ulong Magnitude(long minor)
        {
            // -(long.MinValue) overflows, so negate one step short and add it back in unsigned arithmetic.
            return minor < 0 ? (ulong)(-(minor + 1)) + 1 : (ulong)minor;
        }

        private static int CountDigits(ulong value)
        {
            int digits = 1;
            while (value >= 10)
            {
                value /= 10;
                digits++;
            }

            return digits;
        }
    }
}
