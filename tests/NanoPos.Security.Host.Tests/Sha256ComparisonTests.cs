using System;
using System.Security.Cryptography;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace NanoPos.Security.Host.Tests
{
    /// <summary>
    /// <see cref="Sha256"/>, <see cref="HmacSha256"/>, <see cref="Pbkdf2"/> and <see cref="PinHash"/> against .NET's
    /// SHA256, HMACSHA256 and Rfc2898DeriveBytes.Pbkdf2, byte for byte, over thousands of random inputs. Seeded, so a
    /// failure repeats.
    /// </summary>
    public class Sha256ComparisonTests
    {
        private readonly ITestOutputHelper _output;

        public Sha256ComparisonTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Sha256_matches_dotnet_for_random_messages_fed_in_random_pieces()
        {
            var random = new Random(11);
            var hash = new Sha256();
            byte[] digest = new byte[Sha256.HashLength + 5];
            long bytes = 0;
            for (int n = 0; n < 5000; n++)
            {
                // Lengths around every padding edge (55, 56, 63, 64 bytes ...) turn up often below 300.
                byte[] message = Bytes(random, random.Next(0, 300));
                int at = 0;
                while (at < message.Length)
                {
                    int piece = random.Next(0, message.Length - at + 1);
                    hash.Update(message, at, piece);
                    at += piece;
                }

                int offset = random.Next(0, 6);
                hash.Final(digest, offset);
                byte[] expected = SHA256.HashData(message);
                Assert.True(expected.AsSpan().SequenceEqual(digest.AsSpan(offset, Sha256.HashLength)), "SHA-256 of " + Convert.ToHexString(message));
                bytes += message.Length;
            }

            _output.WriteLine("5000 messages, " + bytes + " bytes hashed");
        }

        [Fact]
        public void Sha256_of_a_long_message_matches_dotnet()
        {
            byte[] message = Bytes(new Random(12), 1_000_003);
            byte[] digest = new byte[Sha256.HashLength];
            Sha256.Hash(message, 0, message.Length, digest, 0);
            Assert.Equal(Convert.ToHexString(SHA256.HashData(message)), Convert.ToHexString(digest));
        }

        [Fact]
        public void Hmac_matches_dotnet_for_random_keys_and_messages()
        {
            var random = new Random(13);
            byte[] mac = new byte[HmacSha256.MacLength];
            for (int n = 0; n < 3000; n++)
            {
                // Keys shorter than, equal to and longer than the 64-byte block (hashed first).
                byte[] key = Bytes(random, random.Next(0, 150));
                var hmac = new HmacSha256(key, 0, key.Length);
                for (int m = 0; m < 2; m++)
                {
                    byte[] message = Bytes(random, random.Next(0, 200));
                    hmac.Compute(message, 0, message.Length, mac, 0);
                    byte[] expected = HMACSHA256.HashData(key, message);
                    Assert.True(expected.AsSpan().SequenceEqual(mac), "HMAC key " + Convert.ToHexString(key) + " message " + Convert.ToHexString(message));
                }
            }
        }

        [Fact]
        public void Pbkdf2_matches_dotnet_for_random_passwords_salts_counts_and_lengths()
        {
            var random = new Random(14);
            long iterations = 0;
            for (int n = 0; n < 2000; n++)
            {
                byte[] password = Bytes(random, random.Next(0, 90));
                byte[] salt = Bytes(random, random.Next(0, 40));
                int count = random.Next(1, 65);
                int length = random.Next(1, 100);
                byte[] derived = new byte[length + 3];
                Pbkdf2.DeriveSha256(password, 0, password.Length, salt, 0, salt.Length, count, derived, 3, length);
                byte[] expected = Rfc2898DeriveBytes.Pbkdf2(password, salt, count, HashAlgorithmName.SHA256, length);
                Assert.True(expected.AsSpan().SequenceEqual(derived.AsSpan(3, length)), "PBKDF2 password " + Convert.ToHexString(password) + " salt " + Convert.ToHexString(salt) + " count " + count);
                iterations += count * (long)((length + 31) / 32);
            }

            _output.WriteLine("2000 derivations, " + iterations + " iterations");
        }

        [Fact]
        public void Pin_hashes_match_dotnet_at_the_default_count_and_check_only_their_own_pin()
        {
            var random = new Random(15);
            for (int n = 0; n < 200; n++)
            {
                string pin = random.Next(0, 100_000_000).ToString().PadLeft(random.Next(4, 9), '0');
                byte[] salt = Bytes(random, PinHash.SaltLength);
                PinHash hash = PinHash.Create(pin.ToCharArray(), 0, pin.Length, salt, 0, PinHash.DefaultIterations);

                byte[] expected = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pin), salt, PinHash.DefaultIterations, HashAlgorithmName.SHA256, PinHash.HashLength);
                string text = hash.ToText();
                Assert.Equal("pbkdf2-sha256$" + PinHash.DefaultIterations + "$" + Convert.ToHexString(salt).ToLowerInvariant() + "$" + Convert.ToHexString(expected).ToLowerInvariant(), text);

                PinHash read = PinHash.Parse(text.ToUpperInvariant().Replace("PBKDF2-SHA256", PinHash.Scheme), out string error);
                Assert.Null(error);
                Assert.True(read.Matches(pin.ToCharArray(), 0, pin.Length));
                string other = (pin[0] == '9' ? "0" : ((char)(pin[0] + 1)).ToString()) + pin.Substring(1);
                Assert.False(read.Matches(other.ToCharArray(), 0, other.Length));
                Assert.False(read.Matches(pin.ToCharArray(), 0, pin.Length - 1));
            }
        }

        private static byte[] Bytes(Random random, int count)
        {
            byte[] bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
