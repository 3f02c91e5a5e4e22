using System;

namespace NanoPos.Qr
{
    /// <summary>
    /// Encodes text as a QR Code Model 2 symbol (ISO/IEC 18004), versions 1 to 9: one segment in the most compact
    /// mode (numeric, alphanumeric or UTF-8 bytes), the strongest error correction level that fits within the
    /// version budget, the smallest version for that level, and the mask with the lowest penalty. One encode
    /// allocates the module matrix and a few working buffers (under 4 KB at version 9), nothing per module.
    /// </summary>
    public static class QrEncoder
    {
        /// <summary>The largest version supported: 53 x 53 modules, 61 pixels with the quiet zone at 1 pixel per module.</summary>
        public const int MaxVersion = QrTables.MaxVersion;

        /// <summary>Encodes text with the strongest error correction level that fits in at most the given version.</summary>
        /// <param name="text">The text; characters outside the alphanumeric set are sent as UTF-8 bytes.</param>
        /// <param name="maxVersion">The largest version allowed, 1 to 9.</param>
        /// <returns>The symbol.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxVersion"/> is not 1 to 9.</exception>
        /// <exception cref="ArgumentException">The text does not fit even at level L in the largest version allowed.</exception>
        public static QrCode Encode(string text, int maxVersion)
        {
            return Encode(text, maxVersion, QrErrorCorrectionLevel.L, true);
        }

        /// <summary>Encodes text at a fixed error correction level in the smallest version that holds it.</summary>
        /// <param name="text">The text; characters outside the alphanumeric set are sent as UTF-8 bytes.</param>
        /// <param name="maxVersion">The largest version allowed, 1 to 9.</param>
        /// <param name="level">The error correction level to use.</param>
        /// <returns>The symbol.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxVersion"/> is not 1 to 9.</exception>
        /// <exception cref="ArgumentException">The text does not fit at that level in the largest version allowed.</exception>
        public static QrCode Encode(string text, int maxVersion, QrErrorCorrectionLevel level)
        {
            return Encode(text, maxVersion, level, false);
        }

        /// <summary>Gets how many characters of a mode fit a version and level (UTF-8 bytes in byte mode).</summary>
        /// <param name="version">The version, 1 to 9.</param>
        /// <param name="level">The error correction level.</param>
        /// <param name="mode">The mode.</param>
        /// <returns>The capacity in characters (bytes in byte mode).</returns>
        public static int Capacity(int version, QrErrorCorrectionLevel level, QrMode mode)
        {
            CheckVersion(version);
            int bits = QrTables.DataCodewords(version, (int)level) * 8;
            int units = 0;
            while (QrText.SegmentBits(mode, units + 1) <= bits)
            {
                units++;
            }

            return units;
        }

        private static QrCode Encode(string text, int maxVersion, QrErrorCorrectionLevel fixedLevel, bool strongest)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            CheckVersion(maxVersion);
            QrMode mode = QrText.ChooseMode(text);
            int units = QrText.CountUnits(text, mode);
            int bits = QrText.SegmentBits(mode, units);
            int version = 0;
            int level = (int)fixedLevel;
            int firstLevel = strongest ? 3 : level;
            for (int l = firstLevel; l >= level && version == 0; l--)
            {
                for (int v = 1; v <= maxVersion; v++)
                {
                    if (bits <= QrTables.DataCodewords(v, l) * 8)
                    {
                        version = v;
                        level = l;
                        break;
                    }
                }
            }

            if (version == 0)
            {
                throw new ArgumentException("The text is too long for a QR code of version " + maxVersion + " at level "
                    + LevelName(level) + ": it needs " + bits + " bits in " + ModeName(mode) + " mode, the symbol holds "
                    + (QrTables.DataCodewords(maxVersion, level) * 8) + " (at most " + Capacity(maxVersion, (QrErrorCorrectionLevel)level, mode)
                    + (mode == QrMode.Byte ? " UTF-8 bytes" : " characters") + ").");
            }

            return Build(text, mode, units, version, level);
        }

        private static QrCode Build(string text, QrMode mode, int units, int version, int level)
        {
            int dataCount = QrTables.DataCodewords(version, level);
            byte[] data = new byte[dataCount];
            int written = QrText.WriteSegment(text, mode, units, data);
            QrCodewords.Pad(data, written, dataCount);

            int total = QrTables.TotalCodewords(version);
            byte[] codewords = new byte[total];
            byte[] divisor = new byte[30];
            byte[] ecc = new byte[30];
            QrCodewords.Interleave(data, version, level, codewords, divisor, ecc);

            int size = QrTables.Size(version);
            byte[] modules = new byte[size * size];
            QrLayout.DrawFunctionPatterns(modules, size, version);
            QrLayout.PlaceCodewords(modules, size, codewords, total);

            int best = 0;
            int bestPenalty = int.MaxValue;
            for (int mask = 0; mask < 8; mask++)
            {
                QrMasking.Apply(modules, size, mask);
                QrLayout.DrawFormat(modules, size, QrTables.FormatBits(level, mask));
                int penalty = QrMasking.Penalty(modules, size);
                if (penalty < bestPenalty)
                {
                    best = mask;
                    bestPenalty = penalty;
                }

                QrMasking.Apply(modules, size, mask);
            }

            QrMasking.Apply(modules, size, best);
            QrLayout.DrawFormat(modules, size, QrTables.FormatBits(level, best));
            return new QrCode(modules, codewords, version, (QrErrorCorrectionLevel)level, best, mode);
        }

        private static void CheckVersion(int version)
        {
            if (version < 1 || version > MaxVersion)
            {
                throw new ArgumentOutOfRangeException("version", "The QR version must be 1 to 9 (the largest that fits 64 pixels with a quiet zone).");
            }
        }

        private static string LevelName(int level)
        {
            return level == 0 ? "L" : level == 1 ? "M" : level == 2 ? "Q" : "H";
        }

        private static string ModeName(QrMode mode)
        {
            return mode == QrMode.Numeric ? "numeric" : mode == QrMode.Alphanumeric ? "alphanumeric" : "byte";
        }
    }
}
