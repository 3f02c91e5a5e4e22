using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>SHA-256 against the published FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values").</summary>
    [TestClass]
    public class Sha256Tests
    {
        [TestMethod]
        [DataRow("", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
        [DataRow("abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
        [DataRow("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1")]
        [DataRow("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", "CF5B16A778AF8380036CE59E7B0492370B249B11E8F07A51AFAC45037AFEE9D1")]
        public void Published_examples_hash_to_their_digests(string message, string digest)
        {
            byte[] data = SecurityTestSupport.Ascii(message);
            byte[] output = new byte[Sha256.HashLength];
            Sha256.Hash(data, 0, data.Length, output, 0);
            Assert.AreEqual(digest, SecurityTestSupport.ToHex(output));
        }

        [TestMethod]
        public void One_million_a_in_pieces_hashes_to_the_published_digest()
        {
            // FIPS 180-4's long example, fed 1000 bytes at a time (a board has no room for a 1 MB array).
            byte[] thousand = new byte[1000];
            for (int i = 0; i < thousand.Length; i++)
            {
                thousand[i] = (byte)'a';
            }

            Sha256 hash = new Sha256();
            for (int i = 0; i < 1000; i++)
            {
                hash.Update(thousand, 0, thousand.Length);
            }

            byte[] output = new byte[Sha256.HashLength];
            hash.Final(output, 0);
            Assert.AreEqual("CDC76E5C9914FB9281A1C7E284D73E67F1809A48A497200E046D39CCC7112CD0", SecurityTestSupport.ToHex(output));
        }

        [TestMethod]
        public void Any_split_of_a_message_gives_the_same_digest_and_final_starts_a_new_message()
        {
            byte[] data = SecurityTestSupport.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
            Sha256 hash = new Sha256();
            byte[] output = new byte[Sha256.HashLength + 3];
            for (int split = 0; split <= data.Length; split += 7)
            {
                hash.Update(data, 0, split);
                hash.Update(data, split, 0);
                hash.Update(data, split, data.Length - split);
                hash.Final(output, 3);
                Assert.AreEqual("CF5B16A778AF8380036CE59E7B0492370B249B11E8F07A51AFAC45037AFEE9D1", SecurityTestSupport.ToHex(output, 3, Sha256.HashLength), "split at " + split.ToString());
            }

            // After Final the instance hashes a new message; Reset drops what was fed.
            hash.Update(data, 0, 10);
            hash.Reset();
            hash.Update(data, 0, 3);
            hash.Final(output, 0);
            Assert.AreEqual("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", SecurityTestSupport.ToHex(output, 0, Sha256.HashLength));
        }

        [TestMethod]
        public void Lengths_around_the_padding_edges_match_a_byte_at_a_time()
        {
            // 55, 56 and 64 bytes are where the length field moves to a second block.
            byte[] data = new byte[130];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 7);
            }

            byte[] whole = new byte[Sha256.HashLength];
            byte[] pieces = new byte[Sha256.HashLength];
            Sha256 hash = new Sha256();
            for (int length = 50; length <= 130; length++)
            {
                Sha256.Hash(data, 0, length, whole, 0);
                for (int i = 0; i < length; i++)
                {
                    hash.Update(data, i, 1);
                }

                hash.Final(pieces, 0);
                Assert.AreEqual(SecurityTestSupport.ToHex(whole), SecurityTestSupport.ToHex(pieces), "length " + length.ToString());
            }
        }

        [TestMethod]
        public void Ranges_outside_their_arrays_are_refused()
        {
            Sha256 hash = new Sha256();
            Assert.ThrowsException(typeof(ArgumentNullException), () => hash.Update(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentException), () => hash.Update(new byte[4], 2, 3));
            Assert.ThrowsException(typeof(ArgumentException), () => hash.Update(new byte[4], -1, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => hash.Final(new byte[31], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => Sha256.Hash(new byte[4], 0, 4, new byte[32], 1));
        }
    }
}
