namespace NanoPos.Transactions
{
    /// <summary>What happened to one request/response exchange with the host.</summary>
    public enum ExchangeStatus
    {
        /// <summary>The answer arrived in time and matches the request (<see cref="AnswerCheck"/>).</summary>
        Response = 1,

        /// <summary>No connection could be opened; nothing was sent.</summary>
        ConnectFailed = 2,

        /// <summary>No byte of the request left: the link was known to be down before the write, or took nothing before the send timeout.</summary>
        NothingSent = 3,

        /// <summary>The link failed during or after the write: part or all of the request may have reached the host.</summary>
        LinkLost = 4,

        /// <summary>No answer with the request's STAN arrived before the deadline.</summary>
        Timeout = 5,

        /// <summary>A malformed answer arrived: a frame that could not be decoded, or an answer with the request's STAN that
        /// does not match the request (<see cref="HostExchange.LastAnswerFault"/> says which field).</summary>
        Malformed = 6,
    }
}
