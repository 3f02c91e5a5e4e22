namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// The language the terminal shows its texts in, taken from the provisioned configuration.
    /// </summary>
    /// <remarks>
    /// The values are fixed (they are stored in the configuration and index the catalog's tables);
    /// on the device <c>enum.ToString()</c> prints the number, so use <see cref="MessageCatalog.LanguageCode"/> for a name.
    /// </remarks>
    public enum Language
    {
        /// <summary>English (code "en"), the default.</summary>
        English = 0,

        /// <summary>Chinese, Simplified (code "zh").</summary>
        Chinese = 1,
    }
}
