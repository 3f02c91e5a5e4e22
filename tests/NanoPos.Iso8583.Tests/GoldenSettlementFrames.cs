using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>
    /// Hand-written CUP frames of settlement (0500, 0510) and batch upload (0320, 0330), and the message
    /// each one carries. Field 48 holds the totals: debit amount n12, debit count n3, credit amount n12,
    /// credit count n3, then the reconciliation code (0 in the request; 2 "not balanced" in the response,
    /// which makes the terminal upload its batch with 0320).
    /// </summary>
    public static class GoldenSettlementFrames
    {
        public const string Totals = "000000012500" + "001" + "000000000000" + "000" + "0";

        public const string Settlement0500 =
            "005A" +                                   // 90 bytes follow (5 + 85)
            IsoTestSupport.RequestTpdu +
            "0500" +                                   // MTI 0500
            "0020000000C18012" +                       // bitmap: 11 41 42 48 49 60 63
            "000128" +                                 // 11 STAN 000128
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "0031" +                                   // 48 ans...322: LLL 031
            "303030303030303132353030" +               //   debit total "000000012500"
            "303031" +                                 //   debit count "001"
            "303030303030303030303030" +               //   credit total "000000000000"
            "303030" +                                 //   credit count "000"
            "30" +                                     //   reconciliation code "0"
            IsoTestSupport.CurrencyField +             // 49
            "0011" + "000000012010" +                  // 60: LLL 011, "00000001201" (201 settlement), pad last
            "0003" + "303120";                         // 63: operator "01 "

        public const string Settlement0510 =
            "006F" +                                   // 111 bytes follow (5 + 106)
            IsoTestSupport.ResponseTpdu +
            "0510" +                                   // MTI 0510
            "003A00010AC18010" +                       // bitmap: 11 12 13 15 32 37 39 41 42 48 49 60
            "000128" +                                 // 11 STAN 000128
            "235959" +                                 // 12 time 23:59:59
            "1122" +                                   // 13 date 11-22
            "1123" +                                   // 15 settlement date 11-23
            "08" + "00010344" +                        // 32 acquirer: LL 08
            "313233343536373839303135" +               // 37 RRN "123456789015"
            "3030" +                                   // 39 "00"
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "0031" +                                   // 48: LLL 031
            "303030303030303132353030" + "303031" +    //   debit total and count
            "303030303030303030303030" + "303030" +    //   credit total and count
            "32" +                                     //   reconciliation "2": not balanced, upload the batch
            IsoTestSupport.CurrencyField +             // 49
            "0011" + "000000012010";                   // 60

        public const string BatchUpload0320 =
            "005D" +                                   // 93 bytes follow (5 + 88)
            IsoTestSupport.RequestTpdu +
            "0320" +                                   // MTI 0320
            "702004800CC08010" +                       // bitmap: 2 3 4 11 22 25 37 38 41 42 49 60
            IsoTestSupport.PanField +                  // 2 PAN of the uploaded sale
            "000000" +                                 // 3
            "000000012500" +                           // 4 amount 125.00
            "000129" +                                 // 11 STAN 000129 (the upload's own)
            "0510" +                                   // 22 entry mode "051"
            "00" +                                     // 25
            "313233343536373839303132" +               // 37 RRN of the sale "123456789012"
            "413142324333" +                           // 38 authorization code of the sale "A1B2C3"
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            IsoTestSupport.CurrencyField +             // 49
            "0011" + "000000012010";                   // 60: LLL 011, "00000001201"

        public const string BatchUpload0330 =
            "0038" +                                   // 56 bytes follow (5 + 51)
            IsoTestSupport.ResponseTpdu +
            "0330" +                                   // MTI 0330
            "0038000002C00010" +                       // bitmap: 11 12 13 39 41 42 60
            "000129" +                                 // 11 STAN 000129
            "000105" +                                 // 12 time 00:01:05
            "1123" +                                   // 13 date 11-23
            "3030" +                                   // 39 "00": record received
            IsoTestSupport.TerminalIdField +           // 41
            IsoTestSupport.MerchantIdField +           // 42
            "0011" + "000000012010";                   // 60

        public static IsoMessage Settlement()
        {
            var m = new IsoMessage();
            m.Mti = Mti.SettlementRequest;
            m.Set(11, "000128");
            IsoTestSupport.SetTerminal(m);
            m.Set(48, Totals);
            m.Set(49, "156");
            m.Set(60, "00000001201");
            m.Set(63, "01 ");
            return m;
        }

        public static IsoMessage SettlementResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.SettlementResponse;
            m.Set(11, "000128");
            m.Set(12, "235959");
            m.Set(13, "1122");
            m.Set(15, "1123");
            m.Set(32, "00010344");
            m.Set(37, "123456789015");
            m.Set(39, "00");
            IsoTestSupport.SetTerminal(m);
            m.Set(48, "000000012500" + "001" + "000000000000" + "000" + "2");
            m.Set(49, "156");
            m.Set(60, "00000001201");
            return m;
        }

        public static IsoMessage BatchUpload()
        {
            var m = new IsoMessage();
            m.Mti = Mti.BatchUploadRequest;
            m.Set(2, IsoTestSupport.Pan);
            m.Set(3, "000000");
            m.Set(4, "000000012500");
            m.Set(11, "000129");
            m.Set(22, "051");
            m.Set(25, "00");
            m.Set(37, "123456789012");
            m.Set(38, "A1B2C3");
            IsoTestSupport.SetTerminal(m);
            m.Set(49, "156");
            m.Set(60, "00000001201");
            return m;
        }

        public static IsoMessage BatchUploadResponse()
        {
            var m = new IsoMessage();
            m.Mti = Mti.BatchUploadResponse;
            m.Set(11, "000129");
            m.Set(12, "000105");
            m.Set(13, "1123");
            m.Set(39, "00");
            IsoTestSupport.SetTerminal(m);
            m.Set(60, "00000001201");
            return m;
        }
    }
}
