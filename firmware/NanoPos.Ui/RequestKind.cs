namespace NanoPos.Ui
{
    /// <summary>The engine call a <see cref="TransactionRequest"/> asks for (one <see cref="NanoPos.Transactions.PaymentEngine"/> method each).</summary>
    public enum RequestKind
    {
        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.Sale"/>: amount and card.</summary>
        Sale = 0,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.Refund"/>: amount and card.</summary>
        Refund = 1,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.Void"/>: the STAN of the sale.</summary>
        Void = 2,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.BalanceInquiry"/>: the card.</summary>
        Balance = 3,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.Settle"/>.</summary>
        Settle = 4,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.SignOn"/>.</summary>
        SignOn = 5,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.Echo"/>.</summary>
        Echo = 6,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.ServiceReversals"/>: retries pending reversals by their backoff.</summary>
        ServiceReversals = 7,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.Recover"/>: keys and journal recovery, first at boot (nothing sent).</summary>
        Recover = 8,

        /// <summary>A self-test that needs nobody (<see cref="TransactionRequest.SelfTest"/>): run through the runner, never
        /// beside an engine call, because the link and host tests use the engine's link.</summary>
        SelfTest = 9,

        /// <summary><see cref="NanoPos.Transactions.PaymentEngine.FlushReversals"/>: the boot's delivery of the reversals the
        /// journal held, while the screens show how many.</summary>
        FlushReversals = 10,
        /// <summary><see cref="NanoPos.Transactions.UpdateReadiness.Prepare"/>: every pending reversal flushed and the open batch
        /// settled before a firmware update; the answer says what is still owed (<see cref="TransactionRequest.Readiness"/>).</summary>
        PrepareUpdate = 11,
    }
}
