using System;
using NanoPos.Hal;

namespace NanoPos.Qr
{
    /// <summary>
    /// An encoded QR Code Model 2 symbol: its module matrix, version, error correction level, mask and mode, and a
    /// way to draw it into a <see cref="MonochromeFramebuffer"/> with its quiet zone. Made by <see cref="QrEncoder"/>.
    /// </summary>
    public sealed class QrCode
    {
        /// <summary>The quiet zone around the symbol in modules, on every side.</summary>
        public const int QuietZone = 4;

        private readonly byte[] _modules;
        private readonly byte[] _codewords;

        internal QrCode(byte[] modules, byte[] codewords, int version, QrErrorCorrectionLevel level, int mask, QrMode mode)
        {
            _modules = modules;
            _codewords = codewords;
            Version = version;
            Size = QrTables.Size(version);
            Level = level;
            Mask = mask;
            Mode = mode;
        }

        /// <summary>Gets the version, 1 to 9.</summary>
        public int Version { get; }

        /// <summary>Gets the side of the symbol in modules (17 + 4 * version), quiet zone excluded.</summary>
        public int Size { get; }

        /// <summary>Gets the error correction level.</summary>
        public QrErrorCorrectionLevel Level { get; }

        /// <summary>Gets the data mask, 0 to 7, chosen by the lowest penalty.</summary>
        public int Mask { get; }

        /// <summary>Gets the mode of the single data segment.</summary>
        public QrMode Mode { get; }

        /// <summary>Gets the interleaved codewords (data, then error correction), as placed in the symbol.</summary>
        internal byte[] Codewords
        {
            get { return _codewords; }
        }

        /// <summary>Gets whether a module is dark.</summary>
        /// <param name="x">The column in modules, 0 at the left.</param>
        /// <param name="y">The row in modules, 0 at the top.</param>
        /// <returns>True for a dark module; false for a light one or outside the symbol (the quiet zone is light).</returns>
        public bool IsDark(int x, int y)
        {
            if (x < 0 || y < 0 || x >= Size || y >= Size)
            {
                return false;
            }

            return (_modules[(y * Size) + x] & QrLayout.Dark) != 0;
        }

        /// <summary>Gets the side of the drawn symbol in pixels, quiet zone included: (size + 8) * scale.</summary>
        /// <param name="scale">The pixels per module, at least 1.</param>
        /// <returns>The side in pixels.</returns>
        public int PixelSize(int scale)
        {
            return (Size + (2 * QuietZone)) * scale;
        }

        /// <summary>
        /// Draws the symbol and its 4-module quiet zone into a framebuffer. On a lit-pixel display (OLED) a phone
        /// needs light modules lit, so pass <paramref name="darkModulesLit"/> false there.
        /// </summary>
        /// <param name="target">The framebuffer to draw into.</param>
        /// <param name="left">The column of the quiet zone's left edge in pixels.</param>
        /// <param name="top">The row of the quiet zone's top edge in pixels.</param>
        /// <param name="scale">The pixels per module, at least 1.</param>
        /// <param name="darkModulesLit">True to light dark modules; false to light the quiet zone and light modules.</param>
        /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The scale is below 1 or the symbol does not fit the framebuffer.</exception>
        public void DrawTo(MonochromeFramebuffer target, int left, int top, int scale, bool darkModulesLit)
        {
            if (target == null)
            {
                throw new ArgumentNullException("target");
            }

            int side = PixelSize(scale);
            if (scale < 1 || left < 0 || top < 0 || left + side > target.Width || top + side > target.Height)
            {
                throw new ArgumentOutOfRangeException("scale", "The symbol with its quiet zone does not fit the framebuffer at this offset and scale.");
            }

            target.FillRectangle(left, top, side, side, !darkModulesLit);
            int origin = QuietZone * scale;
            for (int y = 0; y < Size; y++)
            {
                for (int x = 0; x < Size; x++)
                {
                    if ((_modules[(y * Size) + x] & QrLayout.Dark) != 0)
                    {
                        target.FillRectangle(left + origin + (x * scale), top + origin + (y * scale), scale, scale, darkModulesLit);
                    }
                }
            }
        }
    }
}
