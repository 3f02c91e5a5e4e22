namespace NanoPos.HostSim
{
    /// <summary>
    /// What a fault does to one request's answer. Faults act on the transport, never on the decision: the request
    /// is decided and recorded first (except <see cref="Answer91"/>), so a dropped or delayed approval stays in the
    /// ledger, which is exactly the case the terminal must reverse. The JSON name is given for each.
    /// </summary>
    public enum FaultKind
    {
        /// <summary>"noResponse": decide, then send nothing; the connection stays open.</summary>
        NoResponse = 1,

        /// <summary>"delay": decide, then answer after <see cref="FaultRule.DelayMs"/> milliseconds; the connection keeps serving other requests meanwhile.</summary>
        Delay = 2,

        /// <summary>"closeBefore": decide, then close the connection without answering.</summary>
        CloseBeforeResponse = 3,

        /// <summary>"closeAfter": answer, then close the connection.</summary>
        CloseAfterResponse = 4,

        /// <summary>"duplicate": send the answer twice.</summary>
        Duplicate = 5,

        /// <summary>"corrupt": flip (XOR 0xFF) <see cref="FaultRule.Bytes"/> bytes of the answer after the length header, always including the first MTI byte, so the frame keeps its length but no longer decodes.</summary>
        Corrupt = 6,

        /// <summary>"truncate": send only the first <see cref="FaultRule.Keep"/> bytes of the frame (default: half), then close the connection.</summary>
        Truncate = 7,

        /// <summary>"wrongMti": answer with MTI <see cref="FaultRule.Mti"/> (default: the request's own MTI, e.g. 0200 instead of 0210).</summary>
        WrongMti = 8,

        /// <summary>"answer91": do not decide; answer 91 (issuer or switch inoperative). Nothing is recorded.</summary>
        Answer91 = 9,
    }
}
