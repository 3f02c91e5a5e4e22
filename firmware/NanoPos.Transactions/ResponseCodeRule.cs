namespace NanoPos.Transactions
{
    /// <summary>One row of <see cref="ResponseCodePolicy"/>: a response code, its class, and why it has that class.</summary>
    public sealed class ResponseCodeRule
    {
        /// <summary>Creates a row.</summary>
        /// <param name="code">The response code, two characters as field 39 carries it ("00", "A0").</param>
        /// <param name="responseClass">What the code says about the money.</param>
        /// <param name="reason">One English sentence: what the code means and why it has this class.</param>
        public ResponseCodeRule(string code, ResponseClass responseClass, string reason)
        {
            Code = code;
            Class = responseClass;
            Reason = reason;
        }

        /// <summary>Gets the response code, two characters.</summary>
        public string Code { get; }

        /// <summary>Gets what the code says about the money.</summary>
        public ResponseClass Class { get; }

        /// <summary>Gets what the code means and why it has its class, one English sentence for logs and tools.</summary>
        public string Reason { get; }
    }
}
