using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Applies reversals (0400, repeat 0401) exactly once. A reversal copies fields 11 and 13 of its original, so
    /// it carries the original's ledger key. Every reversal is acknowledged with 00: the first one for a known key
    /// cancels it, later ones are counted as repeats, and one for an unknown key is recorded as a reversal of
    /// unknown. The caller holds the ledger lock.
    /// </summary>
    internal sealed class ReversalHandler
    {
        private readonly ProcessingContext _context;

        /// <summary>Creates the handler.</summary>
        public ReversalHandler(ProcessingContext context)
        {
            _context = context;
        }

        /// <summary>Handles one 0400 or 0401.</summary>
        public ProcessingResult Handle(IsoMessage request)
        {
            LedgerKey key = RequestFields.Key(request);
            if (key == null)
            {
                return _context.FormatError(request, "field 11, 13 or 41 missing (the original's key)");
            }

            LedgerEntry entry = _context.Ledger.FindLive(key);
            LedgerEffect effect;
            string note;
            if (entry == null)
            {
                entry = Unknown(request, key);
                _context.Ledger.AddLive(entry);
                effect = LedgerEffect.ReversalOfUnknown;
                note = "reversal of a key the host never saw: recorded, nothing to cancel";
            }
            else if (entry.ReversalCount > 0)
            {
                entry.ReversalCount++;
                entry.ReversalRepeatCount++;
                entry.LastRepeatAt = _context.UtcNow;
                effect = LedgerEffect.ReversalRepeated;
                note = "repeat reversal: acknowledged, not applied again";
            }
            else
            {
                note = Apply(entry, Mti.IsRepeat(request.Mti));
                effect = LedgerEffect.Reversed;
            }

            IsoMessage response = ResponseBuilder.Create(request, Mti.ReversalResponse, ResponseCodes.Approved, ResponseBuilder.FinancialEcho);
            _context.SetSettlementDate(response);
            return new ProcessingResult(response, effect, key, entry.Clone(), note);
        }

        private LedgerEntry Unknown(IsoMessage request, LedgerKey key)
        {
            long amount = RequestFields.Amount(request);
            return new LedgerEntry
            {
                TerminalId = key.TerminalId,
                Stan = key.Stan,
                Date = key.Date,
                Time = request.GetString(12),
                MerchantId = request.GetString(42),
                Mti = request.Mti,
                ProcessingCode = request.GetString(3),
                Kind = TransactionKind.Reversal,
                Amount = amount < 0 ? 0 : amount,
                Currency = request.GetString(49),
                MaskedPan = RequestFields.MaskedPan(RequestFields.Pan(request)),
                Batch = RequestFields.Batch(request),
                ResponseCode = ResponseCodes.Approved,
                State = EntryState.ReversalOfUnknown,
                ReceivedAt = _context.UtcNow,
                ReversedAt = _context.UtcNow,
                ReversalCount = 1,
                ReversalRepeatCount = Mti.IsRepeat(request.Mti) ? 1 : 0,
            };
        }

        private string Apply(LedgerEntry entry, bool flaggedRepeat)
        {
            entry.ReversalCount = 1;
            entry.ReversalRepeatCount = flaggedRepeat ? 1 : 0;
            entry.ReversedAt = _context.UtcNow;
            if (entry.State == EntryState.Declined)
            {
                return "reversal of a declined request: nothing to cancel";
            }

            EntryState before = entry.State;
            entry.State = EntryState.Reversed;
            if (entry.Kind == TransactionKind.Void && before == EntryState.Approved && entry.OriginalKey != null)
            {
                // Reversing an approved void puts its sale back in effect.
                LedgerEntry sale = _context.Ledger.FindLive(LedgerKey.Parse(entry.OriginalKey));
                if (sale != null && sale.State == EntryState.Voided && sale.VoidedBy == entry.Key.ToString())
                {
                    sale.State = EntryState.Approved;
                    sale.VoidedAt = null;
                    sale.VoidedBy = null;
                    return "void reversed: sale " + sale.Key + " stands again";
                }
            }

            return before == EntryState.Approved ? "reversed: " + entry.Kind.ToString().ToLowerInvariant() + " cancelled" : "reversed (was " + before.ToString().ToLowerInvariant() + ")";
        }
    }
}
