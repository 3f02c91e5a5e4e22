namespace NanoPos.Ui.Input
{
    /// <summary>The Luhn (mod 10) check of card numbers (ISO/IEC 7812-1), for the keyed card reader.</summary>
    public static class Luhn
    {
        /// <summary>Checks a card number's check digit.</summary>
        /// <param name="digits">The digits '0' to '9'.</param>
        /// <param name="length">How many of them form the number (the rest of the buffer is ignored).</param>
        /// <returns>True when the length is at least 2, every character is a digit and the Luhn sum is a multiple of 10.</returns>
        public static bool IsValid(char[] digits, int length)
        {
            if (digits == null || length < 2 || length > digits.Length)
            {
                return false;
            }

            int sum = 0;
            bool doubleIt = false;
            for (int i = length - 1; i >= 0; i--)
            {
                int d = digits[i] - '0';
                if (d < 0 || d > 9)
                {
                    return false;
                }

                if (doubleIt)
                {
                    d *= 2;
                    d = d > 9 ? d - 9 : d;
                }

                sum += d;
                doubleIt = !doubleIt;
            }

            return sum % 10 == 0;
        }

        /// <summary>Checks a card number given as a string.</summary>
        /// <param name="number">The number, digits only.</param>
        /// <returns>True when it passes the check (see <see cref="IsValid(char[], int)"/>).</returns>
        public static bool IsValid(string number)
        {
            return number != null && IsValid(number.ToCharArray(), number.Length);
        }
    }
}
