using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>
    /// Single DES against published known-answer vectors: each row encrypts to the published ciphertext and decrypts
    /// back. Every value was also checked against .NET's DES (OpenSSL's for the weak key 0101010101010101, which .NET
    /// refuses) before it was written here.
    /// </summary>
    [TestClass]
    public class DesVectorTests
    {
        // FIPS 46-3 worked example (as in J. Orlin Grabbe, "The DES Algorithm Illustrated"), and the
        // NBS/NIST validation vectors (NBS SP 500-20, NIST SP 800-17 / SP 800-20 Appendix A): variable plaintext
        // (Table A.1, key 01..01), variable key (A.2, plaintext 0), permutation operation (A.3, plaintext 0) and
        // substitution table (A.4).
        [TestMethod]
        [DataRow("133457799BBCDFF1", "0123456789ABCDEF", "85E813540F0AB405")]
        [DataRow("0101010101010101", "8000000000000000", "95F8A5E5DD31D900")]
        [DataRow("0101010101010101", "4000000000000000", "DD7F121CA5015619")]
        [DataRow("0101010101010101", "2000000000000000", "2E8653104F3834EA")]
        [DataRow("0101010101010101", "0000000000000001", "166B40B44ABA4BD6")]
        [DataRow("8001010101010101", "0000000000000000", "95A8D72813DAA94D")]
        [DataRow("4001010101010101", "0000000000000000", "0EEC1487DD8C26D5")]
        [DataRow("2001010101010101", "0000000000000000", "7AD16FFB79C45926")]
        [DataRow("0201010101010101", "0000000000000000", "4615AA1D33E72F10")]
        [DataRow("0101010101010102", "0000000000000000", "869EFD7F9F265A09")]
        [DataRow("1046913489980131", "0000000000000000", "88D55E54F54C97B4")]
        [DataRow("1007103489988020", "0000000000000000", "0C0CC00C83EA48FD")]
        [DataRow("10071034C8980120", "0000000000000000", "83BC8EF3A6570183")]
        [DataRow("1046103489988020", "0000000000000000", "DF725DCAD94EA2E9")]
        [DataRow("7CA110454A1A6E57", "01A1D6D039776742", "690F5B0D9A26939B")]
        [DataRow("0131D9619DC1376E", "5CD54CA83DEF57DA", "7A389D10354BD271")]
        [DataRow("07A1133E4A0B2686", "0248D43806F67172", "868EBB51CAB4599A")]
        [DataRow("3849674C2602319E", "51454B582DDF440A", "7178876E01F19B2A")]
        [DataRow("10316E028C8F3B4A", "0000000000000000", "82DCBAFBDEAB6602")]
        public void Des_matches_published_vector(string key, string plaintext, string ciphertext)
        {
            Assert.AreEqual(ciphertext, SecurityTestSupport.Encrypt(key, plaintext));
            Assert.AreEqual(plaintext, SecurityTestSupport.Decrypt(key, ciphertext));
        }

        [TestMethod]
        public void Parity_bits_do_not_change_the_result()
        {
            // 133457799BBCDFF1 with every byte's low (parity) bit flipped is the same DES key.
            Assert.AreEqual("85E813540F0AB405", SecurityTestSupport.Encrypt("123556789ABDDEF0", "0123456789ABCDEF"));
        }

        [TestMethod]
        public void Key_check_value_of_a_single_key_is_des_of_zeros()
        {
            // DES(0123456789ABCDEF, 0) = D5D44FF720683D0D (checked with .NET's DES).
            Assert.AreEqual("D5D44FF720683D0D", SecurityTestSupport.Encrypt("0123456789ABCDEF", "0000000000000000"));
        }
    }
}
