using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The health report as text (<see cref="HealthText"/>): B and C scroll, # shows it as a QR code, * goes back to the
    /// technician menu. The report is collected once per visit.
    /// </summary>
    internal sealed class HealthScreen : Screen
    {
        private readonly HealthReport _report = new HealthReport();
        private string _text;
        private int _scroll;
        private int _lines;

        internal HealthScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.Health; }
        }

        internal override void Enter()
        {
            _scroll = 0;
            _text = null;
        }

        internal override void HandleKey(Key key)
        {
            if (Scroll(key, ref _scroll, _lines, 3))
            {
                Ui.Invalidate();
            }
            else if (key == Key.Enter)
            {
                Ui.Open(Ui.All.HealthQr);
            }
            else if (key == Key.Cancel)
            {
                Ui.Show(Ui.All.TechMenu);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.HealthTitle));
            if (_text == null)
            {
                // Built once per visit: the report reads the engine (no call runs now: Open checked) and the free memory.
                if (Ui.Health == null)
                {
                    _text = catalog.Text(MessageId.SelfTestNotAvailable);
                }
                else
                {
                    Ui.Health.Collect(_report);
                    _text = HealthText.Format(_report, catalog.Language, Ui.Settings.UtcOffsetMinutes);
                }
            }

            _lines = canvas.Wrapped(1, 3, _text, _scroll);
        }
    }
}
