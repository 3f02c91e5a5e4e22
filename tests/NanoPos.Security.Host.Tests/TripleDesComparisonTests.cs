using System;
using Xunit;
using Xunit.Abstractions;

namespace NanoPos.Security.Host.Tests
{
    /// <summary>
    /// <see cref="TripleDes"/> against .NET's DES / TripleDES, byte for byte, over thousands of random keys and
    /// blocks of each key length, in ECB and CBC (no padding), both directions. Seeded, so a failure repeats.
    /// </summary>
    public class TripleDesComparisonTests
    {
        private const int KeysPerLength = 3000;
        private const int MaxBlocks = 8;

        private readonly ITestOutputHelper _output;

        public TripleDesComparisonTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(8, 1)]
        [InlineData(16, 2)]
        [InlineData(24, 3)]
        public void Ecb_and_cbc_match_dotnet_for_random_keys_and_blocks(int keyLength, int seed)
        {
            var random = new Random(seed);
            int keys = 0;
            int skipped = 0;
            long blocks = 0;
            while (keys < KeysPerLength)
            {
                byte[] key = Bytes(random, keyLength);
                if (DotNetDes.Refuses(key))
                {
                    skipped++;
                    continue;
                }

                int count = 8 * random.Next(1, MaxBlocks + 1);
                byte[] data = Bytes(random, count);
                byte[] iv = Bytes(random, 8);
                var cipher = new TripleDes(key, 0, keyLength);
                byte[] output = new byte[count];

                byte[] expected = DotNetDes.EncryptEcb(key, data);
                cipher.EncryptEcb(data, 0, count, output, 0);
                Assert.True(expected.AsSpan().SequenceEqual(output), Describe("ECB encrypt", key, data));
                cipher.DecryptEcb(expected, 0, count, output, 0);
                Assert.True(data.AsSpan().SequenceEqual(output), Describe("ECB decrypt", key, expected));

                expected = DotNetDes.EncryptCbc(key, iv, data);
                cipher.EncryptCbc(iv, 0, data, 0, count, output, 0);
                Assert.True(expected.AsSpan().SequenceEqual(output), Describe("CBC encrypt", key, data));
                cipher.DecryptCbc(iv, 0, expected, 0, count, output, 0);
                Assert.True(data.AsSpan().SequenceEqual(output), Describe("CBC decrypt", key, expected));

                // A random ciphertext decrypts as .NET decrypts it (not only our own round trip).
                byte[] random8 = Bytes(random, 8);
                cipher.DecryptBlock(random8, 0, output, 0);
                Assert.True(DotNetDes.DecryptEcb(key, random8).AsSpan().SequenceEqual(output.AsSpan(0, 8)), Describe("block decrypt", key, random8));

                keys++;
                blocks += (4 * (count / 8)) + 1;
            }

            _output.WriteLine(keyLength + "-byte keys: " + keys + " keys, " + blocks + " blocks compared, " + skipped + " keys skipped");
            Assert.Equal(KeysPerLength, keys);
            Assert.True(blocks >= 4 * KeysPerLength);

            // Weak keys are rare among random ones; K1 = K2 never happens by chance.
            Assert.True(skipped < 10, skipped + " keys skipped");
        }

        [Fact]
        public void Key_check_values_match_dotnet()
        {
            var random = new Random(4);
            for (int i = 0; i < 1000; i++)
            {
                int length = 8 * (1 + (i % 3));
                byte[] key = Bytes(random, length);
                if (DotNetDes.Refuses(key))
                {
                    continue;
                }

                byte[] kcv = new byte[4];
                KeyCheckValue.Compute(key, 0, length, kcv, 0);
                byte[] expected = DotNetDes.EncryptEcb(key, new byte[8]);
                Assert.True(expected.AsSpan(0, 4).SequenceEqual(kcv));
            }
        }

        [Fact]
        public void Weak_keys_that_dotnet_refuses_still_match_the_published_vectors()
        {
            // 0101010101010101 is a weak key: .NET refuses it, DES does not (SP 800-20 Table A.1, checked with OpenSSL).
            byte[] key = Convert.FromHexString("0101010101010101");
            Assert.True(DotNetDes.Refuses(key));
            byte[] block = Convert.FromHexString("8000000000000000");
            new TripleDes(key, 0, 8).EncryptBlock(block, 0, block, 0);
            Assert.Equal("95F8A5E5DD31D900", Convert.ToHexString(block));
        }

        internal static byte[] Bytes(Random random, int count)
        {
            byte[] bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }

        private static string Describe(string what, byte[] key, byte[] input)
        {
            return what + " differs for key " + Convert.ToHexString(key) + ", input " + Convert.ToHexString(input);
        }
    }
}
