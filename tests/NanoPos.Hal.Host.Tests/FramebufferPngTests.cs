using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// The PNG screenshots of the emulator and bug reports: the header says the right size, the chunks carry valid
    /// CRCs, and decoded pixels sit where the frame had them, enlarged by the scale.
    /// </summary>
    public class FramebufferPngTests
    {
        private const int Ink = 0x000000;
        private const int Paper = 0xEEEEE6;

        [Fact]
        public void Header_gives_the_scaled_size_as_a_one_bit_indexed_image()
        {
            byte[] png = FramebufferPng.Encode(new MonochromeFramebuffer(128, 64), 4, FramebufferPngStyle.DarkOnLight);

            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
            Assert.Equal(13u, PngImage.ReadUInt32(png, 8));
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal(512u, PngImage.ReadUInt32(png, 16));
            Assert.Equal(256u, PngImage.ReadUInt32(png, 20));

            PngImage image = PngImage.Read(png);
            Assert.Equal(1, image.BitDepth);
            Assert.Equal(3, image.ColourType);
            Assert.Equal(new[] { "IHDR", "PLTE", "IDAT", "IEND" }, image.ChunkTypes);
        }

        [Fact]
        public void File_ends_with_the_well_known_IEND_chunk()
        {
            byte[] png = FramebufferPng.Encode(new MonochromeFramebuffer(8, 8), 1, FramebufferPngStyle.Oled);

            // Every PNG ends with these 12 bytes: length 0, "IEND", and the CRC-32 of "IEND".
            Assert.Equal(
                new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 },
                png.Skip(png.Length - 12));
        }

        [Fact]
        public void Lit_pixels_become_scale_by_scale_squares_of_ink()
        {
            var frame = new MonochromeFramebuffer(128, 64);
            frame.SetPixel(0, 0, true);
            frame.SetPixel(10, 20, true);
            frame.SetPixel(127, 63, true);

            PngImage image = PngImage.Read(FramebufferPng.Encode(frame, 4, FramebufferPngStyle.DarkOnLight));

            for (int dy = 0; dy < 4; dy++)
            {
                for (int dx = 0; dx < 4; dx++)
                {
                    Assert.Equal(Ink, image.GetRgb(dx, dy));
                    Assert.Equal(Ink, image.GetRgb(40 + dx, 80 + dy));
                    Assert.Equal(Ink, image.GetRgb(508 + dx, 252 + dy));
                }
            }

            Assert.Equal(Paper, image.GetRgb(4, 0));
            Assert.Equal(Paper, image.GetRgb(0, 4));
            Assert.Equal(Paper, image.GetRgb(39, 80));
            Assert.Equal(Paper, image.GetRgb(507, 255));

            int inkCount = 0;
            for (int y = 0; y < image.Height; y++)
            {
                for (int x = 0; x < image.Width; x++)
                {
                    inkCount += image.GetRgb(x, y) == Ink ? 1 : 0;
                }
            }

            Assert.Equal(3 * 16, inkCount);
        }

        [Fact]
        public void Oled_style_paints_lit_pixels_white_on_black()
        {
            var frame = new MonochromeFramebuffer(16, 8);
            frame.FillRectangle(0, 0, 16, 8, true);
            frame.SetPixel(3, 5, false);

            PngImage image = PngImage.Read(FramebufferPng.Encode(frame, 2, FramebufferPngStyle.Oled));

            Assert.Equal(0xFFFFFF, image.GetRgb(0, 0));
            Assert.Equal(0x000000, image.GetRgb(7, 11));
            Assert.Equal(0xFFFFFF, image.GetRgb(8, 11));
        }

        [Fact]
        public void Width_that_is_not_a_multiple_of_eight_keeps_its_last_column()
        {
            var frame = new MonochromeFramebuffer(13, 8);
            frame.SetPixel(12, 7, true);

            PngImage image = PngImage.Read(FramebufferPng.Encode(frame, 1, FramebufferPngStyle.DarkOnLight));

            Assert.Equal(13, image.Width);
            Assert.Equal(8, image.Height);
            Assert.Equal(Ink, image.GetRgb(12, 7));
            Assert.Equal(Paper, image.GetRgb(11, 7));
        }

        [Fact]
        public void File_and_stream_hold_the_same_bytes_and_the_stream_stays_open()
        {
            var frame = new MonochromeFramebuffer(128, 64);
            frame.FillRectangle(10, 10, 30, 5, true);
            string path = Path.Combine(Path.GetTempPath(), "nanopos-png-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                FramebufferPng.WriteFile(frame, path, 3, FramebufferPngStyle.Oled);
                using var stream = new MemoryStream();
                stream.WriteByte(0x42);
                FramebufferPng.Write(frame, stream, 3, FramebufferPngStyle.Oled);

                Assert.True(stream.CanWrite);
                Assert.Equal(File.ReadAllBytes(path), stream.ToArray().Skip(1));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Bad_arguments_are_refused_and_leave_no_file()
        {
            var frame = new MonochromeFramebuffer(8, 8);
            string path = Path.Combine(Path.GetTempPath(), "nanopos-png-" + Guid.NewGuid().ToString("N") + ".png");

            Assert.Throws<ArgumentOutOfRangeException>(() => FramebufferPng.WriteFile(frame, path, 0, FramebufferPngStyle.Oled));
            Assert.Throws<ArgumentOutOfRangeException>(() => FramebufferPng.Encode(frame, 33, FramebufferPngStyle.Oled));
            Assert.Throws<ArgumentOutOfRangeException>(() => FramebufferPng.Encode(frame, 1, (FramebufferPngStyle)7));
            Assert.Throws<ArgumentNullException>(() => FramebufferPng.Encode(null, 1, FramebufferPngStyle.Oled));
            Assert.Throws<ArgumentNullException>(() => FramebufferPng.Write(frame, null, 1, FramebufferPngStyle.Oled));
            Assert.False(File.Exists(path));
        }
    }
}
