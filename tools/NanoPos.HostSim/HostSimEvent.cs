using System;
using System.Globalization;
using System.Text;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// One thing the server did, for logs and tests: a request answered (time, MTIs, masked card, amount, STAN,
    /// response code, fault), a malformed or oversize frame, a connection opened or closed, a maintenance change.
    /// Never holds a full card number.
    /// </summary>
    public sealed class HostSimEvent
    {
        /// <summary>Gets or sets when it happened (UTC; default: when the event was created).</summary>
        public DateTimeOffset Time { get; init; } = DateTimeOffset.UtcNow;

        /// <summary>Gets or sets what happened.</summary>
        public HostSimEventKind Kind { get; init; }

        /// <summary>Gets or sets the connection number (1 for the first accepted connection), 0 for server-wide events.</summary>
        public int Connection { get; init; }

        /// <summary>Gets or sets the request MTI (200 for "0200"), or null.</summary>
        public int? RequestMti { get; init; }

        /// <summary>Gets or sets the MTI of the answer sent (after a wrongMti fault), or null when none was sent.</summary>
        public int? ResponseMti { get; init; }

        /// <summary>Gets or sets the card number masked as first 6 + last 4, or null.</summary>
        public string MaskedPan { get; init; }

        /// <summary>Gets or sets field 4 as received (12 digits, minor units), or null.</summary>
        public string Amount { get; init; }

        /// <summary>Gets or sets field 11, or null.</summary>
        public string Stan { get; init; }

        /// <summary>Gets or sets field 41, or null.</summary>
        public string TerminalId { get; init; }

        /// <summary>Gets or sets field 39 of the answer decided, or null.</summary>
        public string ResponseCode { get; init; }

        /// <summary>Gets or sets the fault that acted on the answer, or null for none.</summary>
        public FaultRule Fault { get; init; }

        /// <summary>Gets or sets what happened to the ledger.</summary>
        public LedgerEffect Effect { get; init; }

        /// <summary>Gets or sets a short explanation, or null.</summary>
        public string Note { get; init; }

        /// <summary>Gets or sets the codec's error for a malformed frame, or null.</summary>
        public IsoFormatException Error { get; init; }

        /// <summary>
        /// Formats the event as one log line, e.g.
        /// "10:42:07.311 #1 0200→0210 622848******0019 amt 000000012500 stan 000042 tid TERM0001 rc 00 fault none recorded".
        /// </summary>
        /// <returns>The line.</returns>
        public override string ToString()
        {
            var line = new StringBuilder();
            line.Append(Time.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture));
            line.Append(" #").Append(Connection.ToString(CultureInfo.InvariantCulture)).Append(' ');
            if (Kind != HostSimEventKind.Request)
            {
                line.Append(Kind switch
                {
                    HostSimEventKind.MalformedFrame => "malformed frame",
                    HostSimEventKind.OversizeFrame => "oversize frame",
                    HostSimEventKind.IncompleteFrame => "incomplete frame",
                    HostSimEventKind.ConnectionOpened => "connected",
                    HostSimEventKind.ConnectionClosed => "closed",
                    HostSimEventKind.MaintenanceChanged => "maintenance",
                    HostSimEventKind.Listening => "listening",
                    HostSimEventKind.AnswerDropped => "answer dropped",
                    HostSimEventKind.ConnectionRefused => "refused",
                    HostSimEventKind.TlsHandshakeFailed => "TLS handshake failed",
                    _ => "failure",
                });
                if (Error != null)
                {
                    line.Append(": field ").Append(Error.Field.ToString(CultureInfo.InvariantCulture))
                        .Append(" offset ").Append(Error.Offset.ToString(CultureInfo.InvariantCulture))
                        .Append(" reason ").Append(Error.Reason.ToString())
                        .Append(" (").Append(Error.Message).Append(')');
                }

                if (Note != null)
                {
                    line.Append(": ").Append(Note);
                }

                return line.ToString();
            }

            line.Append(RequestMti.HasValue ? Mti.Format(RequestMti.Value) : "????").Append('→');
            line.Append(ResponseMti.HasValue ? Mti.Format(ResponseMti.Value) : "----");
            line.Append(' ').Append(MaskedPan ?? "-");
            line.Append(" amt ").Append(Amount ?? "-");
            line.Append(" stan ").Append(Stan ?? "-");
            line.Append(" tid ").Append(TerminalId ?? "-");
            line.Append(" rc ").Append(ResponseCode ?? "--");
            line.Append(" fault ").Append(Fault == null ? "none" : Fault.ToString());
            line.Append(' ').Append(EffectName(Effect));
            if (Note != null)
            {
                line.Append(" (").Append(Note).Append(')');
            }

            return line.ToString();
        }

        private static string EffectName(LedgerEffect effect)
        {
            return effect switch
            {
                LedgerEffect.None => "-",
                LedgerEffect.Recorded => "recorded",
                LedgerEffect.Replayed => "replayed",
                LedgerEffect.Refused => "refused",
                LedgerEffect.Reversed => "reversed",
                LedgerEffect.ReversalRepeated => "reversal-repeat",
                LedgerEffect.ReversalOfUnknown => "reversal-of-unknown",
                LedgerEffect.Settled => "settled",
                _ => "uploaded",
            };
        }
    }
}
