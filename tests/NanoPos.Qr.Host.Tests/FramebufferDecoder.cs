using System.Collections.Generic;
using NanoPos.Hal;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace NanoPos.Qr.Host.Tests
{
    /// <summary>
    /// Reads a QR code back from a <see cref="MonochromeFramebuffer"/>'s pixels with ZXing.Net: each pixel becomes a
    /// square of 8-bit luminance (by default a lit pixel is light, 255, and an off pixel dark, 0, as on an OLED), wrapped in ZXing's
    /// <see cref="RGBLuminanceSource"/> and binarized by ZXing's <see cref="HybridBinarizer"/>.
    /// </summary>
    public static class FramebufferDecoder
    {
        /// <summary>Decodes the framebuffer; returns null when ZXing finds no QR code.</summary>
        /// <param name="framebuffer">The display image, lit pixels light.</param>
        /// <param name="upscale">Luminance pixels per framebuffer pixel on each axis.</param>
        /// <param name="litIsLight">True when a lit pixel looks light (OLED); false when it looks dark (ink, LCD).</param>
        /// <param name="pure">True to use ZXing's pure-barcode path (the symbol read from the bounding box of its dark
        /// pixels, no finder detection): the framebuffer must then be light all around the symbol.</param>
        public static string Decode(MonochromeFramebuffer framebuffer, int upscale, bool litIsLight = true, bool pure = false)
        {
            int width = framebuffer.Width * upscale;
            int height = framebuffer.Height * upscale;
            byte[] luminance = new byte[width * height];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    luminance[(y * width) + x] = framebuffer.GetPixel(x / upscale, y / upscale) == litIsLight ? (byte)255 : (byte)0;
                }
            }

            var source = new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
            var bitmap = new BinaryBitmap(new HybridBinarizer(source));
            var hints = new Dictionary<DecodeHintType, object>
            {
                [DecodeHintType.CHARACTER_SET] = "UTF-8",
                [DecodeHintType.TRY_HARDER] = true,
            };
            if (pure)
            {
                hints[DecodeHintType.PURE_BARCODE] = true;
            }

            Result result = new QRCodeReader().decode(bitmap, hints);
            return result?.Text;
        }
    }
}
