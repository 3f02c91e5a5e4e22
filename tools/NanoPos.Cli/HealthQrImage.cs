using System;
using System.Collections.Generic;
using System.IO;
using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace NanoPos.Cli
{
    /// <summary>
    /// Finds the QR code in a picture of the terminal's display: a screenshot PNG of <c>nanopos run --png</c> (1 to 32 image
    /// pixels per display pixel, lit pixels light or dark), a browser screenshot of the emulator's page or canvas, or a
    /// photo, any size. The file is read by StbImageSharp (PNG of any colour type and depth, JPEG, BMP, GIF, TGA; managed
    /// code, no native library), the symbol found by ZXing.Net's QR reader.
    /// </summary>
    /// <remarks>
    /// The health QR code is drawn at one display pixel per module; ZXing's finder-pattern detection misses some small
    /// symbols at one sampling scale and finds them at another (see tests/NanoPos.Qr.Host.Tests), so the image is tried as
    /// it is, then enlarged 2, 3 and 4 times (nearest neighbour, while it stays at most <see cref="MaxSidePixels"/> a side),
    /// each with ZXing's two binarizers, and each also inverted (a display whose lit pixels are dark, or a symbol drawn
    /// with its dark modules lit). The first text found is the answer.
    /// </remarks>
    public static class HealthQrImage
    {
        /// <summary>The largest image read, in pixels (about a 8K screenshot); larger files are refused.</summary>
        public const long MaxPixels = 40_000_000;

        /// <summary>The longest side an enlarged copy may have, in pixels.</summary>
        public const int MaxSidePixels = 2048;

        /// <summary>Reads an image file's pixels as 8-bit luminance (transparent pixels count as white paper).</summary>
        /// <param name="file">The file's bytes.</param>
        /// <param name="width">The width in pixels.</param>
        /// <param name="height">The height in pixels.</param>
        /// <returns>One byte per pixel, row by row, 0 black to 255 white.</returns>
        /// <exception cref="InvalidDataException">The bytes are not an image the reader knows, or the image is too large.</exception>
        public static byte[] ReadLuminance(byte[] file, out int width, out int height)
        {
            ArgumentNullException.ThrowIfNull(file);
            ImageResult image;
            try
            {
                ImageInfo? info = ImageInfo.FromStream(new MemoryStream(file, false));
                if (info == null)
                {
                    throw new InvalidDataException("not an image this tool reads (PNG, JPEG, BMP, GIF, TGA)");
                }

                if ((long)info.Value.Width * info.Value.Height > MaxPixels)
                {
                    throw new InvalidDataException("the image is " + info.Value.Width + "x" + info.Value.Height + " pixels, more than " + MaxPixels + " pixels");
                }

                image = ImageResult.FromMemory(file, ColorComponents.RedGreenBlueAlpha);
            }
            catch (InvalidDataException)
            {
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The decoder reports a damaged or unknown file with a plain Exception naming what it could not read.
                throw new InvalidDataException("not an image this tool reads (PNG, JPEG, BMP, GIF, TGA): " + e.Message, e);
            }

            width = image.Width;
            height = image.Height;
            byte[] rgba = image.Data;
            byte[] luminance = new byte[width * height];
            for (int i = 0; i < luminance.Length; i++)
            {
                int r = rgba[i * 4], g = rgba[(i * 4) + 1], b = rgba[(i * 4) + 2], a = rgba[(i * 4) + 3];
                int y = ((r * 299) + (g * 587) + (b * 114)) / 1000;
                luminance[i] = (byte)(((y * a) + (255 * (255 - a))) / 255);
            }

            return luminance;
        }

        /// <summary>Finds a QR code in an image file and returns its text.</summary>
        /// <param name="file">The file's bytes.</param>
        /// <param name="width">The image's width in pixels.</param>
        /// <param name="height">The image's height in pixels.</param>
        /// <returns>The text, or null when no QR code was found.</returns>
        /// <exception cref="InvalidDataException">The bytes are not an image the reader knows, or the image is too large.</exception>
        public static string Find(byte[] file, out int width, out int height)
        {
            byte[] luminance = ReadLuminance(file, out width, out height);
            return Find(luminance, width, height);
        }

        /// <summary>Finds a QR code in 8-bit luminance pixels (e.g. read from a canvas) and returns its text.</summary>
        /// <param name="luminance">One byte per pixel, row by row, 0 black to 255 white.</param>
        /// <param name="width">The width in pixels.</param>
        /// <param name="height">The height in pixels.</param>
        /// <returns>The text, or null when no QR code was found.</returns>
        public static string Find(byte[] luminance, int width, int height)
        {
            ArgumentNullException.ThrowIfNull(luminance);
            if (width < 1 || height < 1 || luminance.Length != width * height)
            {
                throw new ArgumentException("The pixels do not match " + width + "x" + height + ".", nameof(luminance));
            }

            for (int scale = 1; scale <= 4; scale++)
            {
                if (scale > 1 && Math.Max(width, height) * scale > MaxSidePixels)
                {
                    break;
                }

                byte[] scaled = scale == 1 ? luminance : Enlarge(luminance, width, height, scale);
                string text = Try(scaled, width * scale, height * scale) ?? Try(Invert(scaled), width * scale, height * scale);
                if (text != null)
                {
                    return text;
                }
            }

            return null;
        }

        private static string Try(byte[] luminance, int width, int height)
        {
            var hints = new Dictionary<DecodeHintType, object>
            {
                [DecodeHintType.CHARACTER_SET] = "UTF-8",
                [DecodeHintType.TRY_HARDER] = true,
                [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
            };
            var source = new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
            foreach (Binarizer binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
            {
                try
                {
                    Result result = new QRCodeReader().decode(new BinaryBitmap(binarizer), hints);
                    if (result?.Text != null)
                    {
                        return result.Text;
                    }
                }
                catch (ReaderException)
                {
                    // Not found at this scale with this binarizer: the next one is tried.
                }
            }

            return null;
        }

        private static byte[] Enlarge(byte[] luminance, int width, int height, int scale)
        {
            int w = width * scale;
            byte[] large = new byte[w * height * scale];
            for (int y = 0; y < height * scale; y++)
            {
                int from = (y / scale) * width;
                int to = y * w;
                for (int x = 0; x < w; x++)
                {
                    large[to + x] = luminance[from + (x / scale)];
                }
            }

            return large;
        }

        private static byte[] Invert(byte[] luminance)
        {
            byte[] inverted = new byte[luminance.Length];
            for (int i = 0; i < luminance.Length; i++)
            {
                inverted[i] = (byte)(255 - luminance[i]);
            }

            return inverted;
        }
    }
}
