namespace NanoPos.HostSim
{
    /// <summary>
    /// The ISO 8583 response codes (field 39) the simulator answers with. Each decision code is produced by the
    /// documented rules (see the README's decision table); the last three are not decisions but examples for the
    /// "answerCode" fault, which replaces field 39 after the host decided and recorded (any two characters a plan
    /// names can be sent that way; the README lists every code and what the ledger holds).
    /// </summary>
    public static class ResponseCodes
    {
        /// <summary>Approved, or acknowledged (reversals, advices, batch upload, balanced settlement).</summary>
        public const string Approved = "00";

        /// <summary>Invalid transaction: an unknown MTI or processing code, or a void of an original that no longer stands.</summary>
        public const string InvalidTransaction = "12";

        /// <summary>Invalid amount: a sale, void or refund of zero minor units.</summary>
        public const string InvalidAmount = "13";

        /// <summary>Invalid card number: the simulator's answer for a card configured as blocked.</summary>
        public const string BlockedCard = "14";

        /// <summary>Unable to locate the original: a void whose original sale is not in the ledger.</summary>
        public const string OriginalNotFound = "25";

        /// <summary>Format error: a field the request needs is missing or not in the documented format.</summary>
        public const string FormatError = "30";

        /// <summary>Insufficient funds: a sale amount ending in 51.</summary>
        public const string InsufficientFunds = "51";

        /// <summary>Incorrect PIN: a sale amount ending in 55.</summary>
        public const string IncorrectPin = "55";

        /// <summary>Exceeds withdrawal amount limit: a sale amount ending in 61.</summary>
        public const string ExceedsLimit = "61";

        /// <summary>Original amount incorrect: a void whose amount differs from the original sale's.</summary>
        public const string OriginalAmountIncorrect = "64";

        /// <summary>Issuer or switch inoperative: maintenance window, or the per-request fault "answer91".</summary>
        public const string IssuerUnavailable = "91";

        /// <summary>Duplicate transmission: a request whose ledger key is already used by a different request, or
        /// by one that has since been reversed or voided.</summary>
        public const string DuplicateTransmission = "94";

        /// <summary>Reconcile error: the settlement totals in field 48 disagree with the ledger's.</summary>
        public const string ReconcileError = "95";

        /// <summary>System malfunction: never decided by the simulator; sent only by the "answerCode" fault (the committed example plan uses it).</summary>
        public const string SystemMalfunction = "96";

        /// <summary>Issuer answer lost (the switch got no answer from the issuer; the outcome is unknown): sent only by the "answerCode" fault.</summary>
        public const string IssuerAnswerLost = "98";

        /// <summary>MAC error (CUP: the message authentication code did not verify; sign on again): sent only by the "answerCode" fault.</summary>
        public const string MacError = "A0";
    }
}
