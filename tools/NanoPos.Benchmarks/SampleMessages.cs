using System;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>The typical 0200 sale (chip, PIN, ICC data) and 0210 approval the benchmarks use.</summary>
    public static class SampleMessages
    {
        /// <summary>A chip sale with PIN: 18 fields, 130 bytes of message.</summary>
        public static IsoMessage Sale()
        {
            var m = new IsoMessage();
            m.Mti = Mti.FinancialRequest;
            m.Set(2, "6212345678901234567");
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(14, "2912");
            m.Set(22, "051");
            m.Set(23, "001");
            m.Set(25, "00");
            m.Set(26, "12");
            m.Set(35, "6212345678901234567=2912201123456");
            m.Set(41, "10000001");
            m.Set(42, "123456789012345");
            m.Set(49, "156");
            m.Set(52, new byte[] { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 });
            m.Set(53, "2600000000000000");
            m.Set(55, new byte[] { 0x9F, 0x26, 0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08 });
            m.Set(60, "22000001000");
            m.Set(64, new byte[] { 0xA1, 0xB2, 0xC3, 0xD4, 0xE5, 0xF6, 0x07, 0x18 });
            return m;
        }

        /// <summary>The approval of <see cref="Sale"/>: 18 fields, 123 bytes of message.</summary>
        public static IsoMessage SaleResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.FinancialResponse;
            m.Set(2, "6212345678901234567");
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(12, "103015");
            m.Set(13, "1122");
            m.Set(15, "1123");
            m.Set(25, "00");
            m.Set(32, "00010344");
            m.Set(37, "123456789012");
            m.Set(38, "A1B2C3");
            m.Set(39, "00");
            m.Set(41, "10000001");
            m.Set(42, "123456789012345");
            m.Set(44, "0102000003010000");
            m.Set(49, "156");
            m.Set(60, "22000001");
            m.Set(64, new byte[] { 0xA1, 0xB2, 0xC3, 0xD4, 0xE5, 0xF6, 0x07, 0x18 });
            return m;
        }

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
