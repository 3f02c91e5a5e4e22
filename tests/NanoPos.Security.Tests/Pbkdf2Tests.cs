using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>
    /// PBKDF2-HMAC-SHA256 against published vectors: RFC 7914 section 11 (P "passwd", S "salt", c 1, 64 bytes: two
    /// output blocks) and the widely published "password" / "salt" vectors at 1, 2 and 4096 iterations (each also as
    /// .NET's Rfc2898DeriveBytes.Pbkdf2 gives it).
    /// </summary>
    [TestClass]
    public class Pbkdf2Tests
    {
        [TestMethod]
        public void Rfc7914_vector_with_two_output_blocks()
        {
            Assert.AreEqual("55AC046E56E3089FEC1691C22544B605F94185216DDE0465E68B9D57C20DACBC49CA9CCCF179B645991664B39D77EF317C71B845B1E30BD509112041D3A19783",
                Derive("passwd", "salt", 1, 64));
        }

        [TestMethod]
        [DataRow(1, "120FB6CFFCF8B32C43E7225256C4F837A86548C92CCC35480805987CB70BE17B")]
        [DataRow(2, "AE4D0C95AF6B46D32D0ADFF928F06DD02A303F8EF3C251DFD6E2D85A95474C43")]
        [DataRow(4096, "C5E478D59288C841AA530DB6845C4C8D962893A001CE4E11A4963873AA98134A")]
        public void Password_salt_vectors(int iterations, string expected)
        {
            Assert.AreEqual(expected, Derive("password", "salt", iterations, 32));
        }

        [TestMethod]
        public void A_shorter_output_is_a_prefix_and_offsets_are_honoured()
        {
            byte[] password = SecurityTestSupport.Ascii("xxpasswd");
            byte[] salt = SecurityTestSupport.Ascii("-salt-");
            byte[] output = new byte[45];
            Pbkdf2.DeriveSha256(password, 2, 6, salt, 1, 4, 1, output, 5, 40);
            Assert.AreEqual("55AC046E56E3089FEC1691C22544B605F94185216DDE0465E68B9D57C20DACBC49CA9CCCF179B645", SecurityTestSupport.ToHex(output, 5, 40));
            Assert.AreEqual("0000000000", SecurityTestSupport.ToHex(output, 0, 5));
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            byte[] b = new byte[8];
            Assert.ThrowsException(typeof(ArgumentException), () => Pbkdf2.DeriveSha256(b, 0, 8, b, 0, 8, 0, new byte[32], 0, 32));
            Assert.ThrowsException(typeof(ArgumentException), () => Pbkdf2.DeriveSha256(b, 0, 8, b, 0, 8, 1, new byte[32], 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => Pbkdf2.DeriveSha256(b, 0, 9, b, 0, 8, 1, new byte[32], 0, 32));
            Assert.ThrowsException(typeof(ArgumentException), () => Pbkdf2.DeriveSha256(b, 0, 8, b, 0, 8, 1, new byte[32], 1, 32));
            Assert.ThrowsException(typeof(ArgumentNullException), () => Pbkdf2.DeriveSha256(null, 0, 0, b, 0, 8, 1, new byte[32], 0, 32));
            Assert.ThrowsException(typeof(ArgumentNullException), () => Pbkdf2.DeriveSha256(b, 0, 8, null, 0, 0, 1, new byte[32], 0, 32));
        }

        private static string Derive(string password, string salt, int iterations, int length)
        {
            byte[] p = SecurityTestSupport.Ascii(password);
            byte[] s = SecurityTestSupport.Ascii(salt);
            byte[] output = new byte[length];
            Pbkdf2.DeriveSha256(p, 0, p.Length, s, 0, s.Length, iterations, output, 0, length);
            return SecurityTestSupport.ToHex(output);
        }
    }
}
