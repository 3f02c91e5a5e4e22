using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Which requests a <see cref="FaultRule"/> applies to. Every criterion that is set must hold; an empty match
    /// takes every request. <see cref="Nth"/> then picks one of the requests the other criteria take.
    /// </summary>
    public sealed class FaultMatch
    {
        /// <summary>Gets the request MTI as a number ("mti": 200), or null for any.</summary>
        public int? Mti { get; init; }

        /// <summary>Gets the processing code, field 3 ("processingCode": "000000"), or null for any.</summary>
        public string ProcessingCode { get; init; }

        /// <summary>Gets the terminal ID, field 41 ("terminalId"), or null for any.</summary>
        public string TerminalId { get; init; }

        /// <summary>Gets the STAN, field 11 ("stan": "000042"), or null for any.</summary>
        public string Stan { get; init; }

        /// <summary>Gets the digits field 4 must end with ("amountEndsWith": "99"), or null for any; a request without field 4 never matches.</summary>
        public string AmountEndsWith { get; init; }

        /// <summary>Gets the digits the card number must end with ("panEndsWith": "0019"), or null for any.</summary>
        public string PanEndsWith { get; init; }

        /// <summary>
        /// Gets which request, counting from 1, among those the other criteria take since the rule was loaded,
        /// the rule applies to ("nth": 2 is the second such request only), or null for all of them.
        /// </summary>
        public int? Nth { get; init; }

        /// <summary>Tells whether a request meets every criterion except <see cref="Nth"/>.</summary>
        /// <param name="request">The request.</param>
        /// <returns>True when it does.</returns>
        public bool Takes(IsoMessage request)
        {
            if (Mti.HasValue && request.Mti != Mti.Value)
            {
                return false;
            }

            if (ProcessingCode != null && request.GetString(3) != ProcessingCode)
            {
                return false;
            }

            if (TerminalId != null && request.GetString(41) != TerminalId)
            {
                return false;
            }

            if (Stan != null && request.GetString(11) != Stan)
            {
                return false;
            }

            if (AmountEndsWith != null && !(request.GetString(4) ?? "\0").EndsWith(AmountEndsWith, System.StringComparison.Ordinal))
            {
                return false;
            }

            return PanEndsWith == null || (RequestFields.Pan(request) ?? "\0").EndsWith(PanEndsWith, System.StringComparison.Ordinal);
        }
    }
}
