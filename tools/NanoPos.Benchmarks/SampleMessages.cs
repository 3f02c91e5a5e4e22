using System;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Helpers around the benchmarks' messages: the 0200/0210 pair itself is <see cref="NanoPos.Cli.SampleFrames.Sale"/>
    /// and <see cref="NanoPos.Cli.SampleFrames.SaleResponse"/>, the same messages the mutation run starts from.
    /// </summary>
    public static class SampleMessages
    {
        /// <summary>Packs a message into a new frame array.</summary>
        public static byte[] Frame(FrameCodec codec, IsoMessage message, byte[] tpdu)
        {
            byte[] buffer = new byte[1024];
            int length = codec.Pack(message, tpdu, buffer, 0);
            byte[] frame = new byte[length];
            Array.Copy(buffer, frame, length);
            return frame;
        }

        /// <summary>
        /// The managed size of the values a message holds (what unpack must allocate at the least), by the
        /// 64-bit CoreCLR object layout: a string is 22 + 2 x length bytes, a byte[] 24 + length, each
        /// rounded up to 8.
        /// </summary>
        public static long ValueBytes(IsoMessage message)
        {
            long total = 0;
            for (int f = 2; f <= 128; f++)
            {
                string text = message.GetString(f);
                byte[] bytes = message.GetBytes(f);
                if (text != null)
                {
                    total += RoundUp(22 + (2 * text.Length));
                }
                else if (bytes != null)
                {
                    total += RoundUp(24 + bytes.Length);
                }
            }

            return total;
        }

        private static long RoundUp(int size)
        {
            return (size + 7) & ~7;
        }
    }
}
