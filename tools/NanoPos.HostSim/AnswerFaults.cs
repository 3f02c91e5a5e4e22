using System.Globalization;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Changes the content of an answer the way a fault says, after the host decided and recorded the request: the
    /// MTI (<see cref="FaultKind.WrongMti"/>) and the semantically wrong answers (kinds 10 and up). The result is
    /// still a well-formed message of the profile; only what it says is wrong. Shared by the TCP server and
    /// <see cref="SimulatedAcquirer"/>, so both falsify answers identically.
    /// </summary>
    internal static class AnswerFaults
    {
        /// <summary>The currency code sent instead of the request's (US dollar; CNY, 156, when the request said 840).</summary>
        public const string OtherCurrency = "840";

        /// <summary>Gets the answer as the fault makes it.</summary>
        /// <param name="fault">The fault, or null.</param>
        /// <param name="request">The request (read, not changed).</param>
        /// <param name="response">The decided answer; changed in place, except by a bare answer.</param>
        /// <returns>The answer to send: <paramref name="response"/>, or a new message for <see cref="FaultKind.BareAnswer"/>.</returns>
        public static IsoMessage Apply(FaultRule fault, IsoMessage request, IsoMessage response)
        {
            switch (fault?.Kind)
            {
                case FaultKind.WrongMti:
                    response.Mti = fault.Mti ?? request.Mti;
                    break;
                case FaultKind.WrongAmount:
                    long amount = RequestFields.Amount(request);
                    if (amount >= 0)
                    {
                        response.Set(4, (amount / 100).ToString("D12", CultureInfo.InvariantCulture));
                    }

                    break;
                case FaultKind.WrongProcessingCode:
                    response.Set(3, OtherProcessingCode(request.GetString(3)));
                    break;
                case FaultKind.WrongTerminal:
                    response.Set(41, Shifted(request.GetString(41), "00000000"));
                    break;
                case FaultKind.WrongMerchant:
                    response.Set(42, Shifted(request.GetString(42), "000000000000000"));
                    break;
                case FaultKind.WrongCurrency:
                    response.Set(49, request.GetString(49) == OtherCurrency ? "156" : OtherCurrency);
                    break;
                case FaultKind.NoAuthCode:
                    response.Remove(38);
                    break;
                case FaultKind.NoRrn:
                    response.Remove(37);
                    break;
                case FaultKind.BareAnswer:
                    return Bare(response);
                case FaultKind.AnswerCode:
                    response.Set(39, fault.Code);
                    break;
            }

            return response;
        }

        /// <summary>Gets a processing code that differs from the request's: sale and void/refund swap, anything else becomes a sale (or a void if it already was a sale).</summary>
        public static string OtherProcessingCode(string requested)
        {
            return requested == ProcessingCodes.Sale ? ProcessingCodes.VoidOrRefund : ProcessingCodes.Sale;
        }

        /// <summary>
        /// Gets a value of the same length that differs in its last character (digits 0-9 and letters A-Z / a-z move
        /// on by one, wrapping; anything else becomes '0'), or <paramref name="whenAbsent"/> when there is no value.
        /// </summary>
        public static string Shifted(string value, string whenAbsent)
        {
            if (string.IsNullOrEmpty(value))
            {
                return whenAbsent;
            }

            char last = value[^1];
            char next = last switch
            {
                >= '0' and < '9' or >= 'A' and < 'Z' or >= 'a' and < 'z' => (char)(last + 1),
                '9' => '0',
                'Z' => 'A',
                'z' => 'a',
                _ => '0',
            };
            return value[..^1] + next;
        }

        private static IsoMessage Bare(IsoMessage response)
        {
            var bare = new IsoMessage { Mti = response.Mti };
            foreach (int field in new[] { 11, 41, 39 })
            {
                string value = response.GetString(field);
                if (value != null)
                {
                    bare.Set(field, value);
                }
            }

            return bare;
        }
    }
}
