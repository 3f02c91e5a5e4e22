using System.Text.Json;
using System.Text.Json.Serialization;

namespace NanoPos.HostSim
{
    /// <summary>The JSON conventions of every ledger file: camelCase names, enums by name, nulls left out.</summary>
    internal static class LedgerJson
    {
        /// <summary>One object per line (the log).</summary>
        public static readonly JsonSerializerOptions Line = Create(false);

        /// <summary>Indented (the whole-JSON snapshot, version 1).</summary>
        public static readonly JsonSerializerOptions Indented = Create(true);

        private static JsonSerializerOptions Create(bool indented)
        {
            return new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                WriteIndented = indented,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            };
        }
    }
}
