namespace NanoPos.Transactions
{
    /// <summary>
    /// What a host response code (field 39) says about the money: the class of its row in
    /// <see cref="ResponseCodePolicy"/>. The values are part of the API (tools and screens switch on them): never renumber.
    /// </summary>
    public enum ResponseClass
    {
        /// <summary>The host approved: the request took effect (a sale, void or refund is in the batch).</summary>
        Approved = 1,

        /// <summary>The host refused the request and says so for certain: nothing moved, nothing to reverse.</summary>
        Declined = 2,

        /// <summary>
        /// The host answered without knowing, or without being able to say, whether the request took effect (the issuer's
        /// answer was lost, the host failed while processing, a security check failed), or the code is not in the table:
        /// a request that moves money is reversed.
        /// </summary>
        OutcomeUnknown = 3,
    }
}
