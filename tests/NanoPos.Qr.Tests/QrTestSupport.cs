namespace NanoPos.Qr.Tests
{
    /// <summary>Helpers for the QR known-answer tests (no dependency beyond NanoPos.Qr and NanoPos.Hal).</summary>
    public static class QrTestSupport
    {
        /// <summary>Formats bytes as uppercase hex with a space between bytes.</summary>
        public static string ToHex(byte[] bytes)
        {
            const string Digits = "0123456789ABCDEF";
            if (bytes.Length == 0)
            {
                return string.Empty;
            }

            char[] chars = new char[(bytes.Length * 3) - 1];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[3 * i] = Digits[bytes[i] >> 4];
                chars[(3 * i) + 1] = Digits[bytes[i] & 15];
                if (i + 1 < bytes.Length)
                {
                    chars[(3 * i) + 2] = ' ';
                }
            }

            return new string(chars);
        }

        /// <summary>Formats the low <paramref name="count"/> bits of a value as binary digits, most significant first.</summary>
        public static string Bits(int value, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = ((value >> (count - 1 - i)) & 1) != 0 ? '1' : '0';
            }

            return new string(chars);
        }

        /// <summary>Makes a text of one character repeated.</summary>
        public static string Repeat(char c, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = c;
            }

            return new string(chars);
        }
    }
}
