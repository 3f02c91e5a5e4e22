namespace NanoPos.Transactions
{
    /// <summary>What happened to one request/response exchange with the host.</summary>
    public enum ExchangeStatus
    {
        /// <summary>A valid response matching the request arrived in time.</summary>
        Response = 1,

        /// <summary>No connection could be opened; nothing was sent.</summary>
        ConnectFailed = 2,

        /// <summary>No byte of the request left: the link was known to be down before the write, or took nothing before the send timeout.</summary>
        NothingSent = 3,

        /// <summary>The link failed during or after the write: part or all of the request may have reached the host.</summary>
        LinkLost = 4,

        /// <summary>No matching response arrived before the deadline.</summary>
        Timeout = 5,

        /// <summary>A response arrived that could not be decoded.</summary>
        Malformed = 6,
    }
}
