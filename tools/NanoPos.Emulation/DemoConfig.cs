using NanoPos.Ui.Messages;

namespace NanoPos.Emulation
{
    /// <summary>The configuration a simulated terminal is provisioned with, and the demo cards that pass the Luhn check.</summary>
    public static class DemoConfig
    {
        /// <summary>The technician PIN of the demo configuration.</summary>
        public const string TechnicianPin = "2468";

        /// <summary>The merchant's supervisor PIN of the demo configuration, which a refund asks for before the amount.</summary>
        public const string SupervisorPin = "1357";

        /// <summary>
        /// The demo terminal master key (double-length 3DES, hex): the acquirer simulator's default TMK. The terminal is
        /// provisioned with it as two components and its check value, as key custodians deliver a TMK.
        /// </summary>
        public const string MasterKey = "0123456789ABCDEFFEDCBA9876543210";

        /// <summary>The first component of <see cref="MasterKey"/> (hex).</summary>
        public const string MasterKeyComponent1 = "A1B2C3D4E5F60718293A4B5C6D7E8F90";

        /// <summary>The second component: <see cref="MasterKey"/> XOR <see cref="MasterKeyComponent1"/> (hex).</summary>
        public const string MasterKeyComponent2 = "A09186B36C5DCAF7D7E6F1C41B2ABD80";

        /// <summary>The check value of <see cref="MasterKey"/>: the first 4 bytes of 3DES of 8 zero bytes (hex).</summary>
        public const string MasterKeyCheckValue = "08D7B4FB";

        /// <summary>A 16-digit UnionPay-style demo card number (Luhn-valid).</summary>
        public const string Card = "6228480000000015";

        /// <summary>The demo card's expiry as typed on the keypad, MMYY.</summary>
        public const string Expiry = "1229";

        /// <summary>Gets the configuration text (format: firmware/NanoPos.Terminal/README.md).</summary>
        /// <param name="language">The language.</param>
        /// <param name="tls">Whether the link uses TLS (host.tls=on, with the CA in the record "ca": <see cref="SimulatedTls"/>).</param>
        /// <returns>The text of the "config" record.</returns>
        public static string Text(Language language, bool tls = true)
        {
            return "# nanoPos demo terminal (simulated)\n"
                + "terminal.id=TERM0001\n"
                + "merchant.id=123456789012345\n"
                + "merchant.name=NANOPOS DEMO\n"
                + "host.address=127.0.0.1\n"
                + "host.port=5800\n"
                + "host.tls=" + (tls ? "on" : "off") + "\n"
                + "language=" + MessageCatalog.LanguageCode(language) + "\n"
                + "currency.code=156\n"
                + "currency.decimals=2\n"
                + "amount.max=99999999\n"
                + "tech.pin=" + TechnicianPin + "\n"
                + "supervisor.pin=" + SupervisorPin + "\n"
                + "tmk.component.1=" + MasterKeyComponent1 + "\n"
                + "tmk.component.2=" + MasterKeyComponent2 + "\n"
                + "tmk.kcv=" + MasterKeyCheckValue + "\n";
        }
    }
}
