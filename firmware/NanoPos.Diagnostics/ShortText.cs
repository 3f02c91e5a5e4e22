using System;

namespace NanoPos.Diagnostics
{
    /// <summary>Short ASCII texts for self-test details: a driver's message cut to fit a few display lines.</summary>
    public static class ShortText
    {
        /// <summary>The most characters a detail keeps.</summary>
        public const int MaxLength = 48;

        /// <summary>Gets an exception's message, cut to <see cref="MaxLength"/>, or its type name when it has none.</summary>
        /// <param name="e">The exception.</param>
        /// <returns>The text.</returns>
        public static string Of(Exception e)
        {
            string message = e.Message;
            if (message == null || message.Length == 0)
            {
                message = e.GetType().Name;
            }

            return Cut(message);
        }

        /// <summary>Cuts a text to <see cref="MaxLength"/> characters and replaces characters outside printable ASCII by '?'.</summary>
        /// <param name="text">The text, or null.</param>
        /// <returns>The cut text, or null.</returns>
        public static string Cut(string text)
        {
            if (text == null)
            {
                return null;
            }

            int length = text.Length > MaxLength ? MaxLength : text.Length;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                chars[i] = c >= ' ' && c <= '~' ? c : '?';
            }

            return new string(chars);
        }
    }
}
