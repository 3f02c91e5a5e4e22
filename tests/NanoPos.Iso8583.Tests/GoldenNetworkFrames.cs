using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// Hand-written CUP frames of the network management messages (0800 sign-on, 0800 echo, 0810 with the
    /// working keys) and the message each one carries. 60.3 tells sign-on (003) from echo (301).
    /// </summary>
    public static class GoldenNetworkFrames
    {
        public const string SignOn0800 =
            "0036" +                                   // 54 bytes follow (5 + 49)
            IsoTestSupport.RequestTpdu +
            "0800" +                                   // MTI 0800
            "0020000000C00012" +                       // bitmap: 11 41 42 60 63
            "000125" +                                 // 11 STAN 000125
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "0011" + "000000010030" +                  // 60: LLL 011, "00000001003" (type 00, batch 000001, 003 sign-on), pad last
            "0003" + "303120";                         // 63: LLL 003, operator "01 "

        public const string Echo0800 =
            "0031" +                                   // 49 bytes follow (5 + 44)
            IsoTestSupport.RequestTpdu +
            "0800" +                                   // MTI 0800
            "0020000000C00010" +                       // bitmap: 11 41 42 60
            "000127" +                                 // 11 STAN 000127
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "0011" + "000000013010";                   // 60: LLL 011, "00000001301" (301 echo test), pad last

        public const string SignOn0810 =
            "0063" +                                   // 99 bytes follow (5 + 94)
            IsoTestSupport.ResponseTpdu +
            "0810" +                                   // MTI 0810
            "003800010AC00014" +                       // bitmap: 11 12 13 32 37 39 41 42 60 62
            "000125" +                                 // 11 STAN 000125
            "083000" +                                 // 12 time 08:30:00
            "1122" +                                   // 13 date 11-22
            "08" + "00010344" +                        // 32 acquirer: LL 08
            "313233343536373839303134" +               // 37 RRN "123456789014"
            "3030" +                                   // 39 "00": signed on
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "0011" + "000000010030" +                  // 60: as in the request
            "0024" +                                   // 62 b...512: LLL 024
            "0123456789ABCDEF" + "82E13665" +          //   PIN key (8 bytes) + check value (4)
            "FEDCBA9876543210" + "B0F4A2C1";           //   MAC key (8 bytes) + check value (4)

        public static IsoMessage SignOn()
        {
            var m = new IsoMessage();
            m.Mti = Mti.NetworkRequest;
            m.Set(11, "000125");
            IsoTestSupport.SetTerminal(m);
            m.Set(60, "00000001003");
            m.Set(63, "01 ");
            return m;
        }

        public static IsoMessage Echo()
        {
            var m = new IsoMessage();
            m.Mti = Mti.NetworkRequest;
            m.Set(11, "000127");
            IsoTestSupport.SetTerminal(m);
            m.Set(60, "00000001301");
            return m;
        }

        public static IsoMessage SignOnResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.NetworkResponse;
            m.Set(11, "000125");
            m.Set(12, "083000");
            m.Set(13, "1122");
            m.Set(32, "00010344");
            m.Set(37, "123456789014");
            m.Set(39, "00");
            IsoTestSupport.SetTerminal(m);
            m.Set(60, "00000001003");
            m.Set(62, Hex.Parse("0123456789ABCDEF82E13665FEDCBA9876543210B0F4A2C1"));
            return m;
        }
    }
}
