using System;

namespace NanoPos.Security.Tests
{
    /// <summary>Hex conversions for the vectors (the tests take no dependency beyond NanoPos.Security).</summary>
    public static class SecurityTestSupport
    {
        /// <summary>Parses hex digits (either case); spaces are skipped so vectors can be grouped as published.</summary>
        public static byte[] Hex(string hex)
        {
            char[] text = hex.ToCharArray();
            int length = text.Length;
            int digits = 0;
            for (int i = 0; i < length; i++)
            {
                if (text[i] != ' ')
                {
                    digits++;
                }
            }

            byte[] bytes = new byte[digits / 2];
            int n = 0;
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                if (c == ' ')
                {
                    continue;
                }

                int value = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                if ((n & 1) == 0)
                {
                    bytes[n / 2] = (byte)(value << 4);
                }
                else
                {
                    bytes[n / 2] |= (byte)value;
                }

                n++;
            }

            return bytes;
        }

        /// <summary>Formats bytes as uppercase hex.</summary>
        public static string ToHex(byte[] bytes, int offset, int count)
        {
            const string Digits = "0123456789ABCDEF";
            char[] chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                chars[2 * i] = Digits[bytes[offset + i] >> 4];
                chars[(2 * i) + 1] = Digits[bytes[offset + i] & 15];
            }

            return new string(chars);
        }

        /// <summary>Formats a whole array as uppercase hex.</summary>
        public static string ToHex(byte[] bytes)
        {
            return ToHex(bytes, 0, bytes.Length);
        }

        /// <summary>Creates a cipher from a hex key.</summary>
        public static TripleDes Cipher(string keyHex)
        {
            byte[] key = Hex(keyHex);
            return new TripleDes(key, 0, key.Length);
        }

        /// <summary>Encrypts one block given in hex and returns the ciphertext in hex.</summary>
        public static string Encrypt(string keyHex, string blockHex)
        {
            byte[] block = Hex(blockHex);
            Cipher(keyHex).EncryptBlock(block, 0, block, 0);
            return ToHex(block);
        }

        /// <summary>Decrypts one block given in hex and returns the plaintext in hex.</summary>
        public static string Decrypt(string keyHex, string blockHex)
        {
            byte[] block = Hex(blockHex);
            Cipher(keyHex).DecryptBlock(block, 0, block, 0);
            return ToHex(block);
        }

        /// <summary>Returns the ASCII bytes of a text of ASCII characters.</summary>
        public static byte[] Ascii(string text)
        {
            char[] chars = text.ToCharArray();
            byte[] bytes = new byte[chars.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                bytes[i] = (byte)chars[i];
            }

            return bytes;
        }

        /// <summary>Returns a copy of a range.</summary>
        public static byte[] Copy(byte[] source, int offset, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(source, offset, copy, 0, count);
            return copy;
        }
    }
}
