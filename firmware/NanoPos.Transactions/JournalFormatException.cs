using System;

namespace NanoPos.Transactions
{
    /// <summary>A journal record cannot be written: a value does not fit the record layout.</summary>
    public class JournalFormatException : Exception
    {
        /// <summary>Creates the error with a message for people.</summary>
        /// <param name="message">What does not fit.</param>
        public JournalFormatException(string message)
            : base(message)
        {
        }
    }
}
