using NanoPos.Hal;
using NanoPos.Qr;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Receipts;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// An e-receipt as a QR code (<see cref="ReceiptText"/>), offered by the result screen and the history detail with 0;
    /// any key goes back to where it came from.
    /// </summary>
    internal sealed class ReceiptQrScreen : Screen
    {
        private Screen _back;
        private QrCode _code;

        internal ReceiptQrScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.ReceiptQr; }
        }

        /// <summary>Gets the receipt's text shown as the code, or null (for tests and the emulator).</summary>
        internal string Payload { get; private set; }

        /// <summary>Prepares the code of a receipt and the screen to go back to (null: idle).</summary>
        internal void Set(Receipt receipt, Screen back)
        {
            Payload = ReceiptText.Format(receipt);
            _code = QrView.Encode(Payload);
            _back = back;
        }

        internal override void HandleKey(Key key)
        {
            if (_back == null)
            {
                Ui.ShowIdle();
            }
            else
            {
                Ui.Show(_back);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            if (_code != null)
            {
                QrView.Draw(canvas, _code, catalog.Text(MessageId.ReceiptQrTitle), catalog.Text(MessageId.HealthQrScan));
            }
        }
    }
}
