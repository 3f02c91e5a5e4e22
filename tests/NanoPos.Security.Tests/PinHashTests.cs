using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>
    /// The technician PIN's stored form: PBKDF2-HMAC-SHA256 of the PIN's ASCII bytes with a 16-byte salt, as text
    /// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>; the right PIN matches, nothing else does; malformed text is refused.
    /// </summary>
    [TestClass]
    public class PinHashTests
    {
        // PIN 2468, this salt, 128 iterations: the derived key as .NET's Rfc2898DeriveBytes.Pbkdf2 gives it.
        private const string Salt = "a5b48796e1f0c3d22d3c0f1e69784b5a";
        private const string Known = "pbkdf2-sha256$128$" + Salt + "$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1";

        [TestMethod]
        public void A_pin_hashes_to_the_known_text_and_reads_back()
        {
            PinHash hash = PinHash.Create("2468".ToCharArray(), 0, 4, SecurityTestSupport.Hex(Salt), 0, 128);
            Assert.AreEqual(Known, hash.ToText());
            Assert.AreEqual(128, hash.Iterations);

            string error;
            PinHash read = PinHash.Parse(Known, out error);
            Assert.IsNull(error);
            Assert.AreEqual(Known, read.ToText());
        }

        [TestMethod]
        public void Only_the_hashed_pin_matches()
        {
            string error;
            PinHash hash = PinHash.Parse(Known, out error);
            Assert.IsTrue(hash.Matches("2468".ToCharArray(), 0, 4));
            Assert.IsTrue(hash.Matches("12468".ToCharArray(), 1, 4));
            Assert.IsFalse(hash.Matches("2469".ToCharArray(), 0, 4));
            Assert.IsFalse(hash.Matches("246".ToCharArray(), 0, 3));
            Assert.IsFalse(hash.Matches("24680".ToCharArray(), 0, 5));
            Assert.IsFalse(hash.Matches(new char[] { '2', '4', '6', (char)0x138 }, 0, 4));
            Assert.IsFalse(hash.Matches("2468".ToCharArray(), 0, 0));
            Assert.IsFalse(hash.Matches("2468".ToCharArray(), 1, 4));
            Assert.IsFalse(hash.Matches(null, 0, 4));
        }

        [TestMethod]
        public void The_default_count_is_the_one_a_new_hash_gets_and_each_salt_gives_another_hash()
        {
            byte[] salts = new byte[2 * PinHash.SaltLength];
            salts[PinHash.SaltLength] = 1;
            PinHash first = PinHash.Create("2468".ToCharArray(), 0, 4, salts, 0, PinHash.DefaultIterations);
            PinHash second = PinHash.Create("2468".ToCharArray(), 0, 4, salts, PinHash.SaltLength, PinHash.DefaultIterations);
            Assert.AreEqual(PinHash.DefaultIterations, first.Iterations);
            Assert.AreNotEqual(first.ToText(), second.ToText());
            Assert.IsTrue(first.Matches("2468".ToCharArray(), 0, 4));
            Assert.IsTrue(second.Matches("2468".ToCharArray(), 0, 4));
        }

        [TestMethod]
        public void Upper_case_hex_is_read()
        {
            string error;
            string upper = "pbkdf2-sha256$128$" + Salt.ToUpper() + "$AC9713755DCAB10D28CE80C9A3DD8DE3A697484E5D2094196AD3DFB8E8301FC1";
            Assert.IsTrue(PinHash.Parse(upper, out error).Matches("2468".ToCharArray(), 0, 4));
            Assert.AreEqual(Known, PinHash.Parse(upper, out error).ToText());
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("2468")]
        [DataRow("pbkdf2-sha1$128$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$0$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$-5$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$4097$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$128$a5b48796e1f0c3d22d3c0f1e69784b$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$128$a5b48796e1f0c3d22d3c0f1e69784b5g$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1")]
        [DataRow("pbkdf2-sha256$128$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301f")]
        [DataRow("pbkdf2-sha256$128$a5b48796e1f0c3d22d3c0f1e69784b5a$ac9713755dcab10d28ce80c9a3dd8de3a697484e5d2094196ad3dfb8e8301fc1$")]
        public void Malformed_text_is_refused_with_a_sentence(string text)
        {
            string error;
            Assert.IsNull(PinHash.Parse(text, out error));
            Assert.IsNotNull(error);
            Assert.IsTrue(error.EndsWith("."), error);
        }

        [TestMethod]
        public void Bad_arguments_to_create_are_refused()
        {
            byte[] salt = new byte[PinHash.SaltLength];
            Assert.ThrowsException(typeof(ArgumentNullException), () => PinHash.Create(null, 0, 4, salt, 0, 128));
            Assert.ThrowsException(typeof(ArgumentException), () => PinHash.Create("".ToCharArray(), 0, 0, salt, 0, 128));
            Assert.ThrowsException(typeof(ArgumentException), () => PinHash.Create("12345678901234567".ToCharArray(), 0, 17, salt, 0, 128));
            Assert.ThrowsException(typeof(ArgumentException), () => PinHash.Create("2468".ToCharArray(), 0, 4, new byte[15], 0, 128));
            Assert.ThrowsException(typeof(ArgumentException), () => PinHash.Create("2468".ToCharArray(), 0, 4, salt, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => PinHash.Create("2468".ToCharArray(), 0, 4, salt, 0, PinHash.MaxIterations + 1));
            Assert.ThrowsException(typeof(ArgumentException), () => PinHash.Create(new char[] { '2', (char)0x4E2D }, 0, 2, salt, 0, 128));
        }
    }
}
