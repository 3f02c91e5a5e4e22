namespace NanoPos.Transactions
{
    /// <summary>
    /// The response-code policy as data: one row per host response code (field 39) with its class — approved, declined
    /// for certain, or outcome unknown — and why. A code that has no row is <see cref="ResponseClass.OutcomeUnknown"/>:
    /// the terminal never takes an answer it does not understand for a decline, because a decline is never reversed and
    /// a host-side approval would stay charged. The table, its sources and reasoning are in this folder's README.
    /// </summary>
    /// <remarks>
    /// The engine uses the class only for requests that move money (sale, void, refund): Approved is recorded as the
    /// batch entry, Declined as a final decline, OutcomeUnknown is reversed like a lost answer. Requests that move no money
    /// (balance inquiry, sign-on, echo, settlement) have nothing to reverse; for them any code but an approval is a
    /// refusal shown with its code. A reversal's own answer (0410) is read by <see cref="ReversalQueue"/>: 00 and 25 end
    /// it, anything else is a failed attempt.
    /// </remarks>
    public static class ResponseCodePolicy
    {
        private static ResponseCodeRule[] s_rules;

        /// <summary>Gets every row, approved first, then the certain declines, then the codes whose outcome is unknown.</summary>
        public static ResponseCodeRule[] Rules
        {
            get
            {
                if (s_rules == null)
                {
                    s_rules = Build();
                }

                return s_rules;
            }
        }

        /// <summary>Finds the row of a response code.</summary>
        /// <param name="code">The code as field 39 carries it; null or any length is accepted.</param>
        /// <returns>The row, or null when the code has none (its class is then <see cref="ResponseClass.OutcomeUnknown"/>).</returns>
        public static ResponseCodeRule Find(string code)
        {
            if (code == null)
            {
                return null;
            }

            ResponseCodeRule[] rules = Rules;
            for (int i = 0; i < rules.Length; i++)
            {
                if (rules[i].Code == code)
                {
                    return rules[i];
                }
            }

            return null;
        }

        /// <summary>Gets the class of a response code: its row's, or <see cref="ResponseClass.OutcomeUnknown"/> without one.</summary>
        /// <param name="code">The code as field 39 carries it; null counts as unknown.</param>
        public static ResponseClass ClassOf(string code)
        {
            ResponseCodeRule rule = Find(code);
            return rule == null ? ResponseClass.OutcomeUnknown : rule.Class;
        }

        /// <summary>Gets whether a response code is an approval.</summary>
        /// <param name="code">The code as field 39 carries it; null is not.</param>
        public static bool IsApproval(string code)
        {
            return ClassOf(code) == ResponseClass.Approved;
        }

        private static ResponseCodeRule[] Build()
        {
            const ResponseClass Approved = ResponseClass.Approved;
            const ResponseClass Declined = ResponseClass.Declined;
            const ResponseClass Unknown = ResponseClass.OutcomeUnknown;

            // A decline is final only when the code says for certain that the request took no effect: a refusal by the
            // issuer, or by the host before anybody decided. Everything that can hide an approval is Unknown.
            return new ResponseCodeRule[]
            {
                Row("00", Approved, "Approved or completed."),
                Row("01", Declined, "Refer to card issuer: the issuer refused the request."),
                Row("03", Declined, "Invalid merchant: the host refused the request before the issuer saw it."),
                Row("04", Declined, "Pick up card: the issuer refused the card."),
                Row("05", Declined, "Do not honour: the issuer refused the request."),
                Row("12", Declined, "Invalid transaction: the host does not do this request and records nothing."),
                Row("13", Declined, "Invalid amount: refused before any funds check."),
                Row("14", Declined, "Invalid card number: the issuer refused the card."),
                Row("15", Declined, "No such issuer: the host found nobody to decide the request."),
                Row("25", Declined, "Unable to locate the original: a void or refund of an unknown transaction is not applied."),
                Row("30", Declined, "Format error: the host could not read the request, so it decided and recorded nothing."),
                Row("33", Declined, "Expired card, pick up: the issuer refused the card."),
                Row("40", Declined, "Function not supported: the issuer does not do this request."),
                Row("41", Declined, "Lost card: the issuer refused the card."),
                Row("43", Declined, "Stolen card: the issuer refused the card."),
                Row("51", Declined, "Insufficient funds: the issuer refused the amount."),
                Row("54", Declined, "Expired card: the issuer refused the card."),
                Row("55", Declined, "Incorrect PIN: the issuer refused the cardholder."),
                Row("57", Declined, "Not permitted to the cardholder: the issuer refused the request."),
                Row("58", Declined, "Not permitted to the terminal: refused before any funds check."),
                Row("61", Declined, "Exceeds the amount limit: the issuer refused the amount."),
                Row("62", Declined, "Restricted card: the issuer refused the card."),
                Row("64", Declined, "Original amount incorrect: a void whose amount differs is not applied."),
                Row("65", Declined, "Exceeds the frequency limit: the issuer refused the request."),
                Row("75", Declined, "PIN tries exceeded: the issuer refused the cardholder."),
                Row("90", Declined, "Cutoff in progress: the host takes no requests during its day change."),
                Row("91", Declined, "Issuer or switch inoperative: the request reached no decision; try later."),
                Row("92", Declined, "No route to the issuer: the request reached nobody who could decide it."),
                Row("94", Declined, "Duplicate transmission: the key belongs to another request; a reversal would cancel that one."),
                Row("95", Declined, "Reconcile error: a settlement answer; on any other request a refusal."),
                Row("97", Declined, "Terminal not registered: refused before the issuer saw the request."),
                Row("99", Declined, "PIN format error: refused before the issuer decided."),
                Row("06", Unknown, "Error: an unspecified host failure that does not say what was applied."),
                Row("22", Unknown, "Suspected malfunction: the host itself does not know what happened."),
                Row("68", Unknown, "Response received too late: the issuer may have approved after the switch gave up."),
                Row("96", Unknown, "System malfunction: the host failed while processing and cannot say whether the issuer approved."),
                Row("98", Unknown, "Issuer answer lost: the switch timed out waiting for the issuer, which may have approved."),
                Row("A0", Unknown, "MAC check failed: the exchange failed its security check, so what was applied is unknown."),
            };
        }

        private static ResponseCodeRule Row(string code, ResponseClass responseClass, string reason)
        {
            return new ResponseCodeRule(code, responseClass, reason);
        }
    }
}
