namespace NanoPos.Transactions
{
    /// <summary>
    /// How one exchange with the host ended, as <see cref="ExchangeHistory"/> records it for the technician's health
    /// report: one value per exchange (connect, send, wait), whatever the request was. The values are part of the API: the
    /// health report's compact QR encoding carries them, so they are fixed and never renumbered; there are
    /// <see cref="ExchangeHistory.EndingCount"/> of them, numbered from 0 without gaps.
    /// </summary>
    public enum ExchangeEnding
    {
        /// <summary>An answer arrived in time and passed the checks (its MAC and <see cref="AnswerCheck"/>), with any response code other than 91 or 96.</summary>
        Answered = 0,

        /// <summary>No connection could be opened (<see cref="ExchangeStatus.ConnectFailed"/>): nothing was sent.</summary>
        ConnectFailed = 1,

        /// <summary>Connected, but no byte of the request left (<see cref="ExchangeStatus.NothingSent"/>).</summary>
        NothingSent = 2,

        /// <summary>The link failed during or after the write, or while waiting for the answer (<see cref="ExchangeStatus.LinkLost"/>).</summary>
        LinkLost = 3,

        /// <summary>No answer with the request's STAN arrived before the deadline (<see cref="ExchangeStatus.Timeout"/>).</summary>
        Timeout = 4,

        /// <summary>An answer arrived that could not be decoded or failed <see cref="AnswerCheck"/> (a MAC fault aside: <see cref="MacFailure"/>).</summary>
        Malformed = 5,

        /// <summary>An answer arrived without its MAC or with a wrong one (<see cref="AnswerFault.MissingMac"/>, <see cref="AnswerFault.BadMac"/>).</summary>
        MacFailure = 6,

        /// <summary>A checked answer with response code 91: the issuer or the switch is inoperative.</summary>
        Code91 = 7,

        /// <summary>A checked answer with response code 96: a system malfunction at the host.</summary>
        Code96 = 8,
    }
}
