using System.Globalization;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Network management (0800 → 0810). Field 60 digits 9 to 11 name the function: 301 is an echo test, anything
    /// else (001, 003, or no field 60) a sign-on. A sign-on answer carries the terminal's current batch in field
    /// 60, fake working keys in field 62 and the host's local time and date in fields 12 and 13 (so the terminal
    /// can set its clock). Nothing is recorded in the ledger.
    /// </summary>
    internal sealed class NetworkHandler
    {
        /// <summary>The network management code of an echo test.</summary>
        public const string EchoCode = "301";

        /// <summary>The network management code a sign-on answer carries when the request had none (double-length keys).</summary>
        public const string DefaultSignOnCode = "003";

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
            IsoMessage response = ResponseBuilder.Create(request, Mti.NetworkResponse, ResponseCodes.Approved, ResponseBuilder.AdministrativeEcho);
            if (code == EchoCode)
            {
                return new ProcessingResult(response, LedgerEffect.None, null, null, "echo test");
            }

            string batch = _context.Ledger.CurrentBatch(terminal);
            response.Set(60, "00" + batch + (code ?? DefaultSignOnCode));
            response.Set(62, WorkingKeys.For(terminal));
            response.Set(12, _context.LocalNow.ToString("HHmmss", CultureInfo.InvariantCulture));
            response.Set(13, _context.LocalNow.ToString("MMdd", CultureInfo.InvariantCulture));
            return new ProcessingResult(response, LedgerEffect.None, null, null, "sign-on: batch " + batch + ", fake working keys");
        }
    }
}
