using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// Hand-written CUP frames of the reversal messages (0400, its repeat 0401, 0410) and the message each
    /// one carries. The reversal repeats the original sale's STAN and amount; 39 gives the reason.
    /// </summary>
    public static class GoldenReversalFrames
    {
        // Everything after the MTI, shared by 0400 and 0401: the repeat differs in the MTI alone.
        private const string ReversalBody =
            "7020048002C08011" +                       // bitmap: 2 3 4 11 22 25 39 41 42 49 60 64
            IsoTestSupport.PanField +                  // 2 PAN
            "000000" +                                 // 3 processing code of the original sale
            "000000012500" +                           // 4 amount 125.00
            "000123" +                                 // 11 STAN of the original sale, 000123
            "0510" +                                   // 22 entry mode "051", pad last
            "00" +                                     // 25
            "3938" +                                   // 39 reversal reason an2 "98" (no response from the host)
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            IsoTestSupport.CurrencyField +             // 49
            "0008" + "22000001" +                      // 60: LLL 008, "22000001" (of the original)
            IsoTestSupport.MacHex;                     // 64

        public const string Reversal0400 =
            "0053" +                                   // 83 bytes follow (5 + 78)
            IsoTestSupport.RequestTpdu +
            "0400" +                                   // MTI 0400
            ReversalBody;

        public const string Repeat0401 =
            "0053" +                                   // 83 bytes follow
            IsoTestSupport.RequestTpdu +
            "0401" +                                   // MTI 0401: the same reversal, flagged as a repeat
            ReversalBody;

        public const string Response0410 =
            "0067" +                                   // 103 bytes follow (5 + 98)
            IsoTestSupport.ResponseTpdu +
            "0410" +                                   // MTI 0410
            "703800810AC08011" +                       // bitmap: 2 3 4 11 12 13 25 32 37 39 41 42 49 60 64
            IsoTestSupport.PanField +                  // 2 PAN
            "000000" +                                 // 3
            "000000012500" +                           // 4 amount 125.00
            "000123" +                                 // 11 STAN 000123
            "103045" +                                 // 12 time 10:30:45
            "1122" +                                   // 13 date 11-22
            "00" +                                     // 25
            "08" + "00010344" +                        // 32 acquirer: LL 08
            "313233343536373839303133" +               // 37 RRN "123456789013"
            "3030" +                                   // 39 "00": reversal accepted
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            IsoTestSupport.CurrencyField +             // 49
            "0008" + "22000001" +                      // 60
            IsoTestSupport.MacHex;                     // 64

        public static IsoMessage Reversal(int mti)
        {
            var m = new IsoMessage();
            m.Mti = mti;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(22, "051");
            m.Set(25, "00");
            m.Set(39, "98");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(60, "22000001");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }

        public static IsoMessage ReversalResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.ReversalResponse;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(12, "103045");
            m.Set(13, "1122");
            m.Set(25, "00");
            m.Set(32, "00010344");
            m.Set(37, "123456789013");
            m.Set(39, "00");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(60, "22000001");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }
    }
}
