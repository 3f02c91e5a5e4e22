using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Decides sales, voids and balance inquiries (0200) and refunds (0220, repeat 0221), and answers a repeated
    /// request from its ledger entry. The caller holds the ledger lock.
    /// </summary>
    internal sealed class FinancialHandler
    {
        /// <summary>Field 54 of an approved balance inquiry: account type 10, amount type 02 (available), currency 156, credit, 100000.00.</summary>
        public const string FakeBalance = "1002156C000010000000";

        private readonly ProcessingContext _context;

        /// <summary>Creates the handler.</summary>
        public FinancialHandler(ProcessingContext context)
        {
            _context = context;
        }

        /// <summary>Decides one 0200, 0220 or 0221.</summary>
        public ProcessingResult Handle(IsoMessage request)
        {
            string processingCode = request.GetString(3);
            TransactionKind kind;
            if (request.Mti == Mti.FinancialRequest && processingCode == ProcessingCodes.Sale)
            {
                kind = TransactionKind.Sale;
            }
            else if (request.Mti == Mti.FinancialRequest && processingCode == ProcessingCodes.VoidOrRefund)
            {
                kind = TransactionKind.Void;
            }
            else if (request.Mti == Mti.FinancialRequest && processingCode == ProcessingCodes.BalanceInquiry)
            {
                kind = TransactionKind.BalanceInquiry;
            }
            else if ((request.Mti == Mti.AdviceRequest || request.Mti == Mti.AdviceRequest + 1) && processingCode == ProcessingCodes.VoidOrRefund)
            {
                kind = TransactionKind.Refund;
            }
            else
            {
                return _context.InvalidTransaction(request, "processing code " + (processingCode ?? "(none)") + " is not known for " + Mti.Format(request.Mti));
            }

            string missing = MissingField(request, kind);
            if (missing != null)
            {
                return _context.FormatError(request, missing);
            }

            LedgerKey key = RequestFields.Key(request);
            LedgerEntry existing = _context.Ledger.FindLive(key);
            return existing != null ? Repeat(request, kind, existing) : Decide(request, kind, key);
        }

        private static string MissingField(IsoMessage request, TransactionKind kind)
        {
            if (kind != TransactionKind.Void && RequestFields.Pan(request) == null)
            {
                return "card number missing (field 2 or 35)";
            }

            if (kind != TransactionKind.BalanceInquiry && RequestFields.Amount(request) < 0)
            {
                return "field 4 (amount) missing";
            }

            if (RequestFields.Key(request) == null)
            {
                return "field 11, 13 or 41 missing (the ledger key)";
            }

            if (RequestFields.Batch(request) == null)
            {
                return "field 60 missing or shorter than 8 digits (message type code + batch number)";
            }

            if (kind == TransactionKind.Void && RequestFields.OriginalKey(request) == null)
            {
                return "field 61 missing or shorter than 16 digits (original batch + STAN + date)";
            }

            return null;
        }

        private ProcessingResult Repeat(IsoMessage request, TransactionKind kind, LedgerEntry existing)
        {
            long amount = kind == TransactionKind.BalanceInquiry ? 0 : RequestFields.Amount(request);
            bool sameRequest = existing.Kind == kind && existing.ProcessingCode == request.GetString(3) && existing.Amount == amount;
            bool stillStands = (existing.State == EntryState.Approved || existing.State == EntryState.Declined) && existing.ReversalCount == 0;
            existing.LastRepeatAt = _context.UtcNow;
            if (sameRequest && stillStands)
            {
                existing.RepeatCount++;
                return new ProcessingResult(BuildResponse(request, existing), LedgerEffect.Replayed, existing.Key, existing.Clone(), "repeat: original answer sent again");
            }

            existing.ConflictCount++;
            IsoMessage refused = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), ResponseCodes.DuplicateTransmission, ResponseBuilder.FinancialEcho);
            _context.SetSettlementDate(refused);
            string why = stillStands ? "key already used by a different request" : "key already " + existing.State.ToString().ToLowerInvariant();
            return new ProcessingResult(refused, LedgerEffect.Refused, existing.Key, existing.Clone(), why);
        }

        private ProcessingResult Decide(IsoMessage request, TransactionKind kind, LedgerKey key)
        {
            string pan = RequestFields.Pan(request);
            long amount = kind == TransactionKind.BalanceInquiry ? 0 : RequestFields.Amount(request);
            string note = null;
            var entry = new LedgerEntry
            {
                TerminalId = key.TerminalId,
                Stan = key.Stan,
                Date = key.Date,
                Time = request.GetString(12),
                MerchantId = request.GetString(42),
                Mti = request.Mti,
                ProcessingCode = request.GetString(3),
                Kind = kind,
                Amount = amount,
                Currency = request.GetString(49),
                MaskedPan = RequestFields.MaskedPan(pan),
                Batch = RequestFields.Batch(request),
                OriginalKey = RequestFields.OriginalKey(request)?.ToString(),
                ReceivedAt = _context.UtcNow,
            };

            // The PIN comes first, as at an issuer: a wrong PIN is declined before funds or the original are looked at.
            string pinRefusal = _context.CheckPin(request, pan);
            if (pinRefusal != null)
            {
                entry.ResponseCode = ResponseCodes.IncorrectPin;
                note = pinRefusal;
            }
            else
            {
                switch (kind)
                {
                    case TransactionKind.Sale:
                        entry.ResponseCode = _context.Rules.DecideSale(pan, amount);
                        break;
                    case TransactionKind.Refund:
                        entry.ResponseCode = _context.Rules.DecideRefund(pan, amount);
                        break;
                    case TransactionKind.BalanceInquiry:
                        entry.ResponseCode = _context.Rules.DecideBalance(pan);
                        break;
                    default:
                        entry.ResponseCode = DecideVoid(request, entry, out note);
                        break;
                }
            }

            entry.State = entry.ResponseCode == ResponseCodes.Approved ? EntryState.Approved : EntryState.Declined;
            _context.AssignReferences(entry);
            _context.Ledger.AddLive(entry);
            return new ProcessingResult(BuildResponse(request, entry), LedgerEffect.Recorded, key, entry.Clone(), note);
        }

        private string DecideVoid(IsoMessage request, LedgerEntry voidEntry, out string note)
        {
            LedgerKey originalKey = RequestFields.OriginalKey(request);
            LedgerEntry original = _context.Ledger.FindLive(originalKey);
            note = "void of " + originalKey;
            if (voidEntry.Amount <= 0)
            {
                return ResponseCodes.InvalidAmount;
            }

            if (original == null || original.Kind != TransactionKind.Sale)
            {
                note += ": no such sale";
                return ResponseCodes.OriginalNotFound;
            }

            if (original.State != EntryState.Approved)
            {
                note += ": original is " + original.State.ToString().ToLowerInvariant();
                return ResponseCodes.InvalidTransaction;
            }

            if (original.Amount != voidEntry.Amount)
            {
                note += ": amount " + voidEntry.Amount + " differs from " + original.Amount;
                return ResponseCodes.OriginalAmountIncorrect;
            }

            original.State = EntryState.Voided;
            original.VoidedAt = _context.UtcNow;
            original.VoidedBy = voidEntry.Key.ToString();
            return ResponseCodes.Approved;
        }

        private IsoMessage BuildResponse(IsoMessage request, LedgerEntry entry)
        {
            IsoMessage response = ResponseBuilder.Create(request, Mti.ResponseOf(request.Mti), entry.ResponseCode, ResponseBuilder.FinancialEcho);
            ProcessingContext.SetReferences(response, entry);
            _context.SetSettlementDate(response);
            if (entry.Kind == TransactionKind.BalanceInquiry && entry.ResponseCode == ResponseCodes.Approved)
            {
                response.Set(54, FakeBalance);
            }

            return response;
        }
    }
}
