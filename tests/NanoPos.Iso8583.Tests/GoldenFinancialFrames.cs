using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// Hand-written CUP frames of the financial messages (0200 sale and void, 0210, 0220 refund advice,
    /// 0230), byte by byte, and the message each one carries. Lengths were counted by hand: the header
    /// counts the TPDU and the message.
    /// </summary>
    public static class GoldenFinancialFrames
    {
        public const string Sale0200 =
            "0087" +                                   // length header: 135 bytes follow (5 TPDU + 130 message)
            IsoTestSupport.RequestTpdu +               // TPDU 60 0003 0000
            "0200" +                                   // MTI 0200, BCD
            "702406C020C09A11" +                       // bitmap: 2 3 4 11 14 22 23 25 26 35 41 42 49 52 53 55 60 64
            IsoTestSupport.PanField +                  // 2 PAN n..19: LL 19 + 10 bytes, pad nibble last
            "000000" +                                 // 3 processing code n6: 000000 (sale)
            "000000012500" +                           // 4 amount n12: 125.00
            "000123" +                                 // 11 STAN n6: 000123
            "2912" +                                   // 14 expiry n4: 2912
            "0510" +                                   // 22 entry mode n3 "051" (chip, PIN): left-aligned, pad last
            "0001" +                                   // 23 card sequence n3 "001": right-aligned, pad first
            "00" +                                     // 25 condition code n2: 00 (normal)
            "12" +                                     // 26 PIN capture code n2: 12 digits max
            "33" + "6212345678901234567D29122011234560" + // 35 track 2 z..37: LL 33, '=' as nibble D, pad last
            IsoTestSupport.TerminalIdField +           // 41 terminal ID ans8
            IsoTestSupport.MerchantIdField +           // 42 merchant ID ans15
            IsoTestSupport.CurrencyField +             // 49 currency an3 "156"
            "1122334455667788" +                       // 52 PIN block b8
            "2600000000000000" +                       // 53 security control n16
            "0011" + "9F26080102030405060708" +        // 55 ICC data b...255: LLL 011 (BCD 00 11), 11 bytes (tag 9F26)
            "0011" + "220000010000" +                  // 60 n...17: LLL 011, "22000001000" (type 22 sale, batch 000001, 000), pad last
            IsoTestSupport.MacHex;                     // 64 MAC b8

        public const string Void0200 =
            "006B" +                                   // 107 bytes follow (5 + 102)
            IsoTestSupport.RequestTpdu +
            "0200" +                                   // MTI 0200
            "702004800CC08019" +                       // bitmap: 2 3 4 11 22 25 37 38 41 42 49 60 61 64
            IsoTestSupport.PanField +                  // 2 PAN
            "200000" +                                 // 3 processing code: 200000 (void)
            "000000012500" +                           // 4 amount: 125.00 (the original's)
            "000124" +                                 // 11 STAN 000124
            "0210" +                                   // 22 entry mode "021" (swiped), pad last
            "00" +                                     // 25 condition code 00
            "313233343536373839303132" +               // 37 RRN an12 "123456789012" (the original's)
            "413142324333" +                           // 38 authorization code an6 "A1B2C3" (the original's)
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            IsoTestSupport.CurrencyField +             // 49
            "0008" + "23000001" +                      // 60: LLL 008, "23000001" (type 23 void, batch 000001)
            "0012" + "000001000123" +                  // 61: LLL 012, original batch 000001 + original STAN 000123
            IsoTestSupport.MacHex;                     // 64

        public const string Response0210 =
            "0080" +                                   // 128 bytes follow (5 + 123)
            IsoTestSupport.ResponseTpdu +              // TPDU 60 0000 0003: addresses swapped
            "0210" +                                   // MTI 0210
            "703A00810ED08011" +                       // bitmap: 2 3 4 11 12 13 15 25 32 37 38 39 41 42 44 49 60 64
            IsoTestSupport.PanField +                  // 2 PAN
            "000000" +                                 // 3
            "000000012500" +                           // 4 amount 125.00
            "000123" +                                 // 11 STAN 000123
            "103015" +                                 // 12 time 10:30:15
            "1122" +                                   // 13 date 11-22
            "1123" +                                   // 15 settlement date 11-23
            "00" +                                     // 25
            "08" + "00010344" +                        // 32 acquirer n..11: LL 08, "00010344"
            "313233343536373839303132" +               // 37 RRN "123456789012"
            "413142324333" +                           // 38 authorization code "A1B2C3"
            "3030" +                                   // 39 response code "00" (approved)
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "16" + "30313032303030303033303130303030" + // 44 ans..25: LL 16, "0102000003010000" (issuer, acquirer)
            IsoTestSupport.CurrencyField +             // 49
            "0008" + "22000001" +                      // 60: LLL 008, "22000001"
            IsoTestSupport.MacHex;                     // 64

        public const string Refund0220 =
            "006C" +                                   // 108 bytes follow (5 + 103)
            IsoTestSupport.RequestTpdu +
            "0220" +                                   // MTI 0220
            "7020048008C0801B" +                       // bitmap: 2 3 4 11 22 25 37 41 42 49 60 61 63 64
            IsoTestSupport.PanField +                  // 2 PAN
            "200000" +                                 // 3 processing code 200000 (refund; 60.1 = 25 tells it from a void)
            "000000005000" +                           // 4 amount 50.00
            "000126" +                                 // 11 STAN 000126
            "0120" +                                   // 22 entry mode "012" (keyed), pad last
            "00" +                                     // 25
            "313233343536373839303132" +               // 37 RRN of the original sale "123456789012"
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            IsoTestSupport.CurrencyField +             // 49
            "0008" + "25000001" +                      // 60: LLL 008, "25000001" (type 25 refund, batch 000001)
            "0016" + "0000010001231122" +              // 61: LLL 016, original batch 000001, STAN 000123, date 1122
            "0003" + "435550" +                        // 63 ans...163: LLL 003, "CUP"
            IsoTestSupport.MacHex;                     // 64

        public const string Refund0230 =
            "006C" +                                   // 108 bytes follow (5 + 103)
            IsoTestSupport.ResponseTpdu +
            "0230" +                                   // MTI 0230
            "703800810AC08013" +                       // bitmap: 2 3 4 11 12 13 25 32 37 39 41 42 49 60 63 64
            IsoTestSupport.PanField +                  // 2 PAN
            "200000" +                                 // 3
            "000000005000" +                           // 4 amount 50.00
            "000126" +                                 // 11 STAN 000126
            "103512" +                                 // 12 time 10:35:12
            "1122" +                                   // 13 date 11-22
            "00" +                                     // 25
            "08" + "00010344" +                        // 32 acquirer: LL 08
            "313233343536373839303132" +               // 37 RRN "123456789012"
            "3030" +                                   // 39 response code "00"
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            IsoTestSupport.CurrencyField +             // 49
            "0008" + "25000001" +                      // 60: LLL 008, "25000001"
            "0003" + "435550" +                        // 63: LLL 003, "CUP"
            IsoTestSupport.MacHex;                     // 64

        public static IsoMessage Sale()
        {
            var m = new IsoMessage();
            m.Mti = Mti.FinancialRequest;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000123");
            m.Set(14, "2912");
            m.Set(22, "051");
            m.Set(23, "001");
            m.Set(25, "00");
            m.Set(26, "12");
            m.Set(35, "6212345678901234567=2912201123456");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(52, new byte[] { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 });
            m.Set(53, "2600000000000000");
            m.Set(55, new byte[] { 0x9F, 0x26, 0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08 });
            m.Set(60, "22000001000");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }

        public static IsoMessage Void()
        {
            var m = new IsoMessage();
            m.Mti = Mti.FinancialRequest;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "200000");
            m.Set(4, "000000012500");
            m.Set(11, "000124");
            m.Set(22, "021");
            m.Set(25, "00");
            m.Set(37, "123456789012");
            m.Set(38, "A1B2C3");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(60, "23000001");
            m.Set(61, "000001000123");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }

        public static IsoMessage SaleResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.FinancialResponse;
            m.Set(2, IsoTestSupport.Pan);
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
            IsoTestSupport.SetTerminal(m);
            m.Set(44, "0102000003010000");
            m.Set(49, "156");
            m.Set(60, "22000001");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }

        public static IsoMessage Refund()
        {
            var m = new IsoMessage();
            m.Mti = Mti.AdviceRequest;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "200000");
            m.Set(4, "000000005000");
            m.Set(11, "000126");
            m.Set(22, "012");
            m.Set(25, "00");
            m.Set(37, "123456789012");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(60, "25000001");
            m.Set(61, "0000010001231122");
            m.Set(63, "CUP");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }

        public static IsoMessage RefundResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.AdviceResponse;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "200000");
            m.Set(4, "000000005000");
            m.Set(11, "000126");
            m.Set(12, "103512");
            m.Set(13, "1122");
            m.Set(25, "00");
            m.Set(32, "00010344");
            m.Set(37, "123456789012");
            m.Set(39, "00");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(60, "25000001");
            m.Set(63, "CUP");
            m.Set(64, IsoTestSupport.Mac());
            return m;
        }
    }
}
