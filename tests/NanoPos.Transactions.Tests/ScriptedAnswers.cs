using NanoPos.Iso8583;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The answers <see cref="ScriptedHost"/> composes, as the acquirer decides them — before any alteration on the way
    /// (<see cref="ScriptedFaults"/>) and before their MAC (<see cref="HostMac"/>): the request's fields echoed, the
    /// response code, a sign-on's batch and working keys, a financial answer's reference, auth code and balance; and the
    /// host's own decision on the money (<see cref="HostLedger"/>).
    /// </summary>
    internal static class ScriptedAnswers
    {
        /// <summary>Composes the answer to a request.</summary>
        /// <param name="request">The request.</param>
        /// <param name="financial">Whether it is a 0200/0220 (fields 37, 38 and 54 of an answer).</param>
        /// <param name="code">The response code (field 39), or null for none.</param>
        /// <param name="signOnBatch">The batch a sign-on answer assigns (field 60.2); -1 echoes the terminal's.</param>
        /// <param name="keys">The host's keys, for field 62 of an approved sign-on.</param>
        /// <returns>The answer.</returns>
        internal static IsoMessage Compose(IsoMessage request, bool financial, string code, int signOnBatch, HostKeys keys)
        {
            var response = new IsoMessage();
            response.Mti = Mti.ResponseOf(request.Mti);
            int[] echo = new int[] { 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60, 61 };
            foreach (int field in echo)
            {
                if (request.Has(field))
                {
                    response.Set(field, request.GetString(field));
                }
            }

            if (code != null)
            {
                response.Set(39, code);
            }

            if (ScriptedHost.IsSignOn(request) && signOnBatch >= 0)
            {
                response.Set(60, "00" + RequestBuilder.Digits(signOnBatch, 6) + "003");
            }

            if (ScriptedHost.IsSignOn(request) && code == "00")
            {
                response.Set(62, keys.Field62());
            }

            if (financial)
            {
                response.Set(37, "000000000001");
                if (code == "00")
                {
                    response.Set(38, "AUTH01");
                    if (request.GetString(3) == RequestBuilder.BalanceCode)
                    {
                        response.Set(54, ScriptedHost.BalanceText);
                    }
                }
            }

            return response;
        }

        /// <summary>
        /// Records the host's own decision on the money in its ledger, before any alteration the answer suffers on its
        /// way: a sale, void or refund approved or declined (not a balance inquiry), a reversal accepted (00 or 25).
        /// </summary>
        /// <param name="ledger">The host's ledger.</param>
        /// <param name="request">The request.</param>
        /// <param name="response">The answer as composed.</param>
        /// <param name="financial">Whether the request is a 0200/0220.</param>
        /// <param name="reversal">Whether the request is a 0400/0401.</param>
        internal static void Record(HostLedger ledger, IsoMessage request, IsoMessage response, bool financial, bool reversal)
        {
            string code = response.GetString(39);
            if (financial && code != null && request.GetString(3) != RequestBuilder.BalanceCode)
            {
                ledger.Decide(request.GetString(11), code);
            }
            else if (reversal && (code == "00" || code == "25"))
            {
                ledger.Reverse(request.GetString(11));
            }
        }
    }
}
