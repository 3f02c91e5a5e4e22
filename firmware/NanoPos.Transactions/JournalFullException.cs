using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// The journal has no dead slot to write: every slot holds a pending reversal or a batch entry. New
    /// online requests are refused until the batch is settled; nothing stored is lost.
    /// </summary>
    public class JournalFullException : Exception
    {
        /// <summary>Creates the error.</summary>
        /// <param name="slots">The journal's slot count, for the message.</param>
        public JournalFullException(int slots)
            : base("The transaction journal is full (" + slots.ToString() + " records): settle the batch before new payments.")
        {
        }
    }
}
