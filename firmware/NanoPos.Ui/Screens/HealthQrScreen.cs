using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Qr;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The health report as a QR code (<see cref="HealthCode"/>) beside its title, version and level and "Scan"
    /// (<see cref="QrView"/>). * or # goes back.
    /// </summary>
    /// <remarks>The code is made once per visit (an encode allocates its module matrix, 2.8 KB at version 9) and drawn
    /// from it on every frame.</remarks>
    internal sealed class HealthQrScreen : Screen
    {
        private readonly HealthReport _report = new HealthReport();
        private QrCode _code;

        internal HealthQrScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.HealthQr; }
        }

        /// <summary>Gets the text encoded in the code shown, or null (for tests and the emulator).</summary>
        internal string Payload { get; private set; }

        internal override void Enter()
        {
            _code = null;
            Payload = null;
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
            if (Ui.Health == null)
            {
                canvas.Title(catalog.Text(MessageId.HealthQrTitle));
                canvas.Wrapped(1, 3, catalog.Text(MessageId.SelfTestNotAvailable), 0);
                return;
            }

            if (_code == null)
            {
                Ui.Health.Collect(_report);
                Payload = HealthCode.Encode(_report);
                _code = QrView.Encode(Payload);
            }

            QrView.Draw(canvas, _code, catalog.Text(MessageId.HealthQrTitle), catalog.Text(MessageId.HealthQrScan));
        }
    }
}
