namespace NanoPos.Transactions
{
    /// <summary>The result of one transaction, for the screen and the receipt.</summary>
    public sealed class TransactionResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="outcome">How it ended.</param>
        /// <param name="stan">The STAN used, 0 when none was.</param>
        /// <param name="responseCode">The host's response code, or null when the host did not answer.</param>
        /// <param name="reason">One plain English sentence for logs when the result was decided on the terminal (refusals), else null.</param>
        public TransactionResult(TransactionOutcome outcome, int stan, string responseCode, string reason)
        {
            Outcome = outcome;
            Stan = stan;
            ResponseCode = responseCode;
            Reason = reason;
        }

        /// <summary>Creates the result of a refusal: nothing was sent, no STAN was used.</summary>
        /// <param name="refusal">Why, for the screen.</param>
        /// <param name="reason">One plain English sentence for logs.</param>
        /// <returns>A result with the outcome <see cref="TransactionOutcome.Refused"/>.</returns>
        public static TransactionResult Refuse(RefusalKind refusal, string reason)
        {
            TransactionResult result = new TransactionResult(TransactionOutcome.Refused, 0, null, reason);
            result.Refusal = refusal;
            return result;
        }

        /// <summary>Gets how the transaction ended.</summary>
        public TransactionOutcome Outcome { get; }

        /// <summary>Gets the STAN used, 0 when none was.</summary>
        public int Stan { get; }

        /// <summary>
        /// Gets the host's response code (field 39): of the answer for an approval or a decline, of the answer whose outcome
        /// was unknown for a reversal it caused (98, 96, A0 …); null when the host gave no usable answer (none, or malformed).
        /// </summary>
        public string ResponseCode { get; }

        /// <summary>Gets a plain sentence explaining a refusal, or null.</summary>
        public string Reason { get; }

        /// <summary>Gets why the transaction was refused; <see cref="RefusalKind.None"/> unless the outcome is
        /// <see cref="TransactionOutcome.Refused"/> (a refusal built with the plain constructor also reads None).</summary>
        public RefusalKind Refusal { get; private set; }

        /// <summary>Gets or sets the authorization code (field 38) of an approval.</summary>
        public string AuthCode { get; set; }

        /// <summary>Gets or sets the retrieval reference number (field 37).</summary>
        public string Rrn { get; set; }

        /// <summary>Gets or sets the amount in minor units.</summary>
        public long AmountMinor { get; set; }

        /// <summary>Gets or sets why a sale, void or refund was reversed (outcome Reversed or ReversalPending); None otherwise.</summary>
        public ReversalCause Cause { get; set; }

        /// <summary>Gets or sets the local time the request carried (fields 13 and 12, MMDDhhmmss), or null when none was sent.</summary>
        public string LocalDateTime { get; set; }

        /// <summary>Gets or sets when the request was made, UTC ticks (100 ns since 0001-01-01), or 0 when none was.</summary>
        public long CreatedUtcTicks { get; set; }

        /// <summary>Gets or sets the masked PAN (first 6, last 4).</summary>
        public string MaskedPan { get; set; }

        /// <summary>Gets or sets the additional amounts text (field 54) of a balance inquiry, or null.</summary>
        public string Balance { get; set; }
    }
}
