using System;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// The editing logic of the amount screen: the cashier types digits and the amount grows from the right
    /// in minor units (typing 1, 2, 5 gives 125, shown as 1.25 with two decimals), as on card terminals.
    /// </summary>
    /// <remarks>
    /// The value is held as a number, so leading zeros cannot build up: a 0 typed first leaves the amount at 0.
    /// No allocation: safe to call on every key press.
    /// </remarks>
    public sealed class AmountEntry
    {
        /// <summary>The largest maximum: 12 digits, the size of the ISO 8583 amount field (field 4, n12).</summary>
        public const long MaxSupportedMinor = 999999999999;

        private readonly long _maximum;
        private long _value;
        private bool _overflowed;

        /// <summary>
        /// Creates an empty entry (value 0).
        /// </summary>
        /// <param name="maximumMinor">The largest amount the cashier may type, in minor units, 1 to <see cref="MaxSupportedMinor"/>.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumMinor"/> is out of range.</exception>
        public AmountEntry(long maximumMinor)
        {
            if (maximumMinor < 1 || maximumMinor > MaxSupportedMinor)
            {
                throw new ArgumentOutOfRangeException("maximumMinor");
            }

            _maximum = maximumMinor;
        }

        /// <summary>Gets the largest amount that can be typed, in minor units.</summary>
        public long Maximum
        {
            get { return _maximum; }
        }

        /// <summary>Gets the amount typed so far, in minor units.</summary>
        public long Value
        {
            get { return _value; }
        }

        /// <summary>Gets a value indicating whether the amount is 0 (nothing, or only zeros, typed); a sale of 0 must not be confirmed.</summary>
        public bool IsZero
        {
            get { return _value == 0; }
        }

        /// <summary>
        /// Gets a value indicating whether a digit was refused for going beyond <see cref="Maximum"/>: the amount shown is
        /// then not what the cashier typed (a 13th digit, or one beyond the configured maximum), so it must not be
        /// confirmed until <see cref="Clear"/> starts it again.
        /// </summary>
        public bool Overflowed
        {
            get { return _overflowed; }
        }

        /// <summary>
        /// Appends a digit on the right of the amount.
        /// </summary>
        /// <param name="digit">The digit, 0 to 9.</param>
        /// <returns>True when accepted; false when the new amount would exceed <see cref="Maximum"/>, in which case
        /// the amount is unchanged, <see cref="Overflowed"/> is set, and the screen should tell the cashier (beep,
        /// "too many digits").</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="digit"/> is not 0 to 9.</exception>
        public bool AppendDigit(int digit)
        {
            if (digit < 0 || digit > 9)
            {
                throw new ArgumentOutOfRangeException("digit");
            }

            // _value never exceeds 12 digits, so times 10 plus 9 cannot overflow a long.
            long next = (_value * 10) + digit;
            if (next > _maximum || _overflowed)
            {
                _overflowed = true;
                return false;
            }

            _value = next;
            return true;
        }

        /// <summary>
        /// Deletes the last digit typed (the Clear key); after an overflow it clears the whole amount, since the digits
        /// kept are not the amount the cashier meant.
        /// </summary>
        /// <returns>True when something was deleted; false when the amount was already 0.</returns>
        public bool Clear()
        {
            if (_overflowed)
            {
                _overflowed = false;
                _value = 0;
                return true;
            }

            if (_value == 0)
            {
                return false;
            }

            _value /= 10;
            return true;
        }

        /// <summary>
        /// Sets the amount back to 0, for the next sale.
        /// </summary>
        public void Reset()
        {
            _value = 0;
            _overflowed = false;
        }
    }
}
