using System;
using System.Security.Cryptography;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;
using SecurityKeys = NanoPos.Security.WorkingKeys;
using TripleDes = NanoPos.Security.TripleDes;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Sign-on: field 62 carries fresh working keys under the TMK, in the 40-byte CUP layout, with their check values.</summary>
    public class SignOnKeyTests
    {
        [Fact]
        public void TheDemoTmkHasItsPublishedCheckValue()
        {
            var security = new HostSecurity();

            Assert.Equal(HostSecurity.DemoMasterKeyCheckValue, security.MasterKeyCheckValueHex);
            Assert.Equal(Convert.FromHexString(HostSecurity.DemoMasterKeyCheckValue), security.MasterKeyCheckValue);
            Assert.True(security.RequireMac); // as at a real acquirer: a request without a MAC is refused unless told otherwise
        }

        [Fact]
        public void Field62DecryptsUnderTheTmkToA16BytePikAnd8ByteMakWithMatchingCheckValues()
        {
            RequestProcessor host = Host.Processor(requireMac: true);

            IsoMessage answer = host.Process(Requests.SignOn(1)).Response;
            byte[] field62 = answer.GetBytes(62);

            // Checked with .NET's own DES and 3DES, not with the library the simulator used to build it.
            byte[] tmk = HostSecurity.ParseMasterKey(HostSecurity.DemoMasterKeyHex);
            byte[] pik = DecryptEcb(TripleDES.Create(), tmk, field62.AsSpan(0, 16).ToArray());
            byte[] mak = DecryptEcb(TripleDES.Create(), tmk, field62.AsSpan(20, 8).ToArray());
            Assert.Equal(field62.AsSpan(16, 4).ToArray(), CheckValue(TripleDES.Create(), pik));
            Assert.Equal(new byte[8], field62.AsSpan(28, 8).ToArray());
            Assert.Equal(field62.AsSpan(36, 4).ToArray(), CheckValue(DES.Create(), mak));
            Assert.NotEqual(pik.AsSpan(0, 8).ToArray(), pik.AsSpan(8, 8).ToArray()); // a real double-length key
            Assert.All(pik, b => Assert.Equal(1, System.Numerics.BitOperations.PopCount(b) & 1));  // odd parity

            SecurityKeys keys = Secure.Keys(answer);
            Assert.Equal(16, keys.PinKey.KeyLength);
            Assert.Equal(8, keys.MacKey.KeyLength);
            Assert.True(host.Security.HasWorkingKeys(Requests.Terminal));
        }

        [Fact]
        public void AnotherTmkCannotReadTheKeysAndTheCheckValuesSayWhy()
        {
            var host = new RequestProcessor(new Ledger(), new DecisionRules(), new FixedClock(Host.Noon), 7, new HostSecurity(Convert.FromHexString("00112233445566778899AABBCCDDEEFF")));

            byte[] field62 = host.Process(Requests.SignOn(1)).Response.GetBytes(62);

            Assert.Null(SecurityKeys.Parse(field62, 0, field62.Length, Secure.DemoTmk(), out string error));
            Assert.Contains("check value", error);
            Assert.NotNull(SecurityKeys.Parse(field62, 0, field62.Length, new TripleDes(Convert.FromHexString("00112233445566778899AABBCCDDEEFF"), 0, 16), out _));
        }

        [Fact]
        public void ASignOnReplacesTheTerminalsKeysAndItsAnswerCarriesNoMac()
        {
            RequestProcessor host = Host.Processor(requireMac: true);
            SecurityKeys first = Secure.SignOn(host);

            IsoMessage signOn = Requests.SignOn(2);
            byte[] frame = Secure.Frame(signOn, first.MacKey); // a sign-on with a MAC: not checked, not answered with one
            ProcessingResult result = host.Process(Secure.Decode(frame), frame, Secure.MtiOffset, frame.Length - Secure.MtiOffset);
            SecurityKeys second = Secure.Keys(result.Response);

            Assert.Equal(MacCheck.SignOn, result.Mac);
            Assert.False(result.AnswerSigned);

            // The old MAK no longer verifies; the new one does.
            byte[] withOld = Secure.Frame(Requests.Sale(3, 1000), first.MacKey);
            Assert.Equal("A0", host.Process(Secure.Decode(withOld), withOld, Secure.MtiOffset, withOld.Length - Secure.MtiOffset).ResponseCode);
            byte[] withNew = Secure.Frame(Requests.Sale(4, 1000), second.MacKey);
            Assert.Equal("00", host.Process(Secure.Decode(withNew), withNew, Secure.MtiOffset, withNew.Length - Secure.MtiOffset).ResponseCode);
        }

        [Fact]
        public void TheSimulatedAcquirersTmkCanBeSetAndItsCheckValueFollows()
        {
            var acquirer = new SimulatedAcquirer(() => DateTime.UtcNow, 1);
            byte[] tmk = Convert.FromHexString("00112233445566778899AABBCCDDEEFF");

            acquirer.MasterKey = tmk;

            Assert.Equal(tmk, acquirer.MasterKey);
            byte[] expected = new byte[4];
            NanoPos.Security.KeyCheckValue.Compute(tmk, 0, 16, expected, 0);
            Assert.Equal(expected, acquirer.MasterKeyCheckValue);
            Assert.Throws<ArgumentException>(() => acquirer.MasterKey = new byte[8]);
            Assert.Throws<FormatException>(() => HostSecurity.ParseMasterKey("0123"));
        }

        private static byte[] DecryptEcb(SymmetricAlgorithm cipher, byte[] key, byte[] data)
        {
            using (cipher)
            {
                cipher.Key = ThreeKey(key);
                return cipher.DecryptEcb(data, PaddingMode.None);
            }
        }

        private static byte[] CheckValue(SymmetricAlgorithm cipher, byte[] key)
        {
            using (cipher)
            {
                cipher.Key = cipher is TripleDES ? ThreeKey(key) : key;
                return cipher.EncryptEcb(new byte[8], PaddingMode.None).AsSpan(0, 4).ToArray();
            }
        }

        // OpenSSL 3 takes no two-key 3DES: K1 K2 K1 as three keys is the same cipher.
        private static byte[] ThreeKey(byte[] key)
        {
            return key.Length == 16 ? [.. key, .. key.AsSpan(0, 8)] : key;
        }
    }
}
