namespace NanoPos.Transactions
{
    /// <summary>
    /// Why the engine refused a transaction before anything was sent (<see cref="TransactionOutcome.Refused"/>), as a
    /// value the screens can map to a message; <see cref="TransactionResult.Reason"/> keeps the English sentence for logs.
    /// </summary>
    /// <remarks>The values are part of the API (screens and tools switch on them): never renumber.</remarks>
    public enum RefusalKind
    {
        /// <summary>Not refused (every outcome but <see cref="TransactionOutcome.Refused"/>).</summary>
        None = 0,

        /// <summary>A reversal of an earlier transaction could not be delivered; no new request until it is.</summary>
        ReversalPending = 1,

        /// <summary>The transaction journal has no room for a new request: settle the batch first.</summary>
        JournalFull = 2,

        /// <summary>The amount or the card data (number, expiry, entry mode, PIN block) is not acceptable.</summary>
        InvalidInput = 3,

        /// <summary>The sale to void is not an approved sale of the open batch.</summary>
        OriginalNotFound = 4,

        /// <summary>The sale to void is already voided.</summary>
        AlreadyVoided = 5,

        /// <summary>The journal cannot be written (the store is full or failing): nothing was sent. Reversals still go out.</summary>
        StorageFailure = 6,

        /// <summary>No working keys (no sign-on yet, or they were refused or dropped): nothing can be MACed or PIN-encrypted.</summary>
        NotSignedOn = 7,

        /// <summary>Sign-on keys were refused: no TMK installed, a check value did not match, or none were sent.</summary>
        KeysRefused = 8,

        /// <summary>
        /// The journal is of a newer format than this firmware reads (<see cref="PaymentEngine.JournalRefusal"/>): nothing is
        /// sent and nothing written until firmware that reads it is installed again.
        /// </summary>
        JournalFromNewerFirmware = 9,
    }
}
