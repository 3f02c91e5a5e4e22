using System;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// Builds ISO 9564-1 format-0 PIN blocks (ANSI X9.8): the PIN field XOR the PAN field, 8 bytes.
    /// </summary>
    /// <remarks>
    /// PIN field: nibble 0 (the format), nibble N (the PIN length, 4 to 12), the PIN digits, then F to 16 nibbles.
    /// PAN field: four 0 nibbles, then the 12 rightmost digits of the PAN without its check digit. The result is
    /// what field 52 carries; a production terminal encrypts it under the PIN key in a secure PIN pad, which this
    /// reference keypad entry is not (see <see cref="IPinEntry"/>). No allocation.
    /// </remarks>
    public static class PinBlock
    {
        /// <summary>The length of a PIN block in bytes.</summary>
        public const int Length = 8;

        /// <summary>The fewest PIN digits (ISO 9564-1).</summary>
        public const int MinDigits = 4;

        /// <summary>The most PIN digits (ISO 9564-1).</summary>
        public const int MaxDigits = 12;

        /// <summary>Writes the format-0 block of a PIN and a PAN.</summary>
        /// <param name="pinDigits">The PIN digits as values 0 to 9 (not characters).</param>
        /// <param name="pinLength">The number of PIN digits, 4 to 12.</param>
        /// <param name="pan">The card number, 13 to 19 digits.</param>
        /// <param name="block">Receives the 8 bytes.</param>
        /// <param name="offset">Where the block starts in <paramref name="block"/>.</param>
        /// <exception cref="ArgumentException">The PIN length, a PIN digit, the PAN or the buffer is wrong.</exception>
        public static void Format0(byte[] pinDigits, int pinLength, string pan, byte[] block, int offset)
        {
            if (pinDigits == null || pinLength < MinDigits || pinLength > MaxDigits || pinLength > pinDigits.Length)
            {
                throw new ArgumentException("A PIN has 4 to 12 digits.");
            }

            if (pan == null || pan.Length < 13 || pan.Length > 19)
            {
                throw new ArgumentException("The PAN needs 13 to 19 digits.");
            }

            if (block == null || offset < 0 || offset > block.Length - Length)
            {
                throw new ArgumentException("The block needs 8 bytes.");
            }

            // The 12 PAN digits left of the check digit start here.
            int panStart = pan.Length - 13;
            for (int i = 0; i < Length; i++)
            {
                int pinHigh = PinNibble(pinDigits, pinLength, 2 * i);
                int pinLow = PinNibble(pinDigits, pinLength, (2 * i) + 1);
                int panHigh = PanNibble(pan, panStart, 2 * i);
                int panLow = PanNibble(pan, panStart, (2 * i) + 1);
                block[offset + i] = (byte)(((pinHigh ^ panHigh) << 4) | (pinLow ^ panLow));
            }
        }

        private static int PinNibble(byte[] pinDigits, int pinLength, int nibble)
        {
            if (nibble == 0)
            {
                return 0;
            }

            if (nibble == 1)
            {
                return pinLength;
            }

            if (nibble - 2 < pinLength)
            {
                int digit = pinDigits[nibble - 2];
                if (digit > 9)
                {
                    throw new ArgumentException("A PIN digit is 0 to 9.");
                }

                return digit;
            }

            return 0xF;
        }

        private static int PanNibble(string pan, int panStart, int nibble)
        {
            if (nibble < 4)
            {
                return 0;
            }

            int digit = pan[panStart + nibble - 4] - '0';
            if (digit < 0 || digit > 9)
            {
                throw new ArgumentException("The PAN has only digits.");
            }

            return digit;
        }
    }
}
