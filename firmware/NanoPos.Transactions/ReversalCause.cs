namespace NanoPos.Transactions
{
    /// <summary>
    /// Why a request was reversed, as the merchant is told in the history ("Reversed: no answer"). The values are stored in
    /// the history record on flash: never renumber.
    /// </summary>
    public enum ReversalCause
    {
        /// <summary>Not reversed.</summary>
        None = 0,

        /// <summary>No answer with the request's STAN arrived before the deadline.</summary>
        Timeout = 1,

        /// <summary>The link failed while the request was sent or while its answer was awaited.</summary>
        LinkLost = 2,

        /// <summary>An answer arrived that could not be decoded, did not match the request, or failed its MAC.</summary>
        BadAnswer = 3,

        /// <summary>The host's response code does not say whether the card was charged (98, 96, A0 or an unlisted one).</summary>
        UnknownCode = 4,

        /// <summary>The terminal restarted (power cut, crash) while the request was in flight; found at boot.</summary>
        PowerCut = 5,
    }
}
