using System;
using System.Text;
using NanoPos.Hal;
using Xunit;

namespace NanoPos.Qr.Host.Tests
{
    /// <summary>
    /// Every symbol the encoder draws into the 128x64 framebuffer decodes with ZXing.Net to the text it was given:
    /// random payloads of every length class in each mode, at each level, and with the level chosen by the encoder.
    /// </summary>
    public class ZxingDecodeTests
    {
        private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        private const int PerCase = 120;

        public static TheoryData<QrMode, QrErrorCorrectionLevel> Cases()
        {
            var data = new TheoryData<QrMode, QrErrorCorrectionLevel>();
            foreach (QrMode mode in new[] { QrMode.Numeric, QrMode.Alphanumeric, QrMode.Byte })
            {
                foreach (QrErrorCorrectionLevel level in new[] { QrErrorCorrectionLevel.L, QrErrorCorrectionLevel.M, QrErrorCorrectionLevel.Q, QrErrorCorrectionLevel.H })
                {
                    data.Add(mode, level);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Random_payloads_decode_to_the_same_text(QrMode mode, QrErrorCorrectionLevel level)
        {
            var random = new Random(1000 + ((int)mode * 10) + (int)level);
            int capacity = QrEncoder.Capacity(QrEncoder.MaxVersion, level, mode);
            var versions = new bool[QrEncoder.MaxVersion + 1];
            for (int n = 0; n < PerCase; n++)
            {
                // Short, medium and full-capacity texts: every version from 1 to 9 shows up.
                int length = n < 3 ? capacity - n : 1 + random.Next(capacity);
                string text = RandomText(random, mode, length, capacity);
                QrCode code = QrEncoder.Encode(text, QrEncoder.MaxVersion, level);
                Assert.Equal(mode, code.Mode);
                versions[code.Version] = true;
                AssertDecodes(code, text);
            }

            for (int v = 1; v <= QrEncoder.MaxVersion; v++)
            {
                Assert.True(versions[v], "version " + v + " was never produced");
            }
        }

        [Fact]
        public void The_level_chosen_by_the_encoder_decodes_at_every_length()
        {
            var random = new Random(7);
            for (int n = 0; n < 300; n++)
            {
                QrMode mode = (QrMode)new[] { 1, 2, 4 }[n % 3];
                int length = 1 + random.Next(QrEncoder.Capacity(QrEncoder.MaxVersion, QrErrorCorrectionLevel.L, mode));
                string text = RandomText(random, mode, length, int.MaxValue);
                AssertDecodes(QrEncoder.Encode(text, QrEncoder.MaxVersion), text);
            }
        }

        [Fact]
        public void The_matrix_equals_ZXings_own_encoder_when_the_mask_is_the_same()
        {
            var random = new Random(5);
            int compared = 0;
            for (int n = 0; n < 400; n++)
            {
                QrMode mode = (QrMode)new[] { 1, 2, 4 }[n % 3];
                QrErrorCorrectionLevel level = (QrErrorCorrectionLevel)(n % 4);
                string text = RandomText(random, mode, 1 + random.Next(QrEncoder.Capacity(9, level, mode)), int.MaxValue);
                if (mode == QrMode.Byte && !IsAscii(text))
                {
                    continue; // ZXing's encoder would pick another character set and add an ECI segment.
                }

                QrCode code = QrEncoder.Encode(text, 9, level);
                var zxLevel = new[] { ZXing.QrCode.Internal.ErrorCorrectionLevel.L, ZXing.QrCode.Internal.ErrorCorrectionLevel.M, ZXing.QrCode.Internal.ErrorCorrectionLevel.Q, ZXing.QrCode.Internal.ErrorCorrectionLevel.H }[(int)level];
                var theirs = ZXing.QrCode.Internal.Encoder.encode(text, zxLevel);
                if (theirs.Version.VersionNumber != code.Version || theirs.MaskPattern != code.Mask)
                {
                    continue;
                }

                compared++;
                for (int y = 0; y < code.Size; y++)
                {
                    for (int x = 0; x < code.Size; x++)
                    {
                        Assert.True((theirs.Matrix[x, y] == 1) == code.IsDark(x, y), "module " + x + "," + y + " of \"" + text + "\"");
                    }
                }
            }

            Assert.True(compared >= 50, "only " + compared + " symbols had the same version and mask");
        }

        [Fact]
        public void Dark_modules_lit_on_a_dark_on_light_panel_at_scale_2_also_decode()
        {
            var random = new Random(11);
            for (int n = 0; n < 50; n++)
            {
                string text = RandomText(random, QrMode.Byte, 1 + random.Next(7), int.MaxValue);
                QrCode code = QrEncoder.Encode(text, 1);
                var display = new MonochromeFramebuffer(128, 64);
                code.DrawTo(display, 30, 3, 2, true);
                Assert.Equal(text, FramebufferDecoder.Decode(display, 2, false));
            }
        }

        private static void AssertDecodes(QrCode code, string text)
        {
            string what = "version " + code.Version + "-" + code.Level + " mask " + code.Mask + " " + code.Mode + " \"" + text + "\"";

            // As on the OLED: the symbol centred, light modules and quiet zone lit, the rest of the screen unlit.
            var display = new MonochromeFramebuffer(128, 64);
            code.DrawTo(display, (128 - code.PixelSize(1)) / 2, (64 - code.PixelSize(1)) / 2, 1, false);

            // ZXing's finder detection misses a few symbols at one sampling scale and finds them at another (the
            // same happens with ZXing's own encoder's symbols, which are module for module the same: see
            // The_matrix_equals_ZXings_own_encoder_when_the_mask_is_the_same), as a phone tries frame after frame.
            // Every symbol must decode at one of the scales, and no scale may ever give another text.
            string found = null;
            foreach (int upscale in new[] { 2, 3, 1, 4 })
            {
                string decoded = FramebufferDecoder.Decode(display, upscale);
                if (decoded != null)
                {
                    Assert.True(text == decoded, what + " decoded as \"" + decoded + "\" at upscale " + upscale);
                    found = decoded;
                    break;
                }
            }

            Assert.True(found != null, what + ": ZXing found no symbol at any scale");

            // The pure path reads every module where the standard puts it: no detection tolerance involved.
            var lit = new MonochromeFramebuffer(128, 64);
            lit.FillRectangle(0, 0, 128, 64, true);
            code.DrawTo(lit, (128 - code.PixelSize(1)) / 2, (64 - code.PixelSize(1)) / 2, 1, false);
            Assert.True(text == FramebufferDecoder.Decode(lit, 2, true, true), what + ": the pure-barcode read differs");
        }

        private static bool IsAscii(string text)
        {
            foreach (char c in text)
            {
                if (c >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }

        private static string RandomText(Random random, QrMode mode, int length, int byteCapacity)
        {
            var text = new StringBuilder(length);
            if (mode == QrMode.Numeric)
            {
                for (int i = 0; i < length; i++)
                {
                    text.Append((char)('0' + random.Next(10)));
                }

                return text.ToString();
            }

            if (mode == QrMode.Alphanumeric)
            {
                for (int i = 0; i < length; i++)
                {
                    text.Append(Alphanumeric[random.Next(Alphanumeric.Length)]);
                }

                // One digit-only text would be numeric; make sure one letter is in it.
                text[random.Next(length)] = (char)('A' + random.Next(26));
                return text.ToString();
            }

            // Byte mode: printable ASCII with lower case, and now and then accented or CJK characters (2 or 3 UTF-8
            // bytes), kept within the byte capacity.
            int bytes = 0;
            while (bytes < length)
            {
                int kind = random.Next(10);
                char c = kind < 8 ? (char)(' ' + random.Next(95)) : kind == 8 ? (char)(0xC0 + random.Next(64)) : (char)(0x4E00 + random.Next(2000));
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                if (bytes + size > Math.Min(length, byteCapacity))
                {
                    c = 'a';
                    size = 1;
                }

                text.Append(c);
                bytes += size;
            }

            text[0] = 'a';
            return text.ToString();
        }
    }
}
