using System;
using NanoPos.Iso8583;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The frames the host packs from tools/NanoPos.Cli/SampleFrames.cs (CUP profile, TPDU 60 0003 0000 for the request
    /// and 60 0000 0003 for the response), copied here byte for byte, and the check that the device build packs and
    /// unpacks the same: a benchmark of other bytes would not be comparable with the host's.
    /// </summary>
    public static class GoldenFrames
    {
        /// <summary>The 0200 sale frame (137 bytes), grouped by length header, TPDU, MTI, bitmap and field; the same text as SampleFrames.Sale0200Hex.</summary>
        public const string Sale0200Hex =
            "0087 6000030000 0200 702406C020C09A11 1962123456789012345670 000000 000000012500 000123 2912 0510 0001 00 12 " +
            "336212345678901234567D29122011234560 3130303030303031 313233343536373839303132333435 313536 1122334455667788 " +
            "2600000000000000 00119F26080102030405060708 0011220000010000 A1B2C3D4E5F60718";

        /// <summary>The 0210 approval frame (130 bytes), grouped the same way.</summary>
        public const string Response0210Hex =
            "0080 6000000003 0210 703A00810ED08011 1962123456789012345670 000000 000000012500 000123 103015 1122 1123 00 " +
            "0800010344 313233343536373839303132 413142324333 3030 3130303030303031 313233343536373839303132333435 " +
            "1630313032303030303033303130303030 313536 000822000001 A1B2C3D4E5F60718";

        /// <summary>
        /// Packs both messages of the rig and compares them with the golden frames, then unpacks each golden frame and
        /// packs it again (so unpack reads every field back, and its measurement covers the whole frame).
        /// </summary>
        /// <param name="rig">The codec rig; its buffer, message and TPDU are overwritten.</param>
        /// <exception cref="InvalidOperationException">A frame differs; the message shows both in hex.</exception>
        public static void Verify(CodecRig rig)
        {
            Compare("0200 packed", rig.SaleFrame, rig, rig.Pack(rig.Sale, rig.RequestTpdu));
            Compare("0210 packed", rig.ResponseFrame, rig, rig.Pack(rig.Response, rig.ResponseTpdu));
            rig.Unpack(rig.SaleFrame);
            Compare("0200 unpacked and packed again", rig.SaleFrame, rig, rig.Pack(rig.Into, rig.TpduOut));
            rig.Unpack(rig.ResponseFrame);
            Compare("0210 unpacked and packed again", rig.ResponseFrame, rig, rig.Pack(rig.Into, rig.TpduOut));
        }

        private static void Compare(string what, byte[] expected, CodecRig rig, int length)
        {
            bool same = length == expected.Length;
            for (int i = 0; same && i < length; i++)
            {
                same = rig.Buffer[i] == expected[i];
            }

            if (!same)
            {
                throw new InvalidOperationException("The " + what + " frame differs from the host's sample (tools/NanoPos.Cli/SampleFrames.cs): expected "
                    + Hex.ToHex(expected) + ", got " + Hex.ToHex(rig.Buffer, 0, length) + ".");
            }
        }
    }
}
