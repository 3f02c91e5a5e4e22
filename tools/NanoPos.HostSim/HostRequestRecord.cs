namespace NanoPos.HostSim
{
    /// <summary>One request the <see cref="SimulatedAcquirer"/> decoded, and what it did about it.</summary>
    public sealed class HostRequestRecord
    {
        /// <summary>Gets or sets the terminal's boot number when the request arrived (1 for the first boot).</summary>
        public int Boot { get; set; }

        /// <summary>Gets or sets the request MTI (200 for "0200").</summary>
        public int Mti { get; set; }

        /// <summary>Gets or sets field 11, or null.</summary>
        public string Stan { get; set; }

        /// <summary>Gets or sets field 13 (MMDD), or null.</summary>
        public string Date { get; set; }

        /// <summary>Gets or sets field 41, or null.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets field 3, or null.</summary>
        public string ProcessingCode { get; set; }

        /// <summary>Gets or sets field 4, or null.</summary>
        public string Amount { get; set; }

        /// <summary>Gets or sets the response code decided (field 39 of the answer before any fault), or null.</summary>
        public string ResponseCode { get; set; }

        /// <summary>Gets or sets field 39 of the answer as sent (after a fault such as answerCode or bareAnswer), or null when nothing was decided or sent.</summary>
        public string SentCode { get; set; }

        /// <summary>Gets or sets the fault applied to the answer, or null.</summary>
        public FaultKind? Fault { get; set; }

        /// <summary>Gets or sets what the request did to the ledger.</summary>
        public LedgerEffect Effect { get; set; }

        /// <summary>Gets or sets what the host found when it checked the request's MAC (field 64).</summary>
        public MacCheck Mac { get; set; }

        /// <summary>Gets or sets the processor's note, or null.</summary>
        public string Note { get; set; }

        /// <summary>Describes the request in one line for violation reports.</summary>
        /// <returns>"boot 2: 0400 stan 000003 rc 00 fault noResponse".</returns>
        public override string ToString()
        {
            return "boot " + Boot + ": " + Mti.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + " stan " + Stan + " amt " + (Amount ?? "-")
                + " rc " + (ResponseCode ?? "-") + (SentCode != null && SentCode != ResponseCode ? " sent " + SentCode : string.Empty) + (Fault.HasValue ? " fault " + FaultPlan.NameOf(Fault.Value) : string.Empty);
        }
    }
}
