using NanoPos.Ui.Messages;

namespace NanoPos.Ui
{
    /// <summary>
    /// Saves the settings the screens may change (the technician's language choice) back into the provisioned
    /// configuration. The composition root implements it over the record store.
    /// </summary>
    public interface ISettingsWriter
    {
        /// <summary>Saves the language; called from the UI thread while no engine call runs (one durable write).</summary>
        /// <param name="language">The language chosen.</param>
        void SaveLanguage(Language language);
    }
}
