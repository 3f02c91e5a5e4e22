using System;
using System.Security.Cryptography;
using NanoPos.Iso8583;
using NanoPos.Security;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Verifies the PIN of field 52: an ISO 9564 format-0 block, 3DES-ECB under the terminal's PIN key, described by
    /// field 53 = "26…" ("2" format 0 / ANSI X9.8 with the PAN, "6" double-length key). The host decrypts it, XORs it with
    /// the PAN block (0000 + the 12 PAN digits left of the check digit), and compares the PIN with the card's.
    /// </summary>
    /// <remarks>
    /// The notes returned say what was wrong without any PIN digit or block byte; the clear block is wiped after use.
    /// </remarks>
    internal static class PinCheck
    {
        /// <summary>The two leading digits field 53 must carry: format 0, double-length PIN key.</summary>
        public const string SecurityControlPrefix = "26";

        /// <summary>Checks field 52 of a request.</summary>
        /// <param name="request">The request (field 52 present).</param>
        /// <param name="pan">The card number, or null.</param>
        /// <param name="keys">The terminal's working keys, or null when it has none.</param>
        /// <param name="expectedPin">The card's PIN.</param>
        /// <returns>Null when the PIN is right; otherwise a note saying why it is refused (55).</returns>
        public static string Check(IsoMessage request, string pan, SecurityKeys keys, string expectedPin)
        {
            byte[] block = request.GetBytes(52);
            string control = request.GetString(53);
            if (control == null || control.Length != 16 || !control.StartsWith(SecurityControlPrefix, StringComparison.Ordinal))
            {
                return "PIN refused: field 53 missing or not \"26…\" (format 0, double-length key)";
            }

            if (keys == null)
            {
                return "PIN refused: the terminal has no working keys (no sign-on since the host started)";
            }

            if (block == null || block.Length != PinCipher.BlockLength)
            {
                return "PIN refused: field 52 is not an 8-byte block";
            }

            if (pan == null || pan.Length < 13 || !IsDigits(pan))
            {
                return "PIN refused: no card number of 13 digits or more to form the PAN block";
            }

            byte[] clear = new byte[PinCipher.BlockLength];
            byte[] entered = new byte[12];
            try
            {
                PinCipher.DecryptFormat0(block, 0, keys.PinKey, clear, 0);

                // PAN block: 0000 then the 12 digits left of the check digit, packed two per byte in bytes 2 to 7.
                string digits = pan.Substring(pan.Length - 13, 12);
                for (int i = 0; i < 6; i++)
                {
                    clear[2 + i] ^= (byte)(((digits[2 * i] - '0') << 4) | (digits[(2 * i) + 1] - '0'));
                }

                int length = Decode(clear, entered);
                if (length < 0)
                {
                    return "PIN refused: the block does not decode to format 0 (wrong key, wrong card number or not format 0)";
                }

                return Matches(entered, length, expectedPin) ? null : "PIN wrong";
            }
            finally
            {
                CryptographicOperations.ZeroMemory(clear);
                CryptographicOperations.ZeroMemory(entered);
            }
        }

        // Reads a clear format-0 PIN field: nibble 0 is 0, nibble 1 the length (4 to 12), then that many decimal digits,
        // then 0xF up to the end. Returns the length, or -1 when the block is not laid out that way.
        private static int Decode(byte[] clear, byte[] digits)
        {
            if ((clear[0] >> 4) != 0)
            {
                return -1;
            }

            int length = clear[0] & 0x0F;
            if (length < 4 || length > 12)
            {
                return -1;
            }

            bool valid = true;
            for (int nibble = 2; nibble < 16; nibble++)
            {
                int value = (nibble & 1) == 0 ? clear[nibble / 2] >> 4 : clear[nibble / 2] & 0x0F;
                if (nibble < 2 + length)
                {
                    valid &= value <= 9;
                    digits[nibble - 2] = (byte)('0' + value);
                }
                else
                {
                    valid &= value == 0x0F;
                }
            }

            return valid ? length : -1;
        }

        private static bool Matches(byte[] entered, int length, string expected)
        {
            byte[] wanted = new byte[entered.Length];
            for (int i = 0; i < expected.Length && i < wanted.Length; i++)
            {
                wanted[i] = (byte)expected[i];
            }

            // Same length and same digits, compared in constant time (a simulator, but the habit costs nothing).
            bool same = CryptographicOperations.FixedTimeEquals(entered.AsSpan(0, length), wanted.AsSpan(0, length));
            CryptographicOperations.ZeroMemory(wanted);
            return same && length == expected.Length;
        }

        private static bool IsDigits(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
