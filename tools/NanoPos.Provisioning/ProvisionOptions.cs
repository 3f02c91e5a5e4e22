using System.Collections.Generic;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// What <c>nanopos provision</c> was given, as typed: every value is the raw text of its flag (null when the flag was
    /// not given), so that a command-line parser only copies strings in and <see cref="ProvisionPlan.Create"/> judges
    /// them all, naming the flag in every error. The flag of each property is in its summary and in the constants.
    /// </summary>
    public sealed class ProvisionOptions
    {
        /// <summary>The flag of <see cref="TerminalId"/>.</summary>
        public const string TerminalIdFlag = "--terminal-id";

        /// <summary>The flag of <see cref="MerchantId"/>.</summary>
        public const string MerchantIdFlag = "--merchant-id";

        /// <summary>The flag of <see cref="MerchantName"/>.</summary>
        public const string MerchantNameFlag = "--merchant-name";

        /// <summary>The flag of <see cref="Host"/>.</summary>
        public const string HostFlag = "--host";

        /// <summary>The flag of <see cref="WifiSsid"/>.</summary>
        public const string WifiSsidFlag = "--wifi-ssid";

        /// <summary>The flag of <see cref="WifiPassword"/>.</summary>
        public const string WifiPasswordFlag = "--wifi-password";

        /// <summary>The flag of <see cref="TechPin"/>.</summary>
        public const string TechPinFlag = "--tech-pin";

        /// <summary>The flag of <see cref="SupervisorPin"/>.</summary>
        public const string SupervisorPinFlag = "--supervisor-pin";

        /// <summary>The flag of <see cref="TmkComponents"/>.</summary>
        public const string TmkComponentsFlag = "--tmk-components";

        /// <summary>The flag of <see cref="TmkKcv"/>.</summary>
        public const string TmkKcvFlag = "--tmk-kcv";

        /// <summary>The flag of <see cref="Tls"/>.</summary>
        public const string TlsFlag = "--tls";

        /// <summary>The flag of <see cref="TlsName"/>.</summary>
        public const string TlsNameFlag = "--tls-name";

        /// <summary>The flag of <see cref="CaFile"/>.</summary>
        public const string CaFlag = "--ca";

        /// <summary>The flag of <see cref="HolidaysFile"/>.</summary>
        public const string HolidaysFlag = "--holidays";

        /// <summary>The flag of <see cref="Language"/>.</summary>
        public const string LanguageFlag = "--language";

        /// <summary>The flag of <see cref="Settings"/>.</summary>
        public const string SetFlag = "--set";

        /// <summary>The flag of <see cref="SerialPort"/>.</summary>
        public const string PortFlag = "--port";

        /// <summary>The flag of <see cref="OutputDirectory"/>.</summary>
        public const string OutFlag = "--out";

        /// <summary>Gets or sets the terminal ID, field 41: 8 ASCII characters (<c>--terminal-id</c>, required; key terminal.id).</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the merchant ID, field 42: 15 ASCII characters (<c>--merchant-id</c>, required; key merchant.id).</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the merchant name on the idle screen, 1 to 32 characters with a glyph (<c>--merchant-name</c>, required; key merchant.name).</summary>
        public string MerchantName { get; set; }

        /// <summary>Gets or sets the acquirer as HOST:PORT, an IPv4 address or DNS name and a TCP port (<c>--host</c>, required; keys host.address and host.port).</summary>
        public string Host { get; set; }

        /// <summary>Gets or sets the Wi-Fi network's name, 1 to 32 bytes (<c>--wifi-ssid</c>, required: the board cannot work without it; key wifi.ssid).</summary>
        public string WifiSsid { get; set; }

        /// <summary>Gets or sets the Wi-Fi password: 8 to 63 printable ASCII characters or 64 hex digits; null for an open network (<c>--wifi-password</c>; key wifi.password).</summary>
        public string WifiPassword { get; set; }

        /// <summary>Gets or sets the technician PIN, 4 to 8 digits, written only as its salted hash (<c>--tech-pin</c>, required; key tech.pin.hash).</summary>
        public string TechPin { get; set; }

        /// <summary>Gets or sets the supervisor PIN that refunds ask for, 4 to 8 digits, written only as its salted hash; null: refunds refused (<c>--supervisor-pin</c>; key supervisor.pin.hash).</summary>
        public string SupervisorPin { get; set; }

        /// <summary>Gets or sets the terminal master key's components as the key custodians deliver them: 1 to 3 groups of 32 hex digits separated by commas (<c>--tmk-components</c>; keys tmk.component.1 to 3).</summary>
        public string TmkComponents { get; set; }

        /// <summary>Gets or sets the check value of the whole master key, 8 hex digits, required with the components (<c>--tmk-kcv</c>; key tmk.kcv).</summary>
        public string TmkKcv { get; set; }

        /// <summary>Gets or sets whether the link uses TLS, on or off; null is on (<c>--tls</c>; key host.tls).</summary>
        public string Tls { get; set; }

        /// <summary>Gets or sets the name the host's certificate must carry; null for the host's address (<c>--tls-name</c>; key host.tls.name).</summary>
        public string TlsName { get; set; }

        /// <summary>Gets or sets the path of the acquirer's CA certificate, PEM or DER, at most 2048 bytes; required while TLS is on (<c>--ca</c>; record ca).</summary>
        public string CaFile { get; set; }

        /// <summary>Gets or sets the path of a holiday calendar text; null keeps the built-in 2026 calendar (<c>--holidays</c>; record holidays).</summary>
        public string HolidaysFile { get; set; }

        /// <summary>Gets or sets the language, en or zh; null is en (<c>--language</c>; key language).</summary>
        public string Language { get; set; }

        /// <summary>Gets the other configuration keys as key=value, one per <c>--set</c> (timeouts, currency, limits, settlement…).</summary>
        public IList<string> Settings { get; } = new List<string>();

        /// <summary>Gets or sets the serial port written into the deployment JSON, or null to give it to nanoff instead (<c>--port</c>).</summary>
        public string SerialPort { get; set; }

        /// <summary>Gets or sets the folder the files go to; it must not exist yet or be empty (<c>--out</c>, required).</summary>
        public string OutputDirectory { get; set; }
    }
}
