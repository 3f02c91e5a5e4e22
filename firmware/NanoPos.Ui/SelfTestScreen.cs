using NanoPos.Hal;

namespace NanoPos.Ui
{
    /// <summary>Self-tests: a placeholder that says they come with a later version (issue: diagnostics); any key goes back.</summary>
    internal sealed class SelfTestScreen : Screen
    {
        internal SelfTestScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.SelfTest; }
        }

        internal override void HandleKey(Key key)
        {
            if (key == Key.Cancel || key == Key.Enter)
            {
                Ui.Show(Ui.All.TechMenu);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(UiText.WithoutMenuNumber(catalog.Text(MessageId.TechSelfTest)));
            canvas.Wrapped(1, 3, catalog.Text(MessageId.SelfTestLater), 0);
        }
    }
}
