using System;

namespace NanoPos.Security
{
    /// <summary>
    /// A PIN stored as a salted, iterated hash (PBKDF2-HMAC-SHA256, <see cref="Pbkdf2"/>), never in clear: made once
    /// from the PIN with <see cref="Create"/>, kept as text (<see cref="ToText"/>, <see cref="Parse"/>), and checked
    /// against a typed PIN with <see cref="Matches"/>.
    /// </summary>
    /// <remarks>
    /// <para><b>Text form</b>: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> — the iteration count in decimal, the 16-byte
    /// salt as 32 hexadecimal digits, the 32-byte derived key as 64 (written in lower case, read in either case). The
    /// PIN's characters are hashed as ASCII bytes. The count travels with the hash, so a later firmware or provisioning
    /// may raise it for new hashes while every stored one still checks at the count it was made with.</para>
    /// <para><b>What it resists, and what not.</b> The salt makes every terminal's hash different, so no table of
    /// precomputed hashes helps and one broken terminal tells nothing about another with the same PIN. The iterations
    /// make each guess cost as much as a check on the terminal. But a 4 to 8 digit PIN has only 10^4 to 10^8 values:
    /// whoever holds the hash and salt (a flash dump) tries them all offline, on a PC, in seconds to hours. The hash
    /// keeps the PIN out of the configuration text, logs and listings; against a flash dump only the flash encryption
    /// of the board protects it (see NanoPos.Terminal DeviceKeyRecord). Treat the hash text as sensitive: never print
    /// or log it (this type does not override ToString for that reason).</para>
    /// <para>Immutable and thread-safe.</para>
    /// </remarks>
    public sealed class PinHash
    {
        /// <summary>The name of the scheme, the first field of the text form.</summary>
        public const string Scheme = "pbkdf2-sha256";

        /// <summary>The salt length, in bytes.</summary>
        public const int SaltLength = 16;

        /// <summary>The stored hash (PBKDF2 output) length, in bytes: one SHA-256 block of iterations.</summary>
        public const int HashLength = 32;

        /// <summary>The longest PIN, in characters.</summary>
        public const int MaxPinLength = 16;

        /// <summary>
        /// The iteration count new hashes get: chosen from the measured nanoCLR cost (one check about 6 ms on nanoCLR on
        /// a PC) so that one check stays well under a second on an ESP32 (an estimated 0.2 to 0.55 s; NanoPos.Security
        /// README, "PIN hash").
        /// </summary>
        public const int DefaultIterations = 128;

        /// <summary>The smallest iteration count accepted.</summary>
        public const int MinIterations = 1;

        /// <summary>The largest iteration count accepted: a check must end in reasonable time on a board.</summary>
        public const int MaxIterations = 4096;

        private const string Digits = "0123456789abcdef";

        private readonly int _iterations;
        private readonly byte[] _salt;
        private readonly byte[] _hash;

        private PinHash(int iterations, byte[] salt, byte[] hash)
        {
            _iterations = iterations;
            _salt = salt;
            _hash = hash;
        }

        /// <summary>Gets the iteration count this hash was made with.</summary>
        public int Iterations
        {
            get { return _iterations; }
        }

        /// <summary>Hashes a PIN with a salt (16 random bytes, new for each hash).</summary>
        /// <param name="pin">The array holding the PIN's characters (read, not kept; the caller wipes them).</param>
        /// <param name="offset">The index of the first character.</param>
        /// <param name="length">The PIN length, 1 to <see cref="MaxPinLength"/> ASCII characters.</param>
        /// <param name="salt">The array holding the salt (copied).</param>
        /// <param name="saltOffset">The index of the salt's first byte (<see cref="SaltLength"/> bytes).</param>
        /// <param name="iterations">The iteration count, <see cref="MinIterations"/> to <see cref="MaxIterations"/>; normally <see cref="DefaultIterations"/>.</param>
        /// <returns>The hash.</returns>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A range lies outside its array, the PIN is empty, too long or not ASCII, or the count is out of range.</exception>
        public static PinHash Create(char[] pin, int offset, int length, byte[] salt, int saltOffset, int iterations)
        {
            Guard.NotNull(pin, "pin");
            if (offset < 0 || length < 1 || length > MaxPinLength || offset > pin.Length - length)
            {
                throw new ArgumentException("A PIN has 1 to " + MaxPinLength + " characters inside its array.");
            }

            Guard.Range(salt, saltOffset, SaltLength, "salt");
            if (iterations < MinIterations || iterations > MaxIterations)
            {
                throw new ArgumentException("The iteration count must be " + MinIterations + " to " + MaxIterations + ".");
            }

            byte[] ownSalt = new byte[SaltLength];
            Array.Copy(salt, saltOffset, ownSalt, 0, SaltLength);
            byte[] hash = new byte[HashLength];
            if (!Derive(pin, offset, length, ownSalt, iterations, hash))
            {
                throw new ArgumentException("A PIN has ASCII characters only.");
            }

            return new PinHash(iterations, ownSalt, hash);
        }

