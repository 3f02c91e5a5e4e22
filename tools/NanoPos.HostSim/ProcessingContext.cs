using System;
using System.Globalization;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>What the request handlers share: the ledger, the rules, the keys, the reference generator and the clock.</summary>
    internal sealed class ProcessingContext
    {
        /// <summary>Creates the context.</summary>
        public ProcessingContext(Ledger ledger, DecisionRules rules, HostSecurity security, TimeProvider time, int seed)
        {
            Ledger = ledger;
            Rules = rules;
            Security = security;
            Time = time;
            References = new ReferenceGenerator(seed);
        }

        /// <summary>Gets the ledger.</summary>
        public Ledger Ledger { get; }

        /// <summary>Gets the decision rules.</summary>
        public DecisionRules Rules { get; }

        /// <summary>Gets the keys: the TMK, each terminal's working keys, whether a MAC is required.</summary>
        public HostSecurity Security { get; }

        /// <summary>Gets the clock.</summary>
        public TimeProvider Time { get; }

        /// <summary>Gets the authorization code source.</summary>
        public ReferenceGenerator References { get; }

        /// <summary>Gets the time now, UTC (ledger timestamps).</summary>
        public DateTimeOffset UtcNow => Time.GetUtcNow();

        /// <summary>Gets the host's local time now (field 15, RRNs, the sign-on clock).</summary>
        public DateTimeOffset LocalNow => Time.GetLocalNow();

        /// <summary>Answers a request that lacks a field the host needs with 30; nothing is recorded.</summary>
        public ProcessingResult FormatError(IsoMessage request, string note)
        {
            IsoMessage response = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), ResponseCodes.FormatError, ResponseBuilder.FinancialEcho);
            return new ProcessingResult(response, LedgerEffect.None, RequestFields.Key(request), null, note);
        }

        /// <summary>Answers a request the host does not know (MTI or processing code) with 12; nothing is recorded.</summary>
        public ProcessingResult InvalidTransaction(IsoMessage request, string note)
        {
            IsoMessage response = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), ResponseCodes.InvalidTransaction, ResponseBuilder.FinancialEcho);
            return new ProcessingResult(response, LedgerEffect.None, RequestFields.Key(request), null, note);
        }

        /// <summary>
        /// Checks the PIN block (field 52) of a request under its terminal's PIN key against the card's PIN; a request
        /// without field 52 is not checked (no PIN was entered: no-CVM).
        /// </summary>
        /// <returns>Null when there is no field 52 or the PIN is right; otherwise why the PIN is refused (answer 55).</returns>
        public string CheckPin(IsoMessage request, string pan)
        {
            if (!request.Has(52))
            {
                return null;
            }

            return PinCheck.Check(request, pan, Security.Find(request.GetString(41)), Rules.PinOf(pan));
        }

        /// <summary>Sets field 15 (settlement date, the host's local MMDD) on a response.</summary>
        public void SetSettlementDate(IsoMessage response)
        {
            response.Set(15, LocalNow.ToString("MMdd", CultureInfo.InvariantCulture));
        }

        /// <summary>Gives an entry its RRN (always) and authorization code (approvals); the caller holds the ledger lock.</summary>
        public void AssignReferences(LedgerEntry entry)
        {
            entry.Rrn = ReferenceGenerator.Rrn(LocalNow, Ledger.NextSequence());
            entry.AuthCode = entry.ResponseCode == ResponseCodes.Approved ? References.NextAuthCode() : null;
        }

        /// <summary>Copies an entry's response code, RRN and authorization code into a response (fields 39, 37, 38).</summary>
        public static void SetReferences(IsoMessage response, LedgerEntry entry)
        {
            response.Set(39, entry.ResponseCode);
            response.Set(37, entry.Rrn);
            response.Set(38, entry.AuthCode);
        }
    }
}
