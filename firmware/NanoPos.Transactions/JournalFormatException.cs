using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// A journal record cannot be written: a value does not fit the record layout. Its subclass
    /// <see cref="JournalVersionException"/> is the journal that cannot be read: written in a newer format.
    /// </summary>
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
