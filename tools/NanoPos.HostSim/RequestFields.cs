using System.Globalization;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>Reads the simulator's field conventions out of a request (see the README's field table).</summary>
    internal static class RequestFields
    {
        /// <summary>Gets the card number: field 2, or the digits of track 2 (field 35) before the separator; null when neither is present.</summary>
        public static string Pan(IsoMessage request)
        {
            string pan = request.GetString(2);
            if (pan != null)
            {
                return pan;
            }

            string track2 = request.GetString(35);
            if (track2 == null)
            {
                return null;
            }

            int separator = track2.IndexOfAny(new[] { '=', 'D', 'd' });
            return separator > 0 ? track2[..separator] : null;
        }

        /// <summary>Gets the amount in minor units from field 4, or -1 when it is absent or not a number.</summary>
        public static long Amount(IsoMessage request)
        {
            string text = request.GetString(4);
            return text != null && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long amount) ? amount : -1;
        }

        /// <summary>Gets the ledger key (fields 41, 11, 13), or null when one of them is absent.</summary>
        public static LedgerKey Key(IsoMessage request)
        {
            string terminal = request.GetString(41);
            string stan = request.GetString(11);
            string date = request.GetString(13);
            return terminal == null || stan == null || date == null ? null : new LedgerKey(terminal, stan, date);
        }

        /// <summary>Gets the batch number: digits 3 to 8 of field 60, or null when field 60 is shorter or absent.</summary>
        public static string Batch(IsoMessage request)
        {
            string field60 = request.GetString(60);
            return field60 != null && field60.Length >= 8 ? field60.Substring(2, 6) : null;
        }

        /// <summary>Gets the network management information code: digits 9 to 11 of field 60, or null.</summary>
        public static string NetworkCode(IsoMessage request)
        {
            string field60 = request.GetString(60);
            return field60 != null && field60.Length >= 11 ? field60.Substring(8, 3) : null;
        }

        /// <summary>
        /// Gets the original's key from field 61 (original batch n6 + original STAN n6 + original date n4 = 16
        /// digits), on the request's own terminal; null when 61 or 41 is absent or 61 is shorter than 16 digits.
        /// </summary>
        public static LedgerKey OriginalKey(IsoMessage request)
        {
            string field61 = request.GetString(61);
            string terminal = request.GetString(41);
            return field61 == null || terminal == null || field61.Length < 16 ? null : new LedgerKey(terminal, field61.Substring(6, 6), field61.Substring(12, 4));
        }

        /// <summary>
        /// Gets whether the host answers an MTI: any MTI 0000-9999 that is not itself a response (third digit
        /// even: request, advice, notification). Its answer is <see cref="Mti.ResponseOf"/>.
        /// </summary>
        public static bool ExpectsResponse(int mti)
        {
            return mti >= 0 && mti <= 9999 && !Mti.IsResponse(mti);
        }

        /// <summary>Masks a card number as first 6 + last 4 (<see cref="FieldMasker.MaskPan"/>); null stays null.</summary>
        public static string MaskedPan(string pan)
        {
            return pan == null ? null : FieldMasker.MaskPan(pan);
        }
    }
}
