using NanoPos.Transactions;

namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// Turns what the engine reports (<see cref="TransactionResult"/>) into the result screen's two texts: a
    /// headline ("Declined") and a detail line that says what happened and what to do next.
    /// </summary>
    /// <remarks>
    /// <list type="table">
    /// <item><term>Approved</term><description>Approved / "Auth code 123456"</description></item>
    /// <item><term>Declined</term><description>Declined / the response code's line (<see cref="ResponseMessages"/>)</description></item>
    /// <item><term>ReversalPending</term><description>No response / "Reversing - the card will not be charged" (no answer,
    /// a malformed answer, or a response code whose outcome is unknown: the result then carries that code)</description></item>
    /// <item><term>Reversed</term><description>No response / "Reversed - the card was not charged" (the same causes)</description></item>
    /// <item><term>NotSent</term><description>Not sent / "No connection - the card was not charged"</description></item>
    /// <item><term>NoAnswer</term><description>No response / "Nothing changed - try later"</description></item>
    /// <item><term>Refused</term><description>Not started / the refusal's line (<see cref="ForRefusal(RefusalKind)"/>)</description></item>
    /// </list>
    /// </remarks>
    public static class OutcomeMessages
    {
        /// <summary>Gets the headline of a result.</summary>
        /// <param name="result">The engine's result.</param>
        /// <returns>The message id.</returns>
        public static MessageId Headline(TransactionResult result)
        {
            switch (result.Outcome)
            {
                case TransactionOutcome.Approved:
                    return MessageId.Approved;
                case TransactionOutcome.Declined:
                    return MessageId.Declined;
                case TransactionOutcome.NotSent:
                    return MessageId.NotSent;
                case TransactionOutcome.Refused:
                    return MessageId.Refused;
                default:
                    return MessageId.NoResponse;
            }
        }

        /// <summary>Gets the detail line of a result.</summary>
        /// <param name="result">The engine's result.</param>
        /// <returns>The message id; <see cref="MessageId.DeclinedWithCode"/> for a response code without its own line,
        /// <see cref="MessageId.Approved"/> for an approval without an authorization code (nothing to add).</returns>
        public static MessageId Detail(TransactionResult result)
        {
            switch (result.Outcome)
            {
                case TransactionOutcome.Approved:
                    return result.AuthCode == null || result.AuthCode.Length == 0 ? MessageId.Approved : MessageId.AuthCode;
                case TransactionOutcome.Declined:
                    return ResponseMessages.For(result.ResponseCode);
                case TransactionOutcome.Reversed:
                    return MessageId.ReversedNotCharged;
                case TransactionOutcome.ReversalPending:
                    return MessageId.ReversingNotCharged;
                case TransactionOutcome.NotSent:
                    return MessageId.NotSentNoConnection;
                case TransactionOutcome.NoAnswer:
                    return MessageId.NoAnswerNothingChanged;
                default:
                    return ForRefusal(result.Refusal);
            }
        }

        /// <summary>
        /// Gets the detail line of a result of a given request: a void or a refund that did not go through says what
        /// happened to the money (the sale stays charged; no money went back), where a sale says the card was not charged.
        /// </summary>
        /// <param name="kind">The request.</param>
        /// <param name="result">The engine's result.</param>
        /// <returns>The message id (see <see cref="Detail(TransactionResult)"/> for the others).</returns>
        public static MessageId Detail(RequestKind kind, TransactionResult result)
        {
            if (kind == RequestKind.Void)
            {
                switch (result.Outcome)
                {
                    case TransactionOutcome.Reversed:
                        return MessageId.VoidReversedStillCharged;
                    case TransactionOutcome.ReversalPending:
                        return MessageId.VoidReversingStillCharged;
                    case TransactionOutcome.NotSent:
                        return MessageId.VoidNotSentStillCharged;
                    case TransactionOutcome.NoAnswer:
                        return MessageId.VoidNoAnswerStillCharged;
                }
            }
            else if (kind == RequestKind.Refund)
            {
                switch (result.Outcome)
                {
                    case TransactionOutcome.Reversed:
                        return MessageId.RefundReversedNoMoney;
                    case TransactionOutcome.ReversalPending:
                        return MessageId.RefundReversingNoMoney;
                    case TransactionOutcome.NotSent:
                        return MessageId.RefundNotSentNoMoney;
                }
            }

            return Detail(result);
        }

        /// <summary>Gets the detail line of a result as text, with the authorization code or the unknown response code filled in.</summary>
        /// <param name="result">The engine's result.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text; empty for an approval without an authorization code.</returns>
        public static string DetailText(TransactionResult result, Language language)
        {
            return DetailText(RequestKind.Sale, result, language);
        }

        /// <summary>Gets the detail line of a result of a given request as text (see <see cref="Detail(RequestKind, TransactionResult)"/>).</summary>
        /// <param name="kind">The request.</param>
        /// <param name="result">The engine's result.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text; empty for an approval without an authorization code.</returns>
        public static string DetailText(RequestKind kind, TransactionResult result, Language language)
        {
            MessageId detail = Detail(kind, result);
            switch (detail)
            {
                case MessageId.Approved:
                    return string.Empty;
                case MessageId.AuthCode:
                    return MessageCatalog.Format(detail, language, result.AuthCode);
                case MessageId.DeclinedWithCode:
                    return ResponseMessages.Text(result.ResponseCode, language);
                default:
                    return MessageCatalog.Get(detail, language);
            }
        }

        /// <summary>Gets the detail line of a refusal.</summary>
        /// <param name="refusal">Why the engine refused (<see cref="TransactionResult.Refusal"/>).</param>
        /// <returns>Reversal pending, journal full, original not found, already voided, or invalid input (also for
        /// <see cref="RefusalKind.None"/> and any value this version does not know).</returns>
        public static MessageId ForRefusal(RefusalKind refusal)
        {
            switch (refusal)
            {
                case RefusalKind.ReversalPending:
                    return MessageId.RefusedReversalPending;
                case RefusalKind.JournalFull:
                    return MessageId.RefusedJournalFull;
                case RefusalKind.OriginalNotFound:
                    return MessageId.RefusedOriginalNotFound;
                case RefusalKind.AlreadyVoided:
                    return MessageId.RefusedAlreadyVoided;
                case RefusalKind.StorageFailure:
                    return MessageId.RefusedStorageFailure;
                case RefusalKind.NotSignedOn:
                    return MessageId.RefusedNotSignedOn;
                case RefusalKind.KeysRefused:
                    return MessageId.RefusedKeysRefused;
                default:
                    return MessageId.RefusedInvalidInput;
            }
        }
    }
}
