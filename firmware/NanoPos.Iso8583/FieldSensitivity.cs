namespace NanoPos.Iso8583
{
    /// <summary>How a field may be shown to a person (logs, the decode tool, receipts).</summary>
    public enum FieldSensitivity
    {
        /// <summary>Shown as is.</summary>
        Plain = 1,

        /// <summary>A primary account number: only the first 6 and last 4 digits are shown.</summary>
        Pan = 2,

        /// <summary>Never shown, only its length: track data, PIN block, keys, ICC data, expiry date.</summary>
        Secret = 3,
    }
}
