using System;
using System.Linq;
using System.Security.Cryptography;

namespace NanoPos.Security.Host.Tests
{
    /// <summary>
    /// .NET's DES and TripleDES as the reference (OpenSSL underneath on Linux), with the two workarounds they need.
    /// </summary>
    internal static class DotNetDes
    {
        /// <summary>
        /// Tells whether .NET refuses the key: weak and semi-weak DES keys, and 3DES keys with equal neighbouring
        /// halves (K1 = K2 or K2 = K3), which .NET treats as weak. Our TripleDes accepts all of them; they are skipped.
        /// </summary>
        public static bool Refuses(byte[] key)
        {
            if (key.Length == 8)
            {
                return DES.IsWeakKey(key) || DES.IsSemiWeakKey(key);
            }

            return TripleDES.IsWeakKey(key);
        }

        public static byte[] EncryptEcb(byte[] key, byte[] data)
        {
            using SymmetricAlgorithm algorithm = Create(key);
            return algorithm.EncryptEcb(data, PaddingMode.None);
        }

        public static byte[] DecryptEcb(byte[] key, byte[] data)
        {
            using SymmetricAlgorithm algorithm = Create(key);
            return algorithm.DecryptEcb(data, PaddingMode.None);
        }

        public static byte[] EncryptCbc(byte[] key, byte[] iv, byte[] data)
        {
            using SymmetricAlgorithm algorithm = Create(key);
            return algorithm.EncryptCbc(data, iv, PaddingMode.None);
        }

        public static byte[] DecryptCbc(byte[] key, byte[] iv, byte[] data)
        {
            using SymmetricAlgorithm algorithm = Create(key);
            return algorithm.DecryptCbc(data, iv, PaddingMode.None);
        }

        // A 16-byte key is given to .NET as K1 K2 K1: on Linux its one-shot ECB/CBC with a 16-byte TripleDES key
        // fails in OpenSSL ("invalid key length"), although the Key setter accepts it.
        private static SymmetricAlgorithm Create(byte[] key)
        {
            if (key.Length == 8)
            {
                DES des = DES.Create();
                des.Key = key;
                return des;
            }

            TripleDES tripleDes = TripleDES.Create();
            tripleDes.Key = key.Length == 16 ? key.Concat(key.Take(8)).ToArray() : key;
            return tripleDes;
        }
    }
}
