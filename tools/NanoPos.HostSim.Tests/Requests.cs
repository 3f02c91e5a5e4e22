using System.Globalization;
using NanoPos.HostSim;
using NanoPos.Iso8583;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Builds requests the way the terminal engine will (the field conventions of the simulator's README).</summary>
    internal static class Requests
    {
        public const string Terminal = "TERM0001";
        public const string Merchant = "123456789012345";
        public const string Pan = "6228480000000000019";
        public const string Date = "0615";
        public const string Batch = "000001";

        public static string Amount(long minorUnits) => minorUnits.ToString("D12", CultureInfo.InvariantCulture);

        public static string Stan(int stan) => stan.ToString("D6", CultureInfo.InvariantCulture);

        public static LedgerKey Key(int stan, string terminal = Terminal) => new LedgerKey(terminal, Stan(stan), Date);

        public static IsoMessage Sale(int stan, long amount, string pan = Pan, string terminal = Terminal, string batch = Batch)
        {
            IsoMessage m = Financial(Mti.FinancialRequest, ProcessingCodes.Sale, stan, terminal, "22" + batch);
            m.Set(2, pan);
            m.Set(4, Amount(amount));
            m.Set(22, "051");
            m.Set(25, "00");
            return m;
        }

        public static IsoMessage Balance(int stan, string pan = Pan)
        {
            IsoMessage m = Financial(Mti.FinancialRequest, ProcessingCodes.BalanceInquiry, stan, Terminal, "01" + Batch);
            m.Set(2, pan);
            return m;
        }

        public static IsoMessage Void(int stan, long amount, int originalStan, string batch = Batch)
        {
            IsoMessage m = Financial(Mti.FinancialRequest, ProcessingCodes.VoidOrRefund, stan, Terminal, "23" + batch);
            m.Set(2, Pan);
            m.Set(4, Amount(amount));
            m.Set(61, batch + Stan(originalStan) + Date);
            return m;
        }

        public static IsoMessage Refund(int stan, long amount, int mti = Mti.AdviceRequest)
        {
            IsoMessage m = Financial(mti, ProcessingCodes.VoidOrRefund, stan, Terminal, "25" + Batch);
            m.Set(2, Pan);
            m.Set(4, Amount(amount));
            return m;
        }

        /// <summary>A reversal copies the original's fields 2, 3, 4, 11, 12, 13, 41, 42, 49, 60 and gives the reason in 39.</summary>
        public static IsoMessage Reversal(IsoMessage original, bool repeat = false)
        {
            var m = new IsoMessage { Mti = repeat ? Mti.ReversalRepeat : Mti.ReversalRequest };
            foreach (int field in new[] { 2, 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60, 61 })
            {
                if (original.GetString(field) != null)
                {
                    m.Set(field, original.GetString(field));
                }
            }

            m.Set(39, "98");
            return m;
        }

        public static IsoMessage SignOn(int stan, string terminal = Terminal)
        {
            var m = new IsoMessage { Mti = Mti.NetworkRequest };
            m.Set(11, Stan(stan));
            m.Set(41, terminal);
            m.Set(42, Merchant);
            m.Set(60, "00" + "000000" + "003");
            return m;
        }

        public static IsoMessage Echo(int stan)
        {
            var m = new IsoMessage { Mti = Mti.NetworkRequest };
            m.Set(11, Stan(stan));
            m.Set(41, Terminal);
            m.Set(60, "00" + Batch + "301");
            return m;
        }

        public static IsoMessage Settlement(int stan, SettlementTotals totals, string batch = Batch)
        {
            var m = new IsoMessage { Mti = Mti.SettlementRequest };
            m.Set(11, Stan(stan));
            m.Set(12, "101500");
            m.Set(13, Date);
            m.Set(41, Terminal);
            m.Set(42, Merchant);
            m.Set(48, totals.Format('0'));
            m.Set(49, "156");
            m.Set(60, "00" + batch + "201");
            return m;
        }

        public static IsoMessage Upload(int stan, int originalStan, long amount, string networkCode = "201")
        {
            var m = new IsoMessage { Mti = Mti.BatchUploadRequest };
            m.Set(2, Pan);
            m.Set(3, ProcessingCodes.Sale);
            m.Set(4, Amount(amount));
            m.Set(11, Stan(stan));
            m.Set(41, Terminal);
            m.Set(42, Merchant);
            m.Set(60, "00" + Batch + networkCode);
            m.Set(61, Batch + Stan(originalStan) + Date);
            return m;
        }

        private static IsoMessage Financial(int mti, string processingCode, int stan, string terminal, string field60)
        {
            var m = new IsoMessage { Mti = mti };
            m.Set(3, processingCode);
            m.Set(11, Stan(stan));
            m.Set(12, "101500");
            m.Set(13, Date);
            m.Set(41, terminal);
            m.Set(42, Merchant);
            m.Set(49, "156");
            m.Set(60, field60);
            return m;
        }
    }
}
