using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// The message type indicators the terminal sends and receives, as numbers (200 is "0200"). Sale and
    /// void share 0200 and are told apart by the processing code (field 3) and field 60.1; sign-on and echo
    /// share 0800 and are told apart by field 60.3.
    /// </summary>
    public static class Mti
    {
        /// <summary>0200, financial transaction request: sale and void.</summary>
        public const int FinancialRequest = 200;

        /// <summary>0210, financial transaction response.</summary>
        public const int FinancialResponse = 210;

        /// <summary>0220, financial advice: refund.</summary>
        public const int AdviceRequest = 220;

        /// <summary>0230, financial advice response.</summary>
        public const int AdviceResponse = 230;

        /// <summary>0320, batch upload (one transaction of the batch, after a settlement that did not balance).</summary>
        public const int BatchUploadRequest = 320;

        /// <summary>0330, batch upload response.</summary>
        public const int BatchUploadResponse = 330;

        /// <summary>0400, reversal request: the outcome of a request is unknown.</summary>
        public const int ReversalRequest = 400;

        /// <summary>0401, reversal request repeat: the same reversal sent again.</summary>
        public const int ReversalRepeat = 401;

        /// <summary>0410, reversal response (to 0400 and 0401).</summary>
        public const int ReversalResponse = 410;

        /// <summary>0500, settlement request: the batch totals.</summary>
        public const int SettlementRequest = 500;

        /// <summary>0510, settlement response.</summary>
        public const int SettlementResponse = 510;

        /// <summary>0800, network management request: sign-on and echo test.</summary>
        public const int NetworkRequest = 800;

        /// <summary>0810, network management response.</summary>
        public const int NetworkResponse = 810;

        /// <summary>
        /// Gets the response MTI of a request: the function digit + 1 and origin 0, so 0200 gives 0210 and
        /// the repeat 0401 gives 0410, like 0400.
        /// </summary>
        /// <param name="mti">A request or advice MTI, 0 to 9999 (third digit even).</param>
        /// <returns>The response MTI.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The MTI is outside 0 to 9999.</exception>
        /// <exception cref="ArgumentException">The MTI is already a response (third digit odd).</exception>
        public static int ResponseOf(int mti)
        {
            CheckRange(mti);
            if (IsResponse(mti))
            {
                throw new ArgumentException("MTI " + Format(mti) + " is a response, not a request.", "mti");
            }

            return mti - (mti % 10) + 10;
        }

        /// <summary>Tells whether an MTI is a response (its third digit, the function, is odd: 0210, 0410, 0810).</summary>
        /// <param name="mti">The MTI, 0 to 9999.</param>
        /// <returns>True for responses.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The MTI is outside 0 to 9999.</exception>
        public static bool IsResponse(int mti)
        {
            CheckRange(mti);
            return ((mti / 10) % 10 & 1) == 1;
        }

        /// <summary>Tells whether an MTI is a repeat (its last digit, the origin, is odd: 0401).</summary>
        /// <param name="mti">The MTI, 0 to 9999.</param>
        /// <returns>True for repeats.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The MTI is outside 0 to 9999.</exception>
        public static bool IsRepeat(int mti)
        {
            CheckRange(mti);
            return (mti % 10 & 1) == 1;
        }

        /// <summary>Formats an MTI as its four digits ("0200").</summary>
        /// <param name="mti">The MTI, 0 to 9999.</param>
        /// <returns>Four digits.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The MTI is outside 0 to 9999.</exception>
        public static string Format(int mti)
        {
            CheckRange(mti);
            char[] digits = new char[] { (char)('0' + (mti / 1000)), (char)('0' + ((mti / 100) % 10)), (char)('0' + ((mti / 10) % 10)), (char)('0' + (mti % 10)) };
            return new string(digits);
        }

        /// <summary>Gets a short English description of an MTI of this profile, for logs and the decode tool.</summary>
        /// <param name="mti">Any number.</param>
        /// <returns>For example "financial request (sale, void)"; "not used by the terminal" for others.</returns>
        public static string Describe(int mti)
        {
            switch (mti)
            {
                case FinancialRequest:
                    return "financial request (sale, void)";
                case FinancialResponse:
                    return "financial response";
                case AdviceRequest:
                    return "financial advice (refund)";
                case AdviceResponse:
                    return "financial advice response";
                case BatchUploadRequest:
                    return "batch upload";
                case BatchUploadResponse:
                    return "batch upload response";
                case ReversalRequest:
                    return "reversal";
                case ReversalRepeat:
                    return "reversal, repeat";
                case ReversalResponse:
                    return "reversal response";
                case SettlementRequest:
                    return "settlement";
                case SettlementResponse:
                    return "settlement response";
                case NetworkRequest:
                    return "network management (sign-on, echo)";
                case NetworkResponse:
                    return "network management response";
                default:
                    return "not used by the terminal";
            }
        }

        private static void CheckRange(int mti)
        {
            if (mti < 0 || mti > 9999)
            {
                throw new ArgumentOutOfRangeException("mti", "An MTI is 0000 to 9999.");
            }
        }
    }
}
