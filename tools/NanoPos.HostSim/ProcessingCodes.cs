namespace NanoPos.HostSim
{
    /// <summary>The processing codes (field 3, n6) the simulator understands; any other is answered with 12.</summary>
    public static class ProcessingCodes
    {
        /// <summary>Purchase (sale) on a 0200.</summary>
        public const string Sale = "000000";

        /// <summary>Void on a 0200, refund on a 0220: money goes back to the card.</summary>
        public const string VoidOrRefund = "200000";

        /// <summary>Balance inquiry on a 0200 (no money moves).</summary>
        public const string BalanceInquiry = "310000";
    }
}
