using System;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Settlement (0500 → 0510) and batch upload (0320 → 0330). A settlement compares the terminal's totals in
    /// field 48 with the ledger's for that terminal and batch: 00 and the batch closes when equal, 95 when not.
    /// After a 95 the terminal uploads its transactions one 0320 each; a 0320 whose field 60 carries the network
    /// code 202 ends the upload and closes the batch. The caller holds the ledger lock.
    /// </summary>
    internal sealed class SettlementHandler
    {
        /// <summary>The network management code (field 60, digits 9 to 11) of the 0320 that ends a batch upload.</summary>
        public const string UploadEndCode = "202";

        private readonly ProcessingContext _context;

        /// <summary>Creates the handler.</summary>
        public SettlementHandler(ProcessingContext context)
        {
            _context = context;
        }

        /// <summary>Handles one 0500.</summary>
        public ProcessingResult Settle(IsoMessage request)
        {
            string terminal = request.GetString(41);
            string batch = RequestFields.Batch(request);
            if (terminal == null || batch == null)
            {
                return _context.FormatError(request, "field 41 or 60 (batch) missing");
            }

            SettlementTotals claimed;
            try
            {
                claimed = SettlementTotals.Parse(request.GetString(48));
            }
            catch (FormatException e)
            {
                return _context.FormatError(request, e.Message);
            }

            SettlementTotals held = _context.Ledger.Totals(terminal, batch);
            bool balanced = claimed == held;
            string code = balanced ? ResponseCodes.Approved : ResponseCodes.ReconcileError;
            _context.Ledger.AddSettlement(new SettlementRecord
            {
                TerminalId = terminal,
                Batch = batch,
                TerminalTotals = claimed,
                HostTotals = held,
                ResponseCode = code,
                ReceivedAt = _context.UtcNow,
            });
            if (balanced)
            {
                _context.Ledger.CloseBatch(terminal, batch);
            }

            IsoMessage response = ResponseBuilder.Create(request, Mti.SettlementResponse, code, ResponseBuilder.AdministrativeEcho);
            response.Set(48, held.Format(balanced ? '1' : '2'));
            _context.SetSettlementDate(response);
            string note = balanced ? "batch " + batch + " balanced and closed" : "terminal says " + claimed.Format('0') + ", ledger holds " + held.Format('0');
            return new ProcessingResult(response, LedgerEffect.Settled, RequestFields.Key(request), null, note);
        }

        /// <summary>Handles one 0320.</summary>
        public ProcessingResult Upload(IsoMessage request)
        {
            string terminal = request.GetString(41);
            string batch = RequestFields.Batch(request);
            if (terminal == null || batch == null)
            {
                return _context.FormatError(request, "field 41 or 60 (batch) missing");
            }

            IsoMessage response = ResponseBuilder.Create(request, Mti.BatchUploadResponse, ResponseCodes.Approved, ResponseBuilder.AdministrativeEcho);
            if (RequestFields.NetworkCode(request) == UploadEndCode)
            {
                _context.Ledger.CloseBatch(terminal, batch);
                return new ProcessingResult(response, LedgerEffect.Uploaded, RequestFields.Key(request), null, "upload ended, batch " + batch + " closed");
            }

            LedgerKey original = RequestFields.OriginalKey(request);
            long amount = RequestFields.Amount(request);
            if (original == null || amount < 0)
            {
                return _context.FormatError(request, "field 4 or 61 (the uploaded transaction) missing");
            }

            LedgerEntry held = _context.Ledger.FindLive(original);
            bool agrees = held != null && held.IsInEffect && held.Amount == amount && held.ProcessingCode == request.GetString(3);
            _context.Ledger.AddUpload(new BatchUploadRecord
            {
                TerminalId = terminal,
                Batch = batch,
                OriginalKey = original.ToString(),
                ProcessingCode = request.GetString(3),
                Amount = amount,
                MaskedPan = RequestFields.MaskedPan(RequestFields.Pan(request)),
                LedgerAgrees = agrees,
                ReceivedAt = _context.UtcNow,
            });
            return new ProcessingResult(response, LedgerEffect.Uploaded, RequestFields.Key(request), null, "uploaded " + original + (agrees ? ": ledger agrees" : ": ledger disagrees"));
        }
    }
}
