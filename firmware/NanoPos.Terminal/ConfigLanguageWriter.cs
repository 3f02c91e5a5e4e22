using NanoPos.Hal;
using NanoPos.Ui;
using NanoPos.Ui.Messages;

namespace NanoPos.Terminal
{
    /// <summary>Saves the technician's language choice into the configuration record, so the next boot keeps it.</summary>
    public sealed class ConfigLanguageWriter : ISettingsWriter
    {
        private readonly IRecordStore _store;
        private readonly TerminalConfig _config;

        /// <summary>Creates the writer.</summary>
        /// <param name="store">The record store holding "config".</param>
        /// <param name="config">The configuration loaded at boot; its language is changed and the whole record rewritten.</param>
        public ConfigLanguageWriter(IRecordStore store, TerminalConfig config)
        {
            _store = store;
            _config = config;
        }

        /// <summary>Rewrites the configuration with the new language (one durable write).</summary>
        /// <param name="language">The language.</param>
        public void SaveLanguage(Language language)
        {
            _config.Language = language;
            _config.Save(_store);
        }
    }
}
