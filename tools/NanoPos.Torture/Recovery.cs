namespace NanoPos.Torture
{
    /// <summary>What the terminal does when it boots again after a power cut, before the flow goes on.</summary>
    public enum Recovery
    {
        /// <summary>Only <c>PaymentEngine.Start</c>: recover the journal and flush the pending reversals.</summary>
        Plain,

        /// <summary><c>PaymentEngine.Start</c>, then a sign-on, as a CUP terminal does at power-up (the host's batch number may have moved on).</summary>
        SignOn,
    }
}
