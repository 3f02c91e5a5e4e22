using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// Writes a <see cref="MonochromeFramebuffer"/> as a PNG image, each pixel enlarged to a square of
    /// <c>scale</c> x <c>scale</c> image pixels, so screens can be looked at in the browser emulator, attached to bug
    /// reports and compared in tests. Desktop only.
    /// </summary>
    /// <remarks>
    /// The file is a 1-bit indexed-colour PNG (colour type 3, bit depth 1, no interlace) with a two-entry palette:
    /// index 0 for unlit pixels, 1 for lit ones (colours from <see cref="FramebufferPngStyle"/>). Chunks: IHDR, PLTE,
    /// one IDAT (zlib stream of every row with filter type 0), IEND; each with its CRC-32 as the PNG specification
    /// requires. A 128x64 frame at scale 4 is a 512x256 image of a few hundred bytes.
    /// </remarks>
    public static class FramebufferPng
    {
        /// <summary>The smallest enlargement.</summary>
        public const int MinScale = 1;

        /// <summary>The largest enlargement (a 128x64 frame becomes 4096x2048 pixels).</summary>
        public const int MaxScale = 32;

        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>
        /// Encodes a frame as PNG bytes.
        /// </summary>
        /// <param name="frame">The frame.</param>
        /// <param name="scale">The enlargement, <see cref="MinScale"/> to <see cref="MaxScale"/>.</param>
        /// <param name="style">The colours.</param>
        /// <returns>The complete PNG file.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is out of range.</exception>
        public static byte[] Encode(MonochromeFramebuffer frame, int scale, FramebufferPngStyle style)
        {
            using var memory = new MemoryStream();
            Write(frame, memory, scale, style);
            return memory.ToArray();
        }

        /// <summary>
        /// Writes a frame as a PNG file, replacing any file of that name.
        /// </summary>
        /// <param name="frame">The frame.</param>
        /// <param name="path">The file to write.</param>
        /// <param name="scale">The enlargement, <see cref="MinScale"/> to <see cref="MaxScale"/>.</param>
        /// <param name="style">The colours.</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> or <paramref name="path"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is out of range.</exception>
        /// <exception cref="IOException">The file cannot be written.</exception>
        public static void WriteFile(MonochromeFramebuffer frame, string path, int scale, FramebufferPngStyle style)
        {
            ArgumentNullException.ThrowIfNull(path);

            // Encode first, so a bad argument never leaves an empty or half-written file behind.
            byte[] png = Encode(frame, scale, style);
            File.WriteAllBytes(path, png);
        }

        /// <summary>
        /// Writes a frame as PNG to a stream, from the stream's current position; the stream stays open.
        /// </summary>
        /// <param name="frame">The frame.</param>
        /// <param name="output">The stream to write to.</param>
        /// <param name="scale">The enlargement, <see cref="MinScale"/> to <see cref="MaxScale"/>.</param>
        /// <param name="style">The colours.</param>
        /// <exception cref="ArgumentNullException"><paramref name="frame"/> or <paramref name="output"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is out of range.</exception>
        public static void Write(MonochromeFramebuffer frame, Stream output, int scale, FramebufferPngStyle style)
        {
            ArgumentNullException.ThrowIfNull(frame);
            ArgumentNullException.ThrowIfNull(output);
            if (scale < MinScale || scale > MaxScale)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), scale, $"The scale must be {MinScale} to {MaxScale}.");
            }

            int width = frame.Width * scale;
            int height = frame.Height * scale;

            output.Write(Signature);

            byte[] header = new byte[13];
            WriteUInt32(header, 0, (uint)width);
            WriteUInt32(header, 4, (uint)height);
            header[8] = 1;  // bit depth: one bit per pixel
            header[9] = 3;  // colour type: indexed (palette)
            header[10] = 0; // compression: deflate
            header[11] = 0; // filter method: adaptive, here always type 0 (None) per row
            header[12] = 0; // no interlace
            WriteChunk(output, "IHDR", header);

            WriteChunk(output, "PLTE", Palette(style));
            WriteChunk(output, "IDAT", CompressRows(frame, scale, width, height));
            WriteChunk(output, "IEND", Array.Empty<byte>());
        }

        private static byte[] Palette(FramebufferPngStyle style)
        {
            return style switch
            {
                // Index 0 unlit, index 1 lit.
                FramebufferPngStyle.DarkOnLight => new byte[] { 0xEE, 0xEE, 0xE6, 0x00, 0x00, 0x00 },
                FramebufferPngStyle.Oled => new byte[] { 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF },
                _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown PNG style."),
            };
        }

        private static byte[] CompressRows(MonochromeFramebuffer frame, int scale, int width, int height)
        {
            int rowBytes = (width + 7) / 8;
            byte[] row = new byte[1 + rowBytes];
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (int frameY = 0; frameY < frame.Height; frameY++)
                {
                    // Build one image row from the frame row, then repeat it "scale" times.
                    Array.Clear(row);
                    row[0] = 0; // filter type None
                    for (int x = 0; x < width; x++)
                    {
                        if (frame.GetPixel(x / scale, frameY))
                        {
                            row[1 + (x >> 3)] |= (byte)(0x80 >> (x & 7));
                        }
                    }

                    for (int repeat = 0; repeat < scale; repeat++)
                    {
                        zlib.Write(row, 0, row.Length);
                    }
                }
            }

            return compressed.ToArray();
        }

        private static void WriteChunk(Stream output, string type, byte[] data)
        {
            byte[] typeBytes = Encoding.ASCII.GetBytes(type);
            byte[] word = new byte[4];
            WriteUInt32(word, 0, (uint)data.Length);
            output.Write(word);
            output.Write(typeBytes);
            output.Write(data);

            // The CRC (PNG specifies the IEEE CRC-32 of Crc32) covers the chunk type and data, not the length.
            uint crc = Crc32.Update(Crc32.Begin(), typeBytes, 0, typeBytes.Length);
            crc = Crc32.Finish(Crc32.Update(crc, data, 0, data.Length));
            WriteUInt32(word, 0, crc);
            output.Write(word);
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            // PNG integers are big-endian.
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }
    }
}
