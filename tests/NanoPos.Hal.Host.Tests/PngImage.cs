using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// A deliberately small PNG reader for the tests, written apart from the encoder: it checks the signature and
    /// every chunk's CRC, reads IHDR and PLTE, inflates the IDAT data and undoes the row filters, so the pixels the
    /// tests look at are the ones any viewer would show. It reads only what FramebufferPng may write (indexed colour,
    /// bit depth 1, no interlace) and fails loudly on anything else.
    /// </summary>
    internal sealed class PngImage
    {
        private static readonly byte[] Signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

        private readonly byte[][] _rows;
        private readonly byte[] _palette;

        private PngImage(int width, int height, int bitDepth, int colourType, byte[] palette, byte[][] rows, List<string> chunkTypes)
        {
            Width = width;
            Height = height;
            BitDepth = bitDepth;
            ColourType = colourType;
            _palette = palette;
            _rows = rows;
            ChunkTypes = chunkTypes;
        }

        public int Width { get; }

        public int Height { get; }

        public int BitDepth { get; }

        public int ColourType { get; }

        public IReadOnlyList<string> ChunkTypes { get; }

        /// <summary>Gets the colour of a pixel as 0xRRGGBB.</summary>
        public int GetRgb(int x, int y)
        {
            int index = (_rows[y][x >> 3] >> (7 - (x & 7))) & 1;
            return (_palette[index * 3] << 16) | (_palette[(index * 3) + 1] << 8) | _palette[(index * 3) + 2];
        }

        public static PngImage Read(byte[] file)
        {
            if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            {
                throw new InvalidDataException("Not a PNG signature.");
            }

            int width = 0, height = 0, bitDepth = 0, colourType = 0, interlace = 0;
            byte[] palette = null;
            var idat = new MemoryStream();
            var types = new List<string>();
            int pos = Signature.Length;
            while (pos < file.Length)
            {
                int length = (int)ReadUInt32(file, pos);
                string type = Encoding.ASCII.GetString(file, pos + 4, 4);
                byte[] data = file.AsSpan(pos + 8, length).ToArray();
                uint storedCrc = ReadUInt32(file, pos + 8 + length);
                uint actualCrc = Crc32(file.AsSpan(pos + 4, 4 + length));
                if (storedCrc != actualCrc)
                {
                    throw new InvalidDataException($"CRC of chunk {type} is {storedCrc:X8}, expected {actualCrc:X8}.");
                }

                types.Add(type);
                switch (type)
                {
                    case "IHDR":
                        width = (int)ReadUInt32(data, 0);
                        height = (int)ReadUInt32(data, 4);
                        bitDepth = data[8];
                        colourType = data[9];
                        interlace = data[12];
                        break;
                    case "PLTE":
                        palette = data;
                        break;
                    case "IDAT":
                        idat.Write(data);
                        break;
                }

                pos += 12 + length;
            }

            if (bitDepth != 1 || colourType != 3 || interlace != 0 || palette == null)
            {
                throw new InvalidDataException("This reader only knows 1-bit indexed images without interlace.");
            }

            int rowBytes = (width + 7) / 8;
            idat.Position = 0;
            using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
            var raw = new MemoryStream();
            inflater.CopyTo(raw);
            byte[] pixels = raw.ToArray();
            if (pixels.Length != height * (1 + rowBytes))
            {
                throw new InvalidDataException($"Image data is {pixels.Length} bytes, expected {height * (1 + rowBytes)}.");
            }

            var rows = new byte[height][];
            byte[] previous = new byte[rowBytes];
            for (int y = 0; y < height; y++)
            {
                int filter = pixels[y * (1 + rowBytes)];
                byte[] row = pixels.AsSpan((y * (1 + rowBytes)) + 1, rowBytes).ToArray();
                Unfilter(filter, row, previous);
                rows[y] = row;
                previous = row;
            }

            return new PngImage(width, height, bitDepth, colourType, palette, rows, types);
        }

        private static void Unfilter(int filter, byte[] row, byte[] previous)
        {
            // At bit depth 1 the "bytes per pixel" for filtering is 1.
            for (int i = 0; i < row.Length; i++)
            {
                int left = i > 0 ? row[i - 1] : 0;
                int up = previous[i];
                int upLeft = i > 0 ? previous[i - 1] : 0;
                row[i] = filter switch
                {
                    0 => row[i],
                    1 => (byte)(row[i] + left),
                    2 => (byte)(row[i] + up),
                    3 => (byte)(row[i] + ((left + up) / 2)),
                    4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                    _ => throw new InvalidDataException($"Unknown filter type {filter}."),
                };
            }
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }

        internal static uint ReadUInt32(byte[] data, int offset)
        {
            return ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];
        }

        internal static uint Crc32(ReadOnlySpan<byte> data)
        {
            // Bitwise, without a table: slow but obviously the PNG/zlib CRC-32 (reflected polynomial 0xEDB88320).
            uint crc = 0xFFFFFFFF;
            foreach (byte b in data)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return crc ^ 0xFFFFFFFF;
        }
    }
}
