using System;
using System.Security.Cryptography;
using System.Text;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The working-key material a sign-on response carries in field 62, FAKE but well formed: 40 bytes laid out
    /// as CUP double-length keys are: PIN key (16 bytes) + its check value (4), MAC key (16) + its check value (4).
    /// </summary>
    /// <remarks>
    /// The "keys" are SHA-256 digests of the terminal ID, not encrypted under any terminal master key, and
    /// the check values are the first 4 bytes of SHA-256 of each key, not 3DES of zeros. They let the terminal
    /// exercise its parsing and storage of keys; they protect nothing.
    /// </remarks>
    internal static class WorkingKeys
    {
        /// <summary>The length of field 62 in a sign-on response, in bytes.</summary>
        public const int Length = 40;

        /// <summary>Makes the key block for a terminal (the same terminal always gets the same bytes).</summary>
        public static byte[] For(string terminalId)
        {
            byte[] block = new byte[Length];
            WriteKey(block, 0, terminalId + "/PIK");
            WriteKey(block, 20, terminalId + "/MAK");
            return block;
        }

        private static void WriteKey(byte[] block, int offset, string label)
        {
            byte[] key = SHA256.HashData(Encoding.ASCII.GetBytes(label));
            Array.Copy(key, 0, block, offset, 16);
            byte[] check = SHA256.HashData(key.AsSpan(0, 16));
            Array.Copy(check, 0, block, offset + 16, 4);
        }
    }
}
