using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// The language choice of the technician menu: English or Chinese, used at once and saved in the configuration
    /// (through <see cref="TerminalUi.SettingsWriter"/>), so it stays across reboots.
    /// </summary>
    internal sealed class LanguageFlow : Flow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal LanguageFlow(TerminalUi ui)
            : base(ui)
        {
        }

        /// <summary>Shows the language screen.</summary>
        internal override void Begin()
        {
            Enter();
            Ui.Show(Screens.Language);
        }

        /// <summary>Uses the chosen language, saves it, and goes back to the technician menu.</summary>
        /// <param name="language">The language chosen.</param>
        internal void Choose(Language language)
        {
            Ui.Catalog.Language = language;
            Ui.Records.ChooseLanguage(language);
            Ui.Show(Screens.TechMenu);
        }
    }
}
