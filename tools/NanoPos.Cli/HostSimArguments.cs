using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// The arguments of <c>nanopos host-sim</c>, parsed (<see cref="HostSimOptionSet"/>): the <see cref="HostSimOptions"/>
    /// the simulator starts with, and the flags that only the command reads (the fault plan's path, the CA file,
    /// <c>--bench</c>, <c>--verbose</c>). Reading them opens no file: the command loads the fault plan, so that a usage error
    /// (exit 2) is told apart from a file that cannot be read (exit 1).
    /// </summary>
    internal sealed class HostSimArguments
    {
        /// <summary>The port the simulator listens on when <c>--port</c> is not given.</summary>
        public const int DefaultPort = 5800;

        /// <summary>Gets the simulator's options.</summary>
        public HostSimOptions Options { get; init; }

        /// <summary>Gets the fault plan's path (<c>--faults</c>), or null for none; <see cref="HostSimOptions.Faults"/> is not filled from it here.</summary>
        public string FaultsPath { get; init; }

        /// <summary>Gets where the CA certificate is to be written (<c>--tls-ca-out</c>), or null.</summary>
        public string TlsCaOut { get; init; }

        /// <summary>Gets whether connections opening and closing are printed too (<c>--verbose</c>).</summary>
        public bool Verbose { get; init; }

        /// <summary>Gets whether the throughput measurement runs instead of the simulator (<c>--bench</c>).</summary>
        public bool Bench { get; init; }

        /// <summary>Gets the number of timed sales per ledger size and round (<c>--bench-sales</c>, default 2000).</summary>
        public int BenchSales { get; init; } = 2000;

        /// <summary>Gets the number of measurement rounds (<c>--bench-rounds</c>, default 5).</summary>
        public int BenchRounds { get; init; } = 5;

        /// <summary>Gets the folder the benchmark's ledger files go to (<c>--bench-dir</c>), or null for the temp folder.</summary>
        public string BenchDirectory { get; init; }

        /// <summary>Checks a card number for <c>--blocked-pan</c>.</summary>
        /// <param name="pan">The value given.</param>
        /// <returns>The card number.</returns>
        /// <exception cref="ArgumentException">It is not digits only; the message masks it.</exception>
        public static string BlockedPan(string pan)
        {
            if (pan.Length == 0 || !pan.All(char.IsAsciiDigit))
            {
                // Masked: a mistyped card number is still a card number.
                throw new ArgumentException("--blocked-pan needs a card number (digits only), not '" + FieldMasker.MaskPan(pan) + "'.");
            }

            return pan;
        }

        /// <summary>Reads <c>--tmk</c>.</summary>
        /// <param name="hex">The value given.</param>
        /// <returns>The key.</returns>
        /// <exception cref="ArgumentException">It is not 32 hex digits; the message does not repeat it.</exception>
        public static byte[] MasterKey(string hex)
        {
            try
            {
                return HostSecurity.ParseMasterKey(hex);
            }
            catch (FormatException e)
            {
                // The parser's message never repeats the digits, so it is safe to pass on.
                throw new ArgumentException("--tmk: " + e.Message);
            }
        }

        /// <summary>Adds a <c>--card-pin PAN=PIN</c>. Neither is echoed on a mistake: the card number masked, the PIN never.</summary>
        /// <param name="options">The options to add it to.</param>
        /// <param name="text">The value given.</param>
        /// <exception cref="ArgumentException">It is not PAN=PIN with a PIN of 4 to 12 digits.</exception>
        public static void AddCardPin(HostSimOptions options, string text)
        {
            int equals = text.IndexOf('=');
            string pan = equals > 0 ? text[..equals] : string.Empty;
            string pin = equals > 0 ? text[(equals + 1)..] : string.Empty;
            if (pan.Length == 0 || !pan.All(char.IsAsciiDigit))
            {
                throw new ArgumentException("--card-pin needs PAN=PIN with a card number of digits only (got '" + FieldMasker.MaskPan(pan) + "=…').");
            }

            if (!DecisionRules.IsValidPin(pin))
            {
                throw new ArgumentException("--card-pin for " + FieldMasker.MaskPan(pan) + ": the PIN must be 4 to 12 digits.");
            }

            options.CardPins[pan] = pin;
        }
    }
}
