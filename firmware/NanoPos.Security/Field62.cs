using System;

namespace NanoPos.Security
{
    /// <summary>
    /// The byte layouts of the CUP sign-on field 62 (see <see cref="WorkingKeys"/>): 24 bytes (single-length PIK and
    /// MAK), 40 bytes (double-length PIK, MAK padded to 16) and 60 bytes (plus a double-length track key).
    /// </summary>
    internal static class Field62
    {
        private const int Cv = KeyCheckValue.Length;

        /// <summary>Tells whether field 62 can carry keys of these lengths (trackKey 0: none).</summary>
        /// <param name="pik">The PIK length in bytes.</param>
        /// <param name="mak">The MAK length in bytes.</param>
        /// <param name="trackKey">The TDK length in bytes, 0 for none.</param>
        /// <returns>True for PIK 8 + MAK 8, or PIK 16 + MAK 8 or 16 with no TDK or a 16-byte one.</returns>
        internal static bool CanCarry(int pik, int mak, int trackKey)
        {
            if (pik == 8)
            {
                return mak == 8 && trackKey == 0;
            }

            return pik == 16 && (mak == 8 || mak == 16) && (trackKey == 0 || trackKey == 16);
        }

        /// <summary>Returns the field 62 length for keys of these lengths: 24, 40 or 60 bytes.</summary>
        /// <param name="pik">The PIK length in bytes (8 means the single-length layout, whatever else).</param>
        /// <param name="trackKey">True when a TDK is present.</param>
        /// <returns>The length in bytes.</returns>
        internal static int EncodedLength(int pik, bool trackKey)
        {
            if (pik == 8)
            {
                return 24;
            }

            return trackKey ? 60 : 40;
        }

        /// <summary>Decrypts and checks the keys of field 62; on failure the keys decrypted so far stay in the refs for the caller to wipe.</summary>
        /// <param name="field62">The array holding the field.</param>
        /// <param name="offset">The index of its first byte.</param>
        /// <param name="count">Its length.</param>
        /// <param name="tmk">The terminal master key.</param>
        /// <param name="pik">Receives the clear PIK.</param>
        /// <param name="mak">Receives the clear MAK.</param>
        /// <param name="tdk">Receives the clear TDK, or stays null.</param>
        /// <returns>Null when every check value matched, else the reason.</returns>
        internal static string Decode(byte[] field62, int offset, int count, TripleDes tmk, ref byte[] pik, ref byte[] mak, ref byte[] tdk)
        {
            if (count != 24 && count != 40 && count != 60)
            {
                return "Field 62 has " + count + " bytes; a CUP sign-on sends 24, 40 or 60 (PIK, MAK and track key with their check values).";
            }

            int pikLength = count == 24 ? 8 : 16;
            pik = Decrypt(field62, offset, pikLength, tmk);
            if (!KeyCheckValue.Matches(pik, 0, pikLength, field62, offset + pikLength))
            {
                return "The PIN key (PIK) in field 62 does not match its check value: key refused, sign-on failed.";
            }

            int at = offset + pikLength + Cv;
            int makLength = 8;
            if (count != 24 && !IsZero(field62, at + 8, 8))
            {
                makLength = 16;
            }

            mak = Decrypt(field62, at, makLength, tmk);
            int makCv = at + (count == 24 ? 8 : 16);
            if (!KeyCheckValue.Matches(mak, 0, makLength, field62, makCv))
            {
                return "The MAC key (MAK) in field 62 does not match its check value: key refused, sign-on failed.";
            }

            if (count == 60)
            {
                at = makCv + Cv;
                tdk = Decrypt(field62, at, 16, tmk);
                if (!KeyCheckValue.Matches(tdk, 0, 16, field62, at + 16))
                {
                    return "The track key (TDK) in field 62 does not match its check value: key refused, sign-on failed.";
                }
            }

            return null;
        }

        /// <summary>Writes field 62: each key 3DES-ECB under the TMK, followed by its check value.</summary>
        /// <param name="pik">The clear PIK (8 or 16 bytes).</param>
        /// <param name="mak">The clear MAK (8 or 16 bytes).</param>
        /// <param name="tdk">The clear TDK (16 bytes) or null.</param>
        /// <param name="tmk">The terminal master key.</param>
        /// <param name="output">The destination.</param>
        /// <param name="outputOffset">The index of the first byte.</param>
        /// <returns>The number of bytes written.</returns>
        internal static int Encode(byte[] pik, byte[] mak, byte[] tdk, TripleDes tmk, byte[] output, int outputOffset)
        {
            int length = EncodedLength(pik.Length, tdk != null);
            Guard.Range(output, outputOffset, length, "output");
            int at = EncryptWithCheckValue(pik, pik.Length, tmk, output, outputOffset);

            // In the 40- and 60-byte layouts the MAK slot is 16 bytes: a single-length MAK is followed by 8 zeros.
            int slot = pik.Length == 8 ? 8 : 16;
            if (mak.Length < slot)
            {
                tmk.EncryptEcb(mak, 0, mak.Length, output, at);
                Array.Clear(output, at + mak.Length, slot - mak.Length);
                KeyCheckValue.Compute(mak, 0, mak.Length, output, at + slot);
                at += slot + Cv;
            }
            else
            {
                at = EncryptWithCheckValue(mak, mak.Length, tmk, output, at);
            }

            if (tdk != null)
            {
                at = EncryptWithCheckValue(tdk, tdk.Length, tmk, output, at);
            }

            return at - outputOffset;
        }

        private static int EncryptWithCheckValue(byte[] key, int length, TripleDes tmk, byte[] output, int at)
        {
            tmk.EncryptEcb(key, 0, length, output, at);
            KeyCheckValue.Compute(key, 0, length, output, at + length);
            return at + length + Cv;
        }

        private static byte[] Decrypt(byte[] field62, int offset, int length, TripleDes tmk)
        {
            byte[] clear = new byte[length];
            tmk.DecryptEcb(field62, offset, length, clear, 0);
            return clear;
        }

        private static bool IsZero(byte[] buffer, int offset, int count)
        {
            int bits = 0;
            for (int i = 0; i < count; i++)
            {
                bits |= buffer[offset + i];
            }

            return bits == 0;
        }
    }
}
