using NanoPos.Iso8583;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The codec benchmark's 0200 sale and 0210 approval, field for field the messages of
    /// tools/NanoPos.Cli/SampleFrames.cs (<c>Sale()</c> and <c>SaleResponse()</c>, host-only code that the host
    /// benchmarks use), built here with device code. <see cref="GoldenFrames.Verify"/> proves they pack to the same bytes.
    /// </summary>
    public static class SampleMessages
    {
        /// <summary>The card number of both messages (19 digits).</summary>
        public const string Pan = "6212345678901234567";

        /// <summary>Builds the typical chip sale with PIN: MTI 0200, 18 fields, a 137-byte CUP frame.</summary>
        /// <returns>A new message.</returns>
        public static IsoMessage Sale()
        {
            IsoMessage m = new IsoMessage();
            m.Mti = Mti.FinancialRequest;
            m.Set(2, Pan);
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(14, "2912");
            m.Set(22, "051");
            m.Set(23, "001");
            m.Set(25, "00");
            m.Set(26, "12");
            m.Set(35, Pan + "=2912201123456");
            m.Set(41, "10000001");
            m.Set(42, "123456789012345");
            m.Set(49, "156");
            m.Set(52, Hex.Parse("1122334455667788"));
            m.Set(53, "2600000000000000");
            m.Set(55, Hex.Parse("9F26080102030405060708"));
            m.Set(60, "22000001000");
            m.Set(64, Hex.Parse("A1B2C3D4E5F60718"));
            return m;
        }

        /// <summary>Builds its approval: MTI 0210, 18 fields, a 130-byte CUP frame.</summary>
        /// <returns>A new message.</returns>
        public static IsoMessage SaleResponse()
        {
            IsoMessage m = new IsoMessage();
            m.Mti = Mti.FinancialResponse;
            m.Set(2, Pan);
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
            m.Set(64, Hex.Parse("A1B2C3D4E5F60718"));
            return m;
        }
    }
}
