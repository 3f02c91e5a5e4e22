namespace NanoPos.Transactions
{
    /// <summary>
    /// The journal was written by firmware of a newer journal format than this firmware reads: it is refused and left
    /// exactly as it is (docs/transaction-engine.md, "Journal versions"). The terminal takes no payments and tells the
    /// technician to install firmware that reads <see cref="FoundVersion"/> or later.
    /// </summary>
    /// <remarks>
    /// Why refuse rather than read what can be read: a newer format may give records, slots or checkpoints a meaning this
    /// firmware does not know, and anything it wrote (a reversal attempt, a checkpoint, a sale) could overwrite a record
    /// the newer firmware still needs, such as a pending reversal. Reinstalling the newer firmware recovers everything.
    /// </remarks>
    public sealed class JournalVersionException : JournalFormatException
    {
        /// <summary>Creates the error.</summary>
        /// <param name="foundVersion">The newest format version found on the store.</param>
        /// <param name="supportedVersion">The newest format version this firmware reads (<see cref="JournalRecordCodec.CurrentVersion"/>).</param>
        public JournalVersionException(int foundVersion, int supportedVersion)
            : base("Journal from newer firmware: format v" + foundVersion.ToString() + ", this firmware reads up to v"
                + supportedVersion.ToString() + "; install firmware that reads v" + foundVersion.ToString() + " or later. Nothing was changed.")
        {
            FoundVersion = foundVersion;
            SupportedVersion = supportedVersion;
        }

        /// <summary>Gets the newest journal format version found on the store (above <see cref="SupportedVersion"/>).</summary>
        public int FoundVersion { get; }

        /// <summary>Gets the newest journal format version this firmware reads and writes.</summary>
        public int SupportedVersion { get; }
    }
}
