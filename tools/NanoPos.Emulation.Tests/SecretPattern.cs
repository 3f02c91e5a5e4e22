using System;
using System.Text;
using System.Text.RegularExpressions;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// One form a secret can take in what a person or a tool sees: raw bytes, ASCII digits, hex text. Matched by a
    /// regular expression over the Latin-1 view of the bytes scanned (one char per byte), so the same pattern finds a
    /// secret in a binary record and in a log line, and an offset is a byte offset.
    /// </summary>
    public sealed class SecretPattern
    {
        // Between two hex byte pairs a dump may put one separator: "01 23", "01:23", "01-23".
        private const string HexSeparator = "[ :\\-]?";

        private SecretPattern(string name, string secret, Regex regex)
        {
            Name = name;
            Secret = secret;
            Regex = regex;
        }

        /// <summary>Gets what is found and in which form, e.g. "PAN / packed BCD".</summary>
        public string Name { get; }

        /// <summary>Gets the secret the form belongs to, e.g. "PAN" (allowances name secrets, not forms).</summary>
        public string Secret { get; }

        /// <summary>Gets the expression over the Latin-1 view of the scanned bytes.</summary>
        public Regex Regex { get; }

        /// <summary>The exact bytes anywhere (binary records, or text whose bytes these are).</summary>
        public static SecretPattern Bytes(string secret, string form, byte[] needle)
        {
            var pattern = new StringBuilder();
            foreach (byte b in needle)
            {
                pattern.Append("\\u00").Append(b.ToString("X2"));
            }

            return new SecretPattern(secret + " / " + form, secret, new Regex(pattern.ToString(), RegexOptions.CultureInvariant));
        }

        /// <summary>The bytes as hex text, upper, lower or mixed case, with or without a separator between byte pairs.</summary>
        public static SecretPattern Hex(string secret, string form, byte[] value)
        {
            string hex = Convert.ToHexString(value);
            var pattern = new StringBuilder();
            for (int i = 0; i < hex.Length; i += 2)
            {
                pattern.Append(i == 0 ? string.Empty : HexSeparator).Append(hex, i, 2);
            }

            return new SecretPattern(secret + " / " + form, secret, new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
        }

        /// <summary>
        /// A card number as text, however it is split: any 24 characters or fewer that are neither letters nor digits may
        /// stand between two of its digits — groups of four, a BCD dump ("62 28 48 …"), display rows wrapped inside a
        /// printed frame ("0000  |⏎   |0015"), the strings of a JSON array. Sixteen given digits in order do not turn up
        /// by chance, and a masked number lacks six of them.
        /// </summary>
        public static SecretPattern CardNumber(string secret, string form, string digits)
        {
            return new SecretPattern(secret + " / " + form, secret, new Regex(string.Join("[^0-9A-Za-z]{0,24}", digits.ToCharArray()), RegexOptions.CultureInvariant));
        }

        /// <summary>
        /// A short PIN as text: its digits together or split by single spaces or '-' ("press 1 2 3 4"), and not part of a
        /// longer run of letters or digits (a 4-digit PIN inside a hex dump is chance; "PIN 2468" is not). Stricter than
        /// <see cref="CardNumber"/>: four digits split by any punctuation are everywhere ("12:34").
        /// </summary>
        public static SecretPattern Pin(string secret, string form, string digits)
        {
            string body = string.Join("[ \\-]?", digits.ToCharArray());
            return new SecretPattern(secret + " / " + form, secret, new Regex("(?<![0-9A-Za-z])" + body + "(?![0-9A-Za-z])", RegexOptions.CultureInvariant));
        }

        /// <summary>A text secret as it is (a password), case-sensitive.</summary>
        public static SecretPattern Text(string secret, string form, string text)
        {
            return new SecretPattern(secret + " / " + form, secret, new Regex(Regex.Escape(text), RegexOptions.CultureInvariant));
        }

        /// <summary>A pattern of its own (PIN fields with random fill).</summary>
        public static SecretPattern Expression(string secret, string form, string expression, bool ignoreCase)
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            return new SecretPattern(secret + " / " + form, secret, new Regex(expression, options));
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
