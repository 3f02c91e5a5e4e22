namespace NanoPos.HostSim
{
    /// <summary>
    /// What a fault does to one request's answer. Faults act on the answer, never on the decision: the request is
    /// decided and recorded first (except <see cref="Answer91"/>), so a dropped, delayed or falsified approval stays
    /// in the ledger, which is exactly the case the terminal must reverse. Kinds 1 to 9 act on the transport; kinds
    /// 10 to 18 send a well-formed frame whose content does not match the request (semantically wrong answers); kinds
    /// 19 and 20 spoil the answer's MAC (field 64). The JSON name is given for each.
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

        /// <summary>"wrongAmount": field 4 of the answer is the request's amount divided by 100 (whole minor units, rounded down): an approval of 1/100 of the amount. A request without field 4 gets its answer unchanged.</summary>
        WrongAmount = 10,

        /// <summary>"wrongProcessingCode": field 3 of the answer differs from the request's (000000 and 200000 swap; any other code, or none, becomes 000000).</summary>
        WrongProcessingCode = 11,

        /// <summary>"wrongTerminal": field 41 of the answer differs from the request's (its last character moves on: 1 → 2, 9 → 0, Z → A).</summary>
        WrongTerminal = 12,

        /// <summary>"wrongMerchant": field 42 of the answer differs from the request's (its last character moves on, as for <see cref="WrongTerminal"/>).</summary>
        WrongMerchant = 13,

        /// <summary>"wrongCurrency": field 49 of the answer differs from the request's ("840" instead of "156"; "156" when the request said "840"); added when the answer lacks it.</summary>
        WrongCurrency = 14,

        /// <summary>"noAuthCode": the answer lacks field 38 (an approval without its authorization code; a decline carries none anyway).</summary>
        NoAuthCode = 15,

        /// <summary>"noRrn": the answer lacks field 37 (an approval without its retrieval reference number).</summary>
        NoRrn = 16,

        /// <summary>"bareAnswer": the answer carries only fields 11, 41 and 39 (39 as decided), nothing else.</summary>
        BareAnswer = 17,

        /// <summary>"answerCode": field 39 of the answer is replaced by <see cref="FaultRule.Code"/> after the host decided and recorded (an approval stays charged in the ledger while the terminal is told something else).</summary>
        AnswerCode = 18,

        /// <summary>"badMac": the answer's MAC is computed, then every bit of field 64 is flipped, so it never verifies. Acts only on an answer that carries a MAC (its request's MAC verified); others are sent unchanged.</summary>
        BadMac = 19,

        /// <summary>"noMac": the answer is sent without field 64 although its request's MAC verified. Others are sent unchanged.</summary>
        NoMac = 20,
    }
}
