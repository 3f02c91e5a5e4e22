using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>The configuration a simulated terminal is provisioned with, and the demo cards that pass the Luhn check.</summary>
    public static class DemoConfig
    {
        /// <summary>The technician PIN of the demo configuration.</summary>
        public const string TechnicianPin = "2468";

        /// <summary>A 16-digit UnionPay-style demo card number (Luhn-valid).</summary>
        public const string Card = "6228480000000015";

        /// <summary>The demo card's expiry as typed on the keypad, MMYY.</summary>
        public const string Expiry = "1229";

        /// <summary>Gets the configuration text (format: firmware/NanoPos.Terminal/README.md).</summary>
        /// <param name="language">The language.</param>
        /// <returns>The text of the "config" record.</returns>
        public static string Text(Language language)
        {
            return "# nanoPos demo terminal (simulated)\n"
                + "terminal.id=TERM0001\n"
                + "merchant.id=123456789012345\n"
                + "merchant.name=NANOPOS DEMO\n"
                + "host.address=127.0.0.1\n"
                + "host.port=5800\n"
                + "host.tls=off\n"
                + "language=" + MessageCatalog.LanguageCode(language) + "\n"
                + "currency.code=156\n"
                + "currency.decimals=2\n"
                + "amount.max=99999999\n"
                + "tech.pin=" + TechnicianPin + "\n";
        }
    }
}