        /// <summary>
        /// Checks a typed PIN: derives its hash with this salt and count and compares all 32 bytes whatever the first
        /// difference, so the time taken tells nothing about how close the guess was.
        /// </summary>
        /// <param name="typed">The array holding the typed characters (read, not kept; the caller wipes them).</param>
        /// <param name="offset">The index of the first character.</param>
        /// <param name="length">The number of characters typed.</param>
        /// <returns>True when the typed PIN is the one hashed; false otherwise (also for an empty, overlong or non-ASCII entry).</returns>
        public bool Matches(char[] typed, int offset, int length)
        {
            if (typed == null || offset < 0 || length < 1 || length > MaxPinLength || offset > typed.Length - length)
            {
                return false;
            }

            byte[] derived = new byte[HashLength];
            try
            {
                return Derive(typed, offset, length, _salt, _iterations, derived) & Guard.FixedTimeEquals(derived, 0, _hash, 0, HashLength);
            }
            finally
            {
                Array.Clear(derived, 0, derived.Length);
            }
        }

        /// <summary>Writes the text form, <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (sensitive: see the remarks).</summary>
        /// <returns>The text, which <see cref="Parse"/> reads back to an equal hash.</returns>
        public string ToText()
        {
            return Scheme + "$" + _iterations.ToString() + "$" + ToHex(_salt) + "$" + ToHex(_hash);
        }

        /// <summary>Reads the text form written by <see cref="ToText"/> (or by provisioning).</summary>
        /// <param name="text">The text.</param>
        /// <param name="error">Null on success; otherwise one sentence saying what is wrong (never quoting the text).</param>
        /// <returns>The hash, or null when the text is not a valid PIN hash.</returns>
        public static PinHash Parse(string text, out string error)
        {
            error = null;
            int first = text == null ? -1 : text.IndexOf('$');
            int second = first < 0 ? -1 : text.IndexOf('$', first + 1);
            int third = second < 0 ? -1 : text.IndexOf('$', second + 1);
            if (third < 0 || text.IndexOf('$', third + 1) >= 0 || text.Substring(0, first) != Scheme)
            {
                error = "A PIN hash reads " + Scheme + "$ITERATIONS$SALT$HASH.";
                return null;
            }

            int iterations = ParseCount(text, first + 1, second);
            if (iterations < MinIterations || iterations > MaxIterations)
            {
                error = "The iteration count of the PIN hash must be a whole number from " + MinIterations.ToString() + " to " + MaxIterations.ToString() + ".";
                return null;
            }

            byte[] salt = ParseHex(text, second + 1, third, SaltLength);
            if (salt == null)
            {
                error = "The salt of the PIN hash must be " + (2 * SaltLength).ToString() + " hexadecimal digits.";
                return null;
            }

            byte[] hash = ParseHex(text, third + 1, text.Length, HashLength);
            if (hash == null)
            {
                error = "The hash of the PIN hash must be " + (2 * HashLength).ToString() + " hexadecimal digits.";
                return null;
            }

            return new PinHash(iterations, salt, hash);
        }

        // The PIN's characters as ASCII bytes into PBKDF2; false (and nothing derived) for a character beyond ASCII.
        private static bool Derive(char[] pin, int offset, int length, byte[] salt, int iterations, byte[] output)
        {
            byte[] password = new byte[MaxPinLength];
            try
            {
                int beyond = 0;
                for (int i = 0; i < length; i++)
                {
                    char c = pin[offset + i];
                    beyond |= c & 0xFF80;
                    password[i] = (byte)c;
                }

                if (beyond != 0)
                {
                    return false;
                }

                Pbkdf2.DeriveSha256(password, 0, length, salt, 0, SaltLength, iterations, output, 0, HashLength);
                return true;
            }
            finally
            {
                Array.Clear(password, 0, password.Length);
            }
        }

        // A decimal count of 1 to 9 digits, or -1.
        private static int ParseCount(string text, int start, int end)
        {
            if (end <= start || end - start > 9)
            {
                return -1;
            }

            int value = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        // Exactly 2 * length hexadecimal digits (either case), or null.
        private static byte[] ParseHex(string text, int start, int end, int length)
        {
            if (end - start != 2 * length)
            {
                return null;
            }

            byte[] bytes = new byte[length];
            for (int i = 0; i < 2 * length; i++)
            {
                int c = text[start + i];
                int lower = c | 0x20;
                int value = c >= '0' && c <= '9' ? c - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
                if (value < 0)
                {
                    return null;
                }

                bytes[i >> 1] |= (byte)((i & 1) == 0 ? value << 4 : value);
            }

            return bytes;
        }

        private static string ToHex(byte[] bytes)
        {
            char[] chars = new char[2 * bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[(2 * i) + 1] = Digits[bytes[i] & 15];
            }

            return new string(chars);
        }
    }
}
