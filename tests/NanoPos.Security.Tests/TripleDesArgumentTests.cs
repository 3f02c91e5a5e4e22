using System;
using nanoFramework.TestFramework;

namespace NanoPos.Security.Tests
{
    /// <summary>Bad arguments are refused with ArgumentNullException or ArgumentException; a cleared key refuses to work.</summary>
    [TestClass]
    public class TripleDesArgumentTests
    {
        [TestMethod]
        public void Key_lengths_other_than_8_16_24_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new TripleDes(new byte[7], 0, 7));
            Assert.ThrowsException(typeof(ArgumentException), () => new TripleDes(new byte[32], 0, 32));
            Assert.ThrowsException(typeof(ArgumentException), () => new TripleDes(new byte[16], 0, 12));
            Assert.ThrowsException(typeof(ArgumentException), () => new TripleDes(new byte[16], 4, 16));
            Assert.ThrowsException(typeof(ArgumentException), () => new TripleDes(new byte[16], -1, 8));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new TripleDes(null, 0, 8));
        }

        [TestMethod]
        public void Key_at_an_offset_is_read_from_there()
        {
            byte[] key = SecurityTestSupport.Hex("FFFF 133457799BBCDFF1 FFFF");
            TripleDes cipher = new TripleDes(key, 2, 8);
            Assert.AreEqual(8, cipher.KeyLength);
            byte[] block = SecurityTestSupport.Hex("0123456789ABCDEF");
            cipher.EncryptBlock(block, 0, block, 0);
            Assert.AreEqual("85E813540F0AB405", SecurityTestSupport.ToHex(block));
        }

        [TestMethod]
        public void Blocks_outside_their_arrays_are_refused()
        {
            TripleDes cipher = SecurityTestSupport.Cipher("0123456789ABCDEF");
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.EncryptBlock(new byte[7], 0, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.EncryptBlock(new byte[8], 0, new byte[8], 1));
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.DecryptBlock(new byte[8], -1, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => cipher.EncryptBlock(null, 0, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => cipher.DecryptBlock(new byte[8], 0, null, 0));
        }

        [TestMethod]
        public void Ecb_and_cbc_take_whole_blocks_only()
        {
            TripleDes cipher = SecurityTestSupport.Cipher("0123456789ABCDEF");
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.EncryptEcb(new byte[16], 0, 12, new byte[16], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.DecryptEcb(new byte[16], 0, 16, new byte[8], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.EncryptCbc(new byte[8], 0, new byte[16], 0, 9, new byte[16], 0));
            Assert.ThrowsException(typeof(ArgumentException), () => cipher.DecryptCbc(new byte[4], 0, new byte[16], 0, 16, new byte[16], 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => cipher.EncryptCbc(null, 0, new byte[16], 0, 16, new byte[16], 0));
        }

        [TestMethod]
        public void Clear_wipes_the_schedule_and_stops_every_operation()
        {
            TripleDes cipher = SecurityTestSupport.Cipher("0123456789ABCDEFFEDCBA9876543210");
            Assert.IsFalse(cipher.IsCleared);
            Assert.IsFalse(cipher.ScheduleIsZero());
            cipher.Clear();
            Assert.IsTrue(cipher.IsCleared);
            Assert.IsTrue(cipher.ScheduleIsZero());
            byte[] block = new byte[16];
            Assert.ThrowsException(typeof(InvalidOperationException), () => cipher.EncryptBlock(block, 0, block, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => cipher.DecryptBlock(block, 0, block, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => cipher.EncryptEcb(block, 0, 16, block, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => cipher.DecryptCbc(block, 0, block, 0, 8, block, 8));
            cipher.Clear();
            Assert.AreEqual(16, cipher.KeyLength);
        }
    }
}
