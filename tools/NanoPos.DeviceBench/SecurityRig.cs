using System;
using NanoPos.Security;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// What the security measurements share: the keys of the public CUP sign-on example (PIK
    /// 807A23AD32B36D457AE91FDF927570EA, double length; MAK 5BB5C72CD00B7338, single length, as the 40-byte field 62
    /// delivers it), reused buffers, and the MAC element block of the 0200 sale inside its golden frame.
    /// </summary>
    public sealed class SecurityRig
    {
        // The 0200's MAC under the MAK, as ASCII "757EC560" (tests/NanoPos.Security.Tests CupMacTests).
        private const uint ExpectedSaleMac = 0x37353745; // "757E"

        /// <summary>The CUP frame's length header (2 bytes) and TPDU (5 bytes): the MAB starts after them, at the MTI.</summary>
        public const int MabOffset = 7;

        /// <summary>Creates the rig: the ciphers (key schedules computed here, once) and the buffers.</summary>
        /// <param name="codec">The codec rig whose golden 0200 frame holds the MAB.</param>
        public SecurityRig(CodecRig codec)
        {
            byte[] des = { 0x13, 0x34, 0x57, 0x79, 0x9B, 0xBC, 0xDF, 0xF1 };
            byte[] pik = { 0x80, 0x7A, 0x23, 0xAD, 0x32, 0xB3, 0x6D, 0x45, 0x7A, 0xE9, 0x1F, 0xDF, 0x92, 0x75, 0x70, 0xEA };
            byte[] mak = { 0x5B, 0xB5, 0xC7, 0x2C, 0xD0, 0x0B, 0x73, 0x38 };
            PikBytes = pik;
            Des = new TripleDes(des, 0, 8);
            Pik = new TripleDes(pik, 0, 16);
            Mak = new TripleDes(mak, 0, 8);
            Block = new byte[8];
            Mac = new byte[CupMac.Length];
            ClearPinBlock = new byte[] { 0x06, 0x12, 0xB0, 0xD6, 0xFF, 0xFF, 0xFF, 0xFE }; // PIN 123456, PAN 6228480000000015
            EncryptedPinBlock = new byte[PinCipher.BlockLength];
            Frame = codec.SaleFrame;

            // MTI to field 63: the sample 0200 already carries a field 64 (8 bytes, the frame's last), which the MAC
            // does not cover.
            MabLength = Frame.Length - MabOffset - CupMac.Length;
        }

        /// <summary>Gets the single-DES cipher (key 133457799BBCDFF1).</summary>
        public TripleDes Des { get; }

        /// <summary>Gets the PIN key (double length).</summary>
        public TripleDes Pik { get; }

        /// <summary>Gets the PIN key's clear bytes (16), for the key schedule measurement.</summary>
        public byte[] PikBytes { get; }

        /// <summary>Gets the MAC key (single length).</summary>
        public TripleDes Mak { get; }

        /// <summary>Gets the 8-byte block the block measurements encrypt in place.</summary>
        public byte[] Block { get; }

        /// <summary>Gets the 8-byte MAC output.</summary>
        public byte[] Mac { get; }

        /// <summary>Gets the clear format-0 PIN block.</summary>
        public byte[] ClearPinBlock { get; }

        /// <summary>Gets the encrypted PIN block output.</summary>
        public byte[] EncryptedPinBlock { get; }

        /// <summary>Gets the golden 0200 frame.</summary>
        public byte[] Frame { get; }

        /// <summary>Gets the MAB length in bytes (MTI to field 63 of the 0200: 122).</summary>
        public int MabLength { get; }

        /// <summary>
        /// Checks the ciphers against known answers before anything is timed (a fast wrong answer is worthless): the
        /// classic DES vector and the 0200's MAC.
        /// </summary>
        /// <exception cref="InvalidOperationException">A result differs from the known answer.</exception>
        public void Verify()
        {
            byte[] block = { 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF };
            Des.EncryptBlock(block, 0, block, 0);
            if (block[0] != 0x85 || block[1] != 0xE8 || block[6] != 0xB4 || block[7] != 0x05)
            {
                throw new InvalidOperationException("DES does not give 85E813540F0AB405 for the classic vector.");
            }

            CupMac.Compute(Frame, MabOffset, MabLength, Mak, Mac, 0);
            uint first = ((uint)Mac[0] << 24) | ((uint)Mac[1] << 16) | ((uint)Mac[2] << 8) | Mac[3];
            if (first != ExpectedSaleMac || Mac[4] != (byte)'C' || Mac[5] != (byte)'5' || Mac[6] != (byte)'6' || Mac[7] != (byte)'0')
            {
                throw new InvalidOperationException("The 0200's MAC is not 757EC560.");
            }
        }
    }
}
