using System;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The Reed-Solomon code the journal protects its records with (and QR codes use): checked against the published QR
    /// values, then on damaged codewords of every size.
    /// </summary>
    [TestClass]
    public class ReedSolomonTests
    {
        [TestMethod]
        public void Generator_with_ten_parity_bytes_is_the_one_qr_codes_publish()
        {
            // ISO/IEC 18004 Annex A, 10 error correction codewords, as powers of alpha.
            int[] logs = new int[] { 0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45 };
            byte[] generator = new ReedSolomon(10).Generator();

            Assert.AreEqual(logs.Length, generator.Length);
            for (int i = 0; i < logs.Length; i++)
            {
                Assert.AreEqual(logs[i], GaloisField256.Log(generator[i]), "coefficient " + i.ToString());
            }
        }

        [TestMethod]
        public void Parity_of_the_hello_world_qr_example_matches()
        {
            // "HELLO WORLD" as QR version 1-M data codewords, and the 10 error correction codewords the standard's example gives.
            byte[] data = new byte[] { 32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17 };
            byte[] expected = new byte[] { 196, 35, 39, 119, 235, 215, 231, 226, 93, 23 };
            byte[] parity = new byte[10];

            new ReedSolomon(10).Encode(data, 0, data.Length, parity, 0);

            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], parity[i], "parity byte " + i.ToString());
            }
        }

        [TestMethod]
        public void Up_to_half_the_parity_in_damaged_bytes_is_corrected_at_any_length()
        {
            var code = new ReedSolomon(8);
            uint seed = 2024;
            int[] lengths = new int[] { 9, 20, 64, 130, 200, 255 };
            for (int l = 0; l < lengths.Length; l++)
            {
                int length = lengths[l];
                byte[] original = new byte[length];
                for (int i = 0; i < length - 8; i++)
                {
                    seed = Next(seed);
                    original[i] = (byte)(seed >> 16);
                }

                code.Encode(original, 0, length - 8, original, length - 8);
                Assert.AreEqual(0, code.Decode(Copy(original), 0, length), "an intact codeword needs no correction");
                for (int trial = 0; trial < 12; trial++)
                {
                    byte[] word = Copy(original);
                    int errors = 1 + (trial % 4);
                    int distinct = 0;
                    for (int k = 0; k < errors; k++)
                    {
                        seed = Next(seed);
                        int at = (int)((seed >> 8) % (uint)length);
                        distinct += word[at] == original[at] ? 1 : 0;
                        word[at] = (byte)(original[at] ^ (1 + ((seed >> 20) % 255)));
                    }

                    int corrected = code.Decode(word, 0, length);

                    Assert.AreEqual(distinct, corrected, "length " + length.ToString() + ", trial " + trial.ToString());
                    for (int i = 0; i < length; i++)
                    {
                        Assert.AreEqual(original[i], word[i], "length " + length.ToString() + ", byte " + i.ToString());
                    }
                }
            }
        }

        [TestMethod]
        public void A_word_it_cannot_correct_is_left_as_it_was_read()
        {
            var code = new ReedSolomon(4);
            byte[] word = new byte[30];
            for (int i = 0; i < 26; i++)
            {
                word[i] = (byte)(i * 7);
            }

            code.Encode(word, 0, 26, word, 26);
            word[1] ^= 0x11;
            word[9] ^= 0x22;
            word[17] ^= 0x44;
            byte[] asRead = Copy(word);

            int result = code.Decode(word, 0, word.Length);

            if (result < 0)
            {
                for (int i = 0; i < word.Length; i++)
                {
                    Assert.AreEqual(asRead[i], word[i], "byte " + i.ToString() + " changed although the decode failed");
                }
            }
            else
            {
                Assert.IsTrue(result <= 2, "a code with 4 parity bytes never claims more than 2 corrections");
            }
        }

        [TestMethod]
        public void Odd_or_out_of_range_parity_and_oversized_words_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new ReedSolomon(7));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new ReedSolomon(0));
            Assert.ThrowsException(typeof(ArgumentException), () => GaloisField256.Divide(5, 0));
            var code = new ReedSolomon(8);
            Assert.ThrowsException(typeof(ArgumentException), () => code.Encode(new byte[300], 0, 248, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => code.Decode(new byte[300], 0, 256));
            Assert.ThrowsException(typeof(ArgumentException), () => code.Decode(new byte[8], 0, 8));
        }

        [TestMethod]
        public void Field_arithmetic_round_trips()
        {
            for (int a = 1; a < 256; a++)
            {
                Assert.AreEqual(1, (int)GaloisField256.Multiply(a, GaloisField256.Inverse(a)), "inverse of " + a.ToString());
                Assert.AreEqual(a, (int)GaloisField256.Exp(GaloisField256.Log(a)));
                Assert.AreEqual(a, (int)GaloisField256.Divide(GaloisField256.Multiply(a, 29), 29));
            }

            Assert.AreEqual(0, (int)GaloisField256.Multiply(0, 200));
        }

        private static uint Next(uint seed)
        {
            return (seed * 1103515245) + 12345;
        }

        private static byte[] Copy(byte[] source)
        {
            byte[] copy = new byte[source.Length];
            Array.Copy(source, copy, source.Length);
            return copy;
        }
    }
}
