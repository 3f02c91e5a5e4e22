using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Language: 1 English, 2 Chinese (each named in its own language). The choice applies at once and is saved into
    /// the configuration; then back to the technician menu. * goes back without a change.
    /// </summary>
    internal sealed class LanguageScreen : Screen
    {
        internal LanguageScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Language; }
        }

        internal override void HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel)
            {
                Ui.Show(Ui.All.TechMenu);
            }
            else if (digit == 1 || digit == 2)
            {
                Ui.Flows.Language.Choose(digit == 1 ? Language.English : Language.Chinese);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.LanguageTitle));
            canvas.Row(1, catalog.Text(MessageId.LanguageEnglish), catalog.Language == Language.English);
            canvas.Row(2, catalog.Text(MessageId.LanguageChinese), catalog.Language == Language.Chinese);
        }
    }
}
