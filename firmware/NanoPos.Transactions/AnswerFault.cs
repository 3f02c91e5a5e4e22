namespace NanoPos.Transactions
{
    /// <summary>
    /// Why an answer from the host was not taken as the answer to the request (<see cref="AnswerCheck"/>): the first
    /// field that failed. The values are part of the API (the health report counts them): never renumber.
    /// </summary>
    public enum AnswerFault
    {
        /// <summary>The answer matches the request.</summary>
        None = 0,

        /// <summary>The frame could not be decoded (length, bitmap, a field's format).</summary>
        Undecodable = 1,

        /// <summary>The MTI is not the response MTI of the request (0210 for 0200, 0230 for 0220, 0410 for 0400/0401 …).</summary>
        Mti = 2,

        /// <summary>Field 11, the STAN, is missing.</summary>
        Stan = 3,

        /// <summary>Field 41, the terminal ID, is missing or differs.</summary>
        TerminalId = 4,

        /// <summary>Field 42, the merchant ID, is missing or differs.</summary>
        MerchantId = 5,

        /// <summary>Field 3, the processing code, is missing or differs.</summary>
        ProcessingCode = 6,

        /// <summary>Field 4, the amount, is missing or differs.</summary>
        Amount = 7,

        /// <summary>Field 49, the currency, is missing or differs.</summary>
        Currency = 8,

        /// <summary>Field 39, the response code, is missing or not two letters or digits.</summary>
        ResponseCode = 9,

        /// <summary>An approval of a request that moves money lacks a well-formed authorization code (field 38, 6 characters).</summary>
        AuthCode = 10,

        /// <summary>An approval of a request that moves money lacks a well-formed retrieval reference number (field 37, 12 characters).</summary>
        Rrn = 11,

        /// <summary>The request carried a MAC and the answer none (field 64 missing): nothing in it is trusted.</summary>
        MissingMac = 12,

        /// <summary>The answer's MAC (field 64) is not the MAC of its bytes under the terminal's MAK: forged or damaged.</summary>
        BadMac = 13,
    }
}
