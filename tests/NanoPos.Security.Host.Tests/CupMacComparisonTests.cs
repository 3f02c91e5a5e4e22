using System;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace NanoPos.Security.Host.Tests
{
    /// <summary>
    /// <see cref="CupMac"/> against an independent implementation written here from the published steps, with
    /// .NET's DES / TripleDES and strings, over random MABs (0 to 300 bytes) and random single and double MAKs.
    /// </summary>
    public class CupMacComparisonTests
    {
        private const int Cases = 3000;

        [Fact]
        public void Mac_matches_an_independent_implementation()
        {
            var random = new Random(7);
            int compared = 0;
            while (compared < Cases)
            {
                byte[] mak = TripleDesComparisonTests.Bytes(random, random.Next(2) == 0 ? 8 : 16);
                if (DotNetDes.Refuses(mak))
                {
                    continue;
                }

                byte[] mab = TripleDesComparisonTests.Bytes(random, random.Next(0, 301));
                byte[] expected = Reference(mab, mak);
                byte[] mac = new byte[8];
                var key = new TripleDes(mak, 0, mak.Length);
                CupMac.Compute(mab, 0, mab.Length, key, mac, 0);
                Assert.Equal(Encoding.ASCII.GetString(expected), Encoding.ASCII.GetString(mac));
                Assert.True(CupMac.Verify(mab, 0, mab.Length, key, expected, 0));
                compared++;
            }
        }

        // The steps as the public descriptions give them: XOR the 8-byte blocks (last one zero-padded), 16 uppercase
        // hex characters, encrypt the first 8, XOR with the last 8, encrypt, first 8 of the result's hex.
        private static byte[] Reference(byte[] mab, byte[] mak)
        {
            byte[] xor = new byte[8];
            for (int i = 0; i < mab.Length; i++)
            {
                xor[i % 8] ^= mab[i];
            }

            string hex = Convert.ToHexString(xor);
            byte[] first = Encoding.ASCII.GetBytes(hex.Substring(0, 8));
            byte[] last = Encoding.ASCII.GetBytes(hex.Substring(8, 8));
            byte[] step = DotNetDes.EncryptEcb(mak, first);
            for (int i = 0; i < 8; i++)
            {
                step[i] ^= last[i];
            }

            step = DotNetDes.EncryptEcb(mak, step);
            return Encoding.ASCII.GetBytes(Convert.ToHexString(step).Substring(0, 8));
        }
    }
}
