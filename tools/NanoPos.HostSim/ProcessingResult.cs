using NanoPos.Iso8583;
using NanoPos.Security;

namespace NanoPos.HostSim
{
    /// <summary>What the host decided for one request, before any transport fault acts on the answer.</summary>
    public sealed class ProcessingResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="response">The answer, or null when the host closes the connection instead (a response MTI sent to the host).</param>
        /// <param name="effect">What happened to the ledger.</param>
        /// <param name="key">The request's ledger key, or null when it had none.</param>
        /// <param name="entry">A copy of the ledger entry after processing, or null.</param>
        /// <param name="note">A short explanation for the log ("field 60 missing", "void of 000012"), or null.</param>
        public ProcessingResult(IsoMessage response, LedgerEffect effect, LedgerKey key, LedgerEntry entry, string note)
        {
            Response = response;
            Effect = effect;
            Key = key;
            Entry = entry;
            Note = note;
        }

        /// <summary>Gets the answer, or null when the connection is to be closed without one.</summary>
        public IsoMessage Response { get; }

        /// <summary>Gets what happened to the ledger.</summary>
        public LedgerEffect Effect { get; }

        /// <summary>Gets the request's ledger key, or null.</summary>
        public LedgerKey Key { get; }

        /// <summary>Gets a copy of the ledger entry after processing, or null.</summary>
        public LedgerEntry Entry { get; }

        /// <summary>Gets a short explanation for the log, or null.</summary>
        public string Note { get; }

        /// <summary>Gets what the host found when it checked the request's MAC (field 64).</summary>
        public MacCheck Mac { get; internal set; }

        /// <summary>Gets whether the answer is to carry a MAC (the request's MAC verified).</summary>
        public bool AnswerSigned => AnswerKey != null;

        /// <summary>Gets the MAK the answer is signed with, or null when it carries no MAC.</summary>
        internal TripleDes AnswerKey { get; set; }

        /// <summary>Gets field 39 of the answer, or null when there is none.</summary>
        public string ResponseCode => Response?.GetString(39);
    }
}
