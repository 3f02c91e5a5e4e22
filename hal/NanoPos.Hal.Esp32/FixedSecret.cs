using System;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// A password given as text, for a test bench's <see cref="WifiLinkSettings"/>: no secret there, so it may be held
    /// as a string. The terminal's password comes from its wrapped record instead.
    /// </summary>
    internal sealed class FixedSecret : ISecretSource
    {
        private const int Longest = 64;

        private readonly string _text;

        /// <summary>Creates the source.</summary>
        /// <param name="text">The password, up to 64 ASCII characters ("" for an open network).</param>
        /// <exception cref="ArgumentException">The text is longer than 64 characters or not ASCII.</exception>
        internal FixedSecret(string text)
        {
            if (text.Length > Longest)
            {
                throw new ArgumentException("A Wi-Fi password has at most " + Longest.ToString() + " characters.");
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] > '~')
                {
                    throw new ArgumentException("A Wi-Fi password is ASCII.");
                }
            }

            _text = text;
        }

        /// <summary>Gets the longest password, in bytes: 64.</summary>
        public int MaxLength
        {
            get { return Longest; }
        }

        /// <summary>Copies the password's ASCII bytes into the buffer.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">The index of the first byte; 64 bytes must fit from there.</param>
        /// <returns>The password's length in bytes.</returns>
        /// <exception cref="ArgumentException">The buffer cannot hold 64 bytes from the offset.</exception>
        public int CopyTo(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - Longest)
            {
                throw new ArgumentException("The buffer must hold 64 bytes from the offset.");
            }

            for (int i = 0; i < _text.Length; i++)
            {
                buffer[offset + i] = (byte)_text[i];
            }

            return _text.Length;
        }
    }
}
