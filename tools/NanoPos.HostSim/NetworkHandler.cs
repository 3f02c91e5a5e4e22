using System.Globalization;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Network management (0800 → 0810). Field 60 digits 9 to 11 name the function: 003 is a sign-on (double-length
    /// keys), 301 an echo test; any other code, or none, is answered 12. A sign-on answer carries the terminal's current
    /// batch in field 60, fresh working keys under the TMK in field 62 and the host's local time and date in fields 12
    /// and 13 (so the terminal can set its clock). Nothing is recorded in the ledger.
    /// </summary>
    internal sealed class NetworkHandler
    {
        /// <summary>The network management code of a sign-on with double-length keys (field 62 of 40 bytes).</summary>
        public const string SignOnCode = "003";

        /// <summary>The network management code of an echo test.</summary>
        public const string EchoCode = "301";

        private readonly ProcessingContext _context;

        /// <summary>Creates the handler.</summary>
        public NetworkHandler(ProcessingContext context)
        {
            _context = context;
        }

        /// <summary>Handles one 0800.</summary>
        public ProcessingResult Handle(IsoMessage request)
        {
            string terminal = request.GetString(41);
            if (terminal == null)
            {
                return _context.FormatError(request, "field 41 (terminal ID) missing");
            }

            string code = RequestFields.NetworkCode(request);
            if (code != SignOnCode && code != EchoCode)
            {
                // 001 (single-length keys) and the rest: this host issues one key layout only, the one the terminal uses.
                return _context.InvalidTransaction(request, "network management code " + (code ?? "(none)") + ": this host offers sign-on 003 and echo 301 only");
            }

            IsoMessage response = ResponseBuilder.Create(request, Mti.NetworkResponse, ResponseCodes.Approved, ResponseBuilder.AdministrativeEcho);
            if (code == EchoCode)
            {
                return new ProcessingResult(response, LedgerEffect.None, null, null, "echo test");
            }

            string batch = _context.Ledger.CurrentBatch(terminal);
            response.Set(60, "00" + batch + SignOnCode);
            response.Set(12, _context.LocalNow.ToString("HHmmss", CultureInfo.InvariantCulture));
            response.Set(13, _context.LocalNow.ToString("MMdd", CultureInfo.InvariantCulture));

            // Issued last, once the answer is built: from here on the terminal's old keys are gone.
            response.Set(62, _context.Security.IssueWorkingKeys(terminal));
            return new ProcessingResult(response, LedgerEffect.None, null, null, "sign-on: batch " + batch + ", new working keys");
        }
    }
}
