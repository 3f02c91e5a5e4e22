using System;
using System.Collections.Generic;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// Valid frames of every MTI the terminal sends and receives (the messages of the golden frames in
    /// tests/NanoPos.Iso8583.Tests), packed with the CUP profile and with the ASCII 1987 profile: the seeds
    /// of <c>nanopos mutate</c>.
    /// </summary>
    public static class SampleFrames
    {
        private const string Pan = "6212345678901234567";

        /// <summary>The golden 0200 sale as a CUP frame, in hex (the frame <c>nanopos decode</c> is shown with).</summary>
        public const string Sale0200Hex =
            "0087 6000030000 0200 702406C020C09A11 1962123456789012345670 000000 000000012500 000123 2912 0510 0001 00 12 " +
            "336212345678901234567D29122011234560 3130303030303031 313233343536373839303132333435 313536 1122334455667788 " +
            "2600000000000000 00119F26080102030405060708 0011220000010000 A1B2C3D4E5F60718";

        /// <summary>One message of each MTI the terminal sends and receives (16: 0200 twice, 0800 twice, 0400 with field 90).</summary>
        public static IReadOnlyList<IsoMessage> Messages()
        {
            return new[]
            {
                Build(200, "2", Pan, "3", "000000", "4", "000000012500", "11", "000123", "14", "2912", "22", "051", "23", "001", "25", "00", "26", "12",
                    "35", Pan + "=2912201123456", "41", "10000001", "42", "123456789012345", "49", "156", "52", "#1122334455667788",
                    "53", "2600000000000000", "55", "#9F26080102030405060708", "60", "22000001000", "64", "#A1B2C3D4E5F60718"),
                Build(200, "2", Pan, "3", "200000", "4", "000000012500", "11", "000124", "22", "021", "25", "00", "37", "123456789012", "38", "A1B2C3",
                    "41", "10000001", "42", "123456789012345", "49", "156", "60", "23000001", "61", "000001000123", "64", "#A1B2C3D4E5F60718"),
                Build(210, "2", Pan, "3", "000000", "4", "000000012500", "11", "000123", "12", "103015", "13", "1122", "15", "1123", "25", "00",
                    "32", "00010344", "37", "123456789012", "38", "A1B2C3", "39", "00", "41", "10000001", "42", "123456789012345",
                    "44", "0102000003010000", "49", "156", "60", "22000001", "64", "#A1B2C3D4E5F60718"),
                Build(220, "2", Pan, "3", "200000", "4", "000000005000", "11", "000126", "22", "012", "25", "00", "37", "123456789012",
                    "41", "10000001", "42", "123456789012345", "49", "156", "60", "25000001", "61", "0000010001231122", "63", "CUP", "64", "#A1B2C3D4E5F60718"),
                Build(230, "2", Pan, "3", "200000", "4", "000000005000", "11", "000126", "12", "103512", "13", "1122", "25", "00", "32", "00010344",
                    "37", "123456789012", "39", "00", "41", "10000001", "42", "123456789012345", "49", "156", "60", "25000001", "63", "CUP", "64", "#A1B2C3D4E5F60718"),
                Build(400, "2", Pan, "3", "000000", "4", "000000012500", "11", "000123", "22", "051", "25", "00", "39", "98",
                    "41", "10000001", "42", "123456789012345", "49", "156", "60", "22000001", "64", "#A1B2C3D4E5F60718"),
                Build(401, "2", Pan, "3", "000000", "4", "000000012500", "11", "000123", "22", "051", "25", "00", "39", "98",
                    "41", "10000001", "42", "123456789012345", "49", "156", "60", "22000001", "64", "#A1B2C3D4E5F60718"),
                Build(410, "2", Pan, "3", "000000", "4", "000000012500", "11", "000123", "12", "103045", "13", "1122", "25", "00", "32", "00010344",
                    "37", "123456789013", "39", "00", "41", "10000001", "42", "123456789012345", "49", "156", "60", "22000001", "64", "#A1B2C3D4E5F60718"),
                Build(400, "3", "000000", "4", "000000012500", "11", "000123", "41", "10000001",
                    "90", "020000012311221030150000001034400000000000", "128", "#A1B2C3D4E5F60718"),
                Build(800, "11", "000125", "41", "10000001", "42", "123456789012345", "60", "00000001003", "63", "01 "),
                Build(800, "11", "000127", "41", "10000001", "42", "123456789012345", "60", "00000001301"),
                Build(810, "11", "000125", "12", "083000", "13", "1122", "32", "00010344", "37", "123456789014", "39", "00",
                    "41", "10000001", "42", "123456789012345", "60", "00000001003", "62", "#0123456789ABCDEF82E13665FEDCBA9876543210B0F4A2C1"),
                Build(500, "11", "000128", "41", "10000001", "42", "123456789012345", "48", "0000000125000010000000000000000", "49", "156",
                    "60", "00000001201", "63", "01 "),
                Build(510, "11", "000128", "12", "235959", "13", "1122", "15", "1123", "32", "00010344", "37", "123456789015", "39", "00",
                    "41", "10000001", "42", "123456789012345", "48", "0000000125000010000000000000002", "49", "156", "60", "00000001201"),
                Build(320, "2", Pan, "3", "000000", "4", "000000012500", "11", "000129", "22", "051", "25", "00", "37", "123456789012", "38", "A1B2C3",
                    "41", "10000001", "42", "123456789012345", "49", "156", "60", "00000001201"),
                Build(330, "11", "000129", "12", "000105", "13", "1123", "39", "00", "41", "10000001", "42", "123456789012345", "60", "00000001201"),
            };
        }

        /// <summary>The typical chip sale with PIN (0200, 18 fields): the first of <see cref="Messages"/>.</summary>
        public static IsoMessage Sale()
        {
            return Messages()[0];
        }

        /// <summary>Its approval (0210, 18 fields): the third of <see cref="Messages"/>.</summary>
        public static IsoMessage SaleResponse()
        {
            return Messages()[2];
        }

        /// <summary>Packs every message as a frame of the profile (CUP frames carry the TPDU 60 0003 0000, or swapped for responses).</summary>
        public static IReadOnlyList<byte[]> Frames(MessageProfile profile)
        {
            var codec = new FrameCodec(profile);
            byte[] request = Tpdu.Create(3, 0);
            var frames = new List<byte[]>();
            var buffer = new byte[2048];
            foreach (IsoMessage message in Messages())
            {
                byte[] tpdu = profile.TpduLength == 0 ? null : Mti.IsResponse(message.Mti) ? Tpdu.ResponseTo(request) : request;
                int length = codec.Pack(message, tpdu, buffer, 0);
                frames.Add(buffer.AsSpan(0, length).ToArray());
            }

            return frames;
        }

        // Pairs of field number and value; a value starting with '#' is hex for a binary field.
        private static IsoMessage Build(int mti, params string[] pairs)
        {
            var message = new IsoMessage { Mti = mti };
            for (int i = 0; i < pairs.Length; i += 2)
            {
                int field = int.Parse(pairs[i]);
                string value = pairs[i + 1];
                if (value.StartsWith('#'))
                {
                    message.Set(field, Hex.Parse(value.Substring(1)));
                }
                else
                {
                    message.Set(field, value);
                }
            }

            return message;
        }
    }
}
