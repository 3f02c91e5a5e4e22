using System;
using NanoPos.Security;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Checks one technician PIN against its stored hash (pin-hash): one PBKDF2-HMAC-SHA256 at
    /// <see cref="PinHash.DefaultIterations"/>, two SHA-256 blocks per iteration. Making the hash at the first boot
    /// costs the same. Self-contained: its own PIN, salt and known answers.
    /// </summary>
    public sealed class PinHashWorkload : IWorkload
    {
        private readonly char[] _pin = new char[] { '2', '4', '6', '8' };
        private PinHash _hash;

        /// <summary>Gets the measurement's name: "pin-hash".</summary>
        public string Name
        {
            get { return "pin-hash"; }
        }

        /// <summary>Gets 0: nothing to do between rounds.</summary>
        public int MaxOpsPerRound
        {
            get { return 0; }
        }

        /// <summary>
        /// Checks SHA-256 against known answers before anything is timed (a fast wrong answer is worthless): HMAC-SHA256
        /// test case 2 of RFC 4231 and PBKDF2-HMAC-SHA256 of "password" / "salt" at 2 iterations (both as .NET
        /// computes them); then hashes the PIN and checks that it matches and that another PIN does not.
        /// </summary>
        /// <exception cref="InvalidOperationException">A result differs from the known answer.</exception>
        public void Setup()
        {
            byte[] output = new byte[32];
            new HmacSha256(Ascii("Jefe"), 0, 4).Compute(Ascii("what do ya want for nothing?"), 0, 28, output, 0);
            if (output[0] != 0x5B || output[1] != 0xDC || output[30] != 0x38 || output[31] != 0x43)
            {
                throw new InvalidOperationException("HMAC-SHA256 does not give 5BDCC146...64EC3843 for RFC 4231 test case 2.");
            }

            Pbkdf2.DeriveSha256(Ascii("password"), 0, 8, Ascii("salt"), 0, 4, 2, output, 0, 32);
            if (output[0] != 0xAE || output[1] != 0x4D || output[30] != 0x4C || output[31] != 0x43)
            {
                throw new InvalidOperationException("PBKDF2-HMAC-SHA256 does not give AE4D0C95...95474C43 for password/salt/2.");
            }

            byte[] salt = new byte[PinHash.SaltLength];
            for (int i = 0; i < salt.Length; i++)
            {
                salt[i] = (byte)(0xA5 ^ (i * 17));
            }

            _hash = PinHash.Create(_pin, 0, _pin.Length, salt, 0, PinHash.DefaultIterations);
            if (!_hash.Matches(_pin, 0, _pin.Length) || _hash.Matches(new char[] { '2', '4', '6', '9' }, 0, 4))
            {
                throw new InvalidOperationException("The PIN hash does not tell the right PIN from a wrong one.");
            }
        }

        /// <summary>Nothing to prepare.</summary>
        public void PrepareRound()
        {
        }

        /// <summary>Checks the PIN against the hash once (the technician PIN screen's Enter).</summary>
        public void Run()
        {
            _hash.Matches(_pin, 0, _pin.Length);
        }

        /// <summary>Nothing to reset: no counters.</summary>
        public void ResetCounters()
        {
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
