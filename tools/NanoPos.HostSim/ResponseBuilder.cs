using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>Builds responses that echo chosen request fields (text or binary alike).</summary>
    internal static class ResponseBuilder
    {
        /// <summary>The fields a financial response (0210, 0230, 0410) echoes when the request had them.</summary>
        public static readonly int[] FinancialEcho = { 2, 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60, 61 };

        /// <summary>The fields a network management, settlement or upload response echoes when the request had them.</summary>
        public static readonly int[] AdministrativeEcho = { 11, 12, 13, 41, 42, 49, 60 };

        /// <summary>Creates a response with the request's fields in <paramref name="echo"/> and field 39.</summary>
        /// <param name="request">The request.</param>
        /// <param name="mti">The response MTI (request MTI + 10, as a number).</param>
        /// <param name="responseCode">Field 39.</param>
        /// <param name="echo">The field numbers to copy.</param>
        public static IsoMessage Create(IsoMessage request, int mti, string responseCode, int[] echo)
        {
            var response = new IsoMessage { Mti = mti };
            foreach (int field in echo)
            {
                string text = request.GetString(field);
                if (text != null)
                {
                    response.Set(field, text);
                }
                else
                {
                    byte[] bytes = request.GetBytes(field);
                    if (bytes != null)
                    {
                        response.Set(field, (byte[])bytes.Clone());
                    }
                }
            }

            response.Set(39, responseCode);
            return response;
        }
    }
}
