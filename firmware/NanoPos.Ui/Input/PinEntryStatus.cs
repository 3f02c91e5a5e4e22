namespace NanoPos.Ui.Input
{
    /// <summary>Where an <see cref="IPinEntry"/> is with the PIN of the current transaction.</summary>
    public enum PinEntryStatus
    {
        /// <summary>Still collecting digits.</summary>
        Collecting = 0,

        /// <summary>Finished: take the PIN block (null when the cardholder chose no PIN) with <see cref="IPinEntry.TakePinBlock"/>.</summary>
        Done = 1,

        /// <summary>The cashier cancelled.</summary>
        Cancelled = 2,
    }
}
