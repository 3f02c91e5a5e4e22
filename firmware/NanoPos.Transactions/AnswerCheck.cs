using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Checks that an answer from the host is the answer to the request it claims to answer, field by field, and says
    /// which field failed. An answer that fails is a malformed answer: for a sale, void or refund its outcome is unknown
    /// and the request is reversed (docs in this folder's README, "Answers and response codes").
    /// </summary>
    /// <remarks>
    /// <para>The rules, in the order checked:</para>
    /// <list type="number">
    /// <item><description>The MTI is the request's response MTI (0200 → 0210, 0220 → 0230, 0400 and 0401 → 0410, 0500 → 0510 …).</description></item>
    /// <item><description>The answer carries, unchanged, each of fields 11 (STAN), 41 (terminal ID), 42 (merchant ID)
    /// and 49 (currency) that the request carried.</description></item>
    /// <item><description>Fields 3 (processing code) and 4 (amount): an answer to a financial (02xx) or reversal (04xx)
    /// request must carry each one the request carried, unchanged; other answers (0330, 0510, 0810) need not echo them
    /// (the host's documented echo set), but one they carry must be unchanged.</description></item>
    /// <item><description>Field 39, the response code: present, two letters or digits.</description></item>
    /// <item><description>An approval (<see cref="ResponseCodePolicy.IsApproval"/>) of a request that moves money (02xx
    /// with an amount: sale, void, refund) carries an authorization code (38: 6 letters, digits or spaces, not all
    /// spaces) and a retrieval reference number (37: 12 letters or digits).</description></item>
    /// </list>
    /// <para>Local date and time (12, 13) are not compared: a host may answer with its own (the acquirer simulator's
    /// sign-on answer does, so the terminal can set its clock); the STAN, never reused, already ties the answer to
    /// the request.</para>
    /// </remarks>
    public static class AnswerCheck
    {
        /// <summary>Checks an answer against its request.</summary>
        /// <param name="request">The request as sent (a request MTI).</param>
        /// <param name="response">The answer as decoded.</param>
        /// <returns><see cref="AnswerFault.None"/> when the answer matches, else the first rule it breaks.</returns>
        public static AnswerFault Check(IsoMessage request, IsoMessage response)
        {
            int mti = request.Mti;
            if (response.Mti != Mti.ResponseOf(mti))
            {
                return AnswerFault.Mti;
            }

            if (!Echoed(request, response, 11, true))
            {
                return AnswerFault.Stan;
            }

            if (!Echoed(request, response, 41, true))
            {
                return AnswerFault.TerminalId;
            }

            if (!Echoed(request, response, 42, true))
            {
                return AnswerFault.MerchantId;
            }

            int messageClass = (mti / 100) % 10;
            bool echoesAmounts = messageClass == 2 || messageClass == 4;
            if (!Echoed(request, response, 3, echoesAmounts))
            {
                return AnswerFault.ProcessingCode;
            }

            if (!Echoed(request, response, 4, echoesAmounts))
            {
                return AnswerFault.Amount;
            }

            if (!Echoed(request, response, 49, true))
            {
                return AnswerFault.Currency;
            }

            string code = response.GetString(39);
            if (!IsWellFormed(code, 2, false))
            {
                return AnswerFault.ResponseCode;
            }

            if (messageClass == 2 && request.Has(4) && ResponseCodePolicy.IsApproval(code))
            {
                if (!IsWellFormed(response.GetString(38), 6, true))
                {
                    return AnswerFault.AuthCode;
                }

                if (!IsWellFormed(response.GetString(37), 12, false))
                {
                    return AnswerFault.Rrn;
                }
            }

            return AnswerFault.None;
        }

        /// <summary>Gets the ISO 8583 field number a fault names: 0 for the MTI, -1 for none or an undecodable frame.</summary>
        /// <param name="fault">The fault.</param>
        public static int FieldOf(AnswerFault fault)
        {
            switch (fault)
            {
                case AnswerFault.Mti: return 0;
                case AnswerFault.Stan: return 11;
                case AnswerFault.TerminalId: return 41;
                case AnswerFault.MerchantId: return 42;
                case AnswerFault.ProcessingCode: return 3;
                case AnswerFault.Amount: return 4;
                case AnswerFault.Currency: return 49;
                case AnswerFault.ResponseCode: return 39;
                case AnswerFault.AuthCode: return 38;
                case AnswerFault.Rrn: return 37;
                default: return -1;
            }
        }

        /// <summary>
        /// Tells whether the answer carries a field as the request did. A field the request did not carry is not checked;
        /// one it carried must come back unchanged, or may be missing when it is not <paramref name="required"/>.
        /// </summary>
        private static bool Echoed(IsoMessage request, IsoMessage response, int field, bool required)
        {
            string sent = request.GetString(field);
            if (sent == null)
            {
                return true;
            }

            string answered = response.GetString(field);
            return answered == null ? !required : answered == sent;
        }

        /// <summary>Tells whether a value has exactly <paramref name="length"/> letters or digits (or spaces, when allowed, but not only spaces).</summary>
        private static bool IsWellFormed(string value, int length, bool spaces)
        {
            // Length is read once: on the device it walks the UTF-8 string at every call.
            if (value == null || value.Length != length)
            {
                return false;
            }

            bool content = false;
            for (int i = 0; i < length; i++)
            {
                char c = value[i];
                bool alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                if (!alphanumeric && !(spaces && c == ' '))
                {
                    return false;
                }

                content |= alphanumeric;
            }

            return content;
        }
    }
}
