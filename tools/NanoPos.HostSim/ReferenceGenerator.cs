using System;
using System.Globalization;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Makes authorization codes (6 digits, field 38, from a seeded random source, never "000000") and retrieval
    /// reference numbers (12 digits, field 37: host local time hhmmss + the ledger's sequence number mod 10^6, so
    /// unique within a million requests).
    /// </summary>
    internal sealed class ReferenceGenerator
    {
        private readonly Random _random;

        /// <summary>Creates a generator.</summary>
        /// <param name="seed">The seed of the authorization codes (the same seed gives the same codes).</param>
        public ReferenceGenerator(int seed)
        {
            _random = new Random(seed);
        }

        /// <summary>Makes the next authorization code; the caller holds the ledger lock.</summary>
        public string NextAuthCode()
        {
            return _random.Next(1, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }

        /// <summary>Makes a retrieval reference number.</summary>
        /// <param name="hostLocalTime">The host's local time.</param>
        /// <param name="sequence">The ledger's next sequence number.</param>
        public static string Rrn(DateTimeOffset hostLocalTime, long sequence)
        {
            return hostLocalTime.ToString("HHmmss", CultureInfo.InvariantCulture) + (sequence % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }
    }
}
