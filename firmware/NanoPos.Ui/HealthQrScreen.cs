using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Qr;

namespace NanoPos.Ui
{
    /// <summary>
    /// The health report as a QR code (<see cref="HealthCode"/>) on the left of the display, one pixel per module with its
    /// quiet zone lit (an OLED's lit pixel is light to a camera), and beside it the title, the symbol's version and level,
    /// and "Scan". * or # goes back.
    /// </summary>
    /// <remarks>The code is made once per visit (an encode allocates its module matrix, 2.8 KB at version 9) and drawn
    /// from it on every frame.</remarks>
    internal sealed class HealthQrScreen : Screen
    {
        private readonly HealthReport _report = new HealthReport();
        private QrCode _code;
        private string _version;

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
                _code = QrEncoder.Encode(Payload, QrEncoder.MaxVersion);
                _version = "v" + _code.Version.ToString() + "-" + LevelLetter(_code.Level);
            }

            // Two pixels per module where the symbol fits (version 1 only); one otherwise, which a phone still reads at a
            // hand's width from the panel.
            int scale = _code.PixelSize(2) <= canvas.Frame.Height ? 2 : 1;
            int size = _code.PixelSize(scale);
            int left = size + 3;
            canvas.TextAt(0, left, catalog.Text(MessageId.HealthQrTitle));
            canvas.TextAt(1, left, _version);
            canvas.TextAt(3, left, catalog.Text(MessageId.HealthQrScan));
            _code.DrawTo(canvas.Frame, 0, (canvas.Frame.Height - size) / 2, scale, false);
        }

        private static string LevelLetter(QrErrorCorrectionLevel level)
        {
            switch (level)
            {
                case QrErrorCorrectionLevel.L:
                    return "L";
                case QrErrorCorrectionLevel.M:
                    return "M";
                case QrErrorCorrectionLevel.Q:
                    return "Q";
                default:
                    return "H";
            }
        }
    }
}
