using NanoPos.Qr;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Draws a QR code on the left of the display with three short texts beside it (title, the symbol's version and
    /// level, a caption): the layout the health and receipt QR screens share.
    /// </summary>
    internal static class QrView
    {
        /// <summary>Encodes a text into the largest symbol the display holds (versions 1 to 9, the strongest level that fits).</summary>
        internal static QrCode Encode(string text)
        {
            return QrEncoder.Encode(text, QrEncoder.MaxVersion);
        }

        /// <summary>Draws the code and the texts.</summary>
        internal static void Draw(ScreenCanvas canvas, QrCode code, string title, string caption)
        {
            // Two pixels per module where the symbol fits (version 1 only); one otherwise, which a phone still reads at a
            // hand's width from the panel. An OLED's lit pixel is light to a camera: the quiet zone and light modules lit.
            int scale = code.PixelSize(2) <= canvas.Frame.Height ? 2 : 1;
            int size = code.PixelSize(scale);
            int left = size + 3;
            canvas.TextAt(0, left, title);
            canvas.TextAt(1, left, "v" + code.Version.ToString() + "-" + LevelLetter(code.Level));
            canvas.TextAt(3, left, caption);
            code.DrawTo(canvas.Frame, 0, (canvas.Frame.Height - size) / 2, scale, false);
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
