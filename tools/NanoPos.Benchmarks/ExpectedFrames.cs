using System;
using System.Collections.Generic;
using System.Text;
using NanoPos.Cli;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// The 0200 sale frames each of our profiles must produce, written down independently of the codec, so that
    /// the start-up check catches a codec that packs the wrong bytes consistently (which a round trip alone would
    /// not).
    /// </summary>
    public static class ExpectedFrames
    {
        /// <summary>The CUP 0200 frame: the golden frame <c>nanopos decode</c> is documented with.</summary>
        public static byte[] CupSale()
        {
            return Hex.Parse(SampleFrames.Sale0200Hex);
        }

        /// <summary>
        /// The ASCII 1987 0200 frame, composed field by field from ISO 8583:1987 ASCII rules: 4-digit length
        /// header, MTI and bitmap as text, n/an/ans/z values as ASCII, LL/LLL prefixes as ASCII digits, b fields raw.
        /// </summary>
        public static byte[] AsciiSale()
        {
            var parts = new List<byte[]>
            {
                Text("0200"),
                Text("702406C020C09A11"),                           // fields 2 3 4 11 14 22 23 25 26 35 41 42 49 52 53 55 60 64
                Text("19" + "6212345678901234567"),                 // 2  LLVAR n
                Text("000000"),                                     // 3
                Text("000000012500"),                               // 4
                Text("000123"),                                     // 11
                Text("2912"),                                       // 14
                Text("051"),                                        // 22
                Text("001"),                                        // 23
                Text("00"),                                         // 25
                Text("12"),                                         // 26
                Text("33" + "6212345678901234567=2912201123456"),   // 35 LLVAR z
                Text("10000001"),                                   // 41
                Text("123456789012345"),                            // 42
                Text("156"),                                        // 49
                Hex.Parse("1122334455667788"),                      // 52 b 8
                Text("2600000000000000"),                           // 53
                Text("011"), Hex.Parse("9F26080102030405060708"),   // 55 LLLVAR b
                Text("011" + "22000001000"),                        // 60 LLLVAR n
                Hex.Parse("A1B2C3D4E5F60718"),                      // 64 b 8
            };

            int body = 0;
            foreach (byte[] part in parts)
            {
                body += part.Length;
            }

            var frame = new List<byte>(Text(body.ToString("D4")));
            foreach (byte[] part in parts)
            {
                frame.AddRange(part);
            }

            return frame.ToArray();
        }

        private static byte[] Text(string text)
        {
            return Encoding.ASCII.GetBytes(text);
        }
    }
}
