using System;
using System.Text;
using NanoPos.Hal;
using NanoPos.Security;
using NanoPos.Transactions;
using NanoPos.Ui;
using NanoPos.Ui.Messages;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The provisioned configuration of a terminal, kept as the text record "config" in the record store: identity on
    /// the acquirer, the host, language, limits, the timeouts and the settlement cycle. Format and keys: README.md of this
    /// project (<see cref="Parse"/> and <see cref="ToText"/>). Secrets (the technician PIN, its hash, the Wi-Fi password) are
    /// provisioning input only and never stay in it: see <see cref="ProtectSecrets"/>.
    /// </summary>
    public sealed class TerminalConfig
    {
        /// <summary>The name of the record in the store.</summary>
        public const string RecordName = "config";

        /// <summary>The largest configuration record read, in bytes.</summary>
        public const int MaxRecordBytes = 2048;

        /// <summary>The record holding the Wi-Fi password, wrapped (<see cref="TerminalSecrets.WifiPasswordRecord"/>).</summary>
        public const string WifiPasswordRecord = TerminalSecrets.WifiPasswordRecord;

        /// <summary>The longest Wi-Fi password, in characters (<see cref="TerminalSecrets.MaxWifiPasswordLength"/>).</summary>
        public const int MaxWifiPasswordLength = TerminalSecrets.MaxWifiPasswordLength;

        private byte[] _tmkComponents;
        private byte[] _tmkCheck;
        private int _tmkCount;
        private HolidayCalendar _holidays;

        /// <summary>Gets or sets the terminal ID (field 41), 8 characters. Key terminal.id, required.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the merchant ID (field 42), 15 characters. Key merchant.id, required.</summary>
        public string MerchantId { get; set; }

        /// <summary>Gets or sets the merchant name on the idle screen, 1 to 32 characters. Key merchant.name, required.</summary>
        public string MerchantName { get; set; }

        /// <summary>Gets or sets the acquirer's address (IPv4 or DNS name). Key host.address, required.</summary>
        public string HostAddress { get; set; }

        /// <summary>Gets or sets the acquirer's TCP port, 1 to 65535. Key host.port, required.</summary>
        public int HostPort { get; set; }

        /// <summary>Gets or sets whether the link uses TLS (the CA certificate is the record "ca"). Key host.tls on|off, default on (since issue 12: a terminal talks TLS unless told otherwise).</summary>
        public bool UseTls { get; set; }

        /// <summary>Gets or sets the name the host's TLS certificate must carry, or null for <see cref="HostAddress"/>. Key host.tls.name.</summary>
        public string TlsHostName { get; set; }

        /// <summary>Gets or sets the Wi-Fi network name (device only), or null. Key wifi.ssid.</summary>
        public string WifiSsid { get; set; }

        /// <summary>Gets or sets the language. Key language en|zh, default en.</summary>
        public Language Language { get; set; } = Language.English;

        /// <summary>Gets or sets the ISO 4217 numeric currency code, 3 digits. Key currency.code, default 156 (CNY).</summary>
        public string CurrencyCode { get; set; } = "156";

        /// <summary>Gets or sets the currency's decimals, 0 to 6. Key currency.decimals, default 2.</summary>
        public int CurrencyDecimals { get; set; } = 2;

        /// <summary>Gets or sets the largest amount in minor units, 1 to 999 999 999 999. Key amount.max, default 99 999 999.</summary>
        public long MaxAmountMinor { get; set; } = 99999999;

        /// <summary>Gets or sets how long the technician menu locks after 5 wrong PINs, in minutes, 1 to 1440. Key tech.lock.minutes, default 15.</summary>
        public int TechnicianLockMinutes { get; set; } = 15;

        /// <summary>Gets or sets the input timeout of the screens, in seconds, 5 to 600. Key timeout.input, default 30.</summary>
        public int InputTimeoutSeconds { get; set; } = 30;

        /// <summary>Gets or sets how long a result stays on screen, in seconds, 1 to 600. Key timeout.result, default 15.</summary>
        public int ResultTimeoutSeconds { get; set; } = 15;

        /// <summary>Gets or sets the connect timeout, in seconds, 1 to 600. Key timeout.connect, default 10.</summary>
        public int ConnectTimeoutSeconds { get; set; } = 10;

        /// <summary>Gets or sets the host's response timeout, in seconds, 1 to 600. Key timeout.response, default 30.</summary>
        public int ResponseTimeoutSeconds { get; set; } = 30;

        /// <summary>Gets or sets the reversal acknowledgement timeout, in seconds, 1 to 600. Key timeout.reversal, default 30.</summary>
        public int ReversalTimeoutSeconds { get; set; } = 30;

        /// <summary>Gets or sets how often an offline terminal retries sign-on or echo, in seconds, 0 (never) to 3600. Key probe.interval, default 60.</summary>
        public int ProbeIntervalSeconds { get; set; } = 60;

        /// <summary>Gets or sets how long after an approved sale the same card and amount asks "charge again?" first, in
        /// seconds, 0 (never) to 3600 (key <c>duplicate.window</c>, default 300).</summary>
        public int DuplicateWindowSeconds { get; set; } = 300;

        /// <summary>Gets or sets the offset from UTC in minutes, -720 to 840. Key utc.offset.minutes, default 480 (China).</summary>
        public int UtcOffsetMinutes { get; set; } = 480;

        /// <summary>Gets or sets the settlement cycle T+N in business days, 0 to 5. Key settlement.days, default 1.</summary>
        public int SettlementDays { get; set; } = SettlementCycle.DefaultDays;

        /// <summary>Gets or sets the daily cut-off in minutes after local midnight, 1 to 1440 (a sale at or after it counts as the next day). Key settlement.cutoff HH:MM, default 23:00.</summary>
        public int SettlementCutoffMinutes { get; set; } = SettlementCycle.DefaultCutoffMinutes;

        /// <summary>
        /// Gets or sets the holiday calendar: the record "holidays" once <see cref="Load"/> has read it, else (a
        /// configuration from <see cref="Parse"/>, or no such record) the built-in 2026 calendar of mainland China. Not
        /// part of the text of this record.
        /// </summary>
        public HolidayCalendar Holidays
        {
            get { return _holidays ?? (_holidays = ChinaHolidays.Create2026()); }
            set { _holidays = value; }
        }

        /// <summary>
        /// Gets the number of terminal master key components provisioned in the record (0 to 3); 0 once installed. The
        /// components themselves are only handed to the key ring (<see cref="InstallMasterKey"/>), never printed, and
        /// never written back by <see cref="Save"/>.
        /// </summary>
        public int MasterKeyComponentCount
        {
            get { return _tmkCount; }
        }

        /// <summary>
        /// Installs the provisioned TMK components into the key ring (checked against tmk.kcv, stored wrapped) and
        /// forgets them here, whatever the outcome.
        /// </summary>
        /// <param name="keys">The key ring.</param>
        /// <returns>Null when installed (or none was provisioned); otherwise why the key was refused.</returns>
        public string InstallMasterKey(KeyRing keys)
        {
            if (_tmkCount == 0)
            {
                return null;
            }

            try
            {
                return keys.InstallMasterKey(_tmkComponents, 0, _tmkCount, _tmkCheck, 0);
            }
            finally
            {
                Array.Clear(_tmkComponents, 0, _tmkComponents.Length);
                _tmkCount = 0;
            }
        }

        /// <summary>Gets whether the record held TMK components when it was read (installed since, or refused).</summary>
        public bool HadMasterKeyComponents
        {
            get { return _tmkCheck != null; }
        }

        internal void SetMasterKeyComponents(byte[] components, int count, byte[] checkValue)
        {
            _tmkComponents = components;
            _tmkCount = count;
            _tmkCheck = checkValue;
        }

        /// <summary>Gets the configuration's secrets: the technician PIN's hash and the Wi-Fi password's source.</summary>
        public TerminalSecrets Secrets { get; } = new TerminalSecrets();

        /// <summary>Gets or sets the technician PIN's salted hash (<see cref="TerminalSecrets.TechnicianPinHash"/>).</summary>
        public PinHash TechnicianPinHash
        {
            get { return Secrets.TechnicianPinHash; }
            set { Secrets.TechnicianPinHash = value; }
        }

        /// <summary>
        /// Gets or sets the supervisor PIN's salted hash, which a refund asks for (<see cref="TerminalSecrets.SupervisorPinHash"/>);
        /// null when none is configured: refunds are refused.
        /// </summary>
        public PinHash SupervisorPinHash
        {
            get { return Secrets.SupervisorPinHash; }
            set { Secrets.SupervisorPinHash = value; }
        }

        /// <summary>Gets the Wi-Fi password for the link driver only (<see cref="TerminalSecrets.WifiPassword"/>).</summary>
        public ISecretSource WifiPassword
        {
            get { return Secrets.WifiPassword; }
        }

        /// <summary>Gets whether a secret of the record (tech.pin, tech.pin.hash, supervisor.pin, supervisor.pin.hash, wifi.password) still waits for <see cref="ProtectSecrets"/>.</summary>
        public bool HasClearSecrets
        {
            get { return Secrets.HasClearSecrets; }
        }

        /// <summary>Moves the secrets out of this configuration and reads the stored PIN hash (<see cref="TerminalSecrets.ProtectSecrets"/>).</summary>
        /// <param name="keys">The key ring that wraps the technician PIN's hash and the Wi-Fi password.</param>
        /// <param name="entropy">The source of the PIN hash's salt.</param>
        /// <returns>True when a secret was moved: save the configuration now.</returns>
        /// <exception cref="ConfigException">No technician PIN is given or stored, or the stored one is damaged (key tech.pin).</exception>
        public bool ProtectSecrets(KeyRing keys, Random entropy)
        {
            return Secrets.ProtectSecrets(keys, entropy);
        }

        /// <summary>Reads the configuration from the store, and the holiday calendar with it (<see cref="HolidayRecord.Load"/>).</summary>
        /// <param name="store">The record store.</param>
        /// <returns>The configuration.</returns>
        /// <exception cref="ConfigException">There is none, or it is invalid (the exception names the key), or the record
        /// "holidays" is there but invalid or unreadable (the key is "holidays").</exception>
        /// <exception cref="System.IO.IOException">The store failed.</exception>
        public static TerminalConfig Load(IRecordStore store)
        {
            byte[] buffer = new byte[MaxRecordBytes];
            int length;
            try
            {
                length = store.Read(RecordName, buffer, 0, buffer.Length);
            }
            catch (ArgumentException)
            {
                throw new ConfigException(false, RecordName, "The configuration record is longer than " + MaxRecordBytes.ToString() + " bytes.");
            }

            if (length < 0)
            {
                throw new ConfigException(true, null, "There is no configuration record.");
            }

            TerminalConfig config = Parse(Encoding.UTF8.GetString(buffer, 0, length));

            // Read here so a bad calendar stops the boot on the configuration error screen like a bad key does.
            config.Holidays = HolidayRecord.Load(store);
            return config;
        }

        /// <summary>Reads a configuration from its text (rules: README.md).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The configuration.</returns>
        /// <exception cref="ConfigException">A required key is missing, a key is unknown or repeated, or a value is invalid.</exception>
        public static TerminalConfig Parse(string text)
        {
            return ConfigText.Parse(text);
        }

        /// <summary>Writes the configuration as text, one key per line, every key present.</summary>
        /// <returns>The text; <see cref="Parse"/> reads it back to an equal configuration.</returns>
        public string ToText()
        {
            return ConfigText.Write(this);
        }

        /// <summary>Writes the configuration into the store (one durable write).</summary>
        /// <param name="store">The record store.</param>
        public void Save(IRecordStore store)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(ToText());
            store.Write(RecordName, bytes, 0, bytes.Length);
        }

        /// <summary>Builds the engine's options: identity, currency, timeouts, maximum amount, time zone.</summary>
        /// <returns>New options.</returns>
        public EngineOptions ToEngineOptions()
        {
            EngineOptions options = new EngineOptions();
            options.TerminalId = TerminalId;
            options.MerchantId = MerchantId;
            options.CurrencyCode = CurrencyCode;
            options.ConnectTimeoutMs = ConnectTimeoutSeconds * 1000;
            options.ResponseTimeoutMs = ResponseTimeoutSeconds * 1000;
            options.ReversalTimeoutMs = ReversalTimeoutSeconds * 1000;
            options.MaxAmountMinor = MaxAmountMinor;
            options.UtcOffsetMinutes = UtcOffsetMinutes;
            return options;
        }

        /// <summary>Builds the settlement cycle the screens need for the expected funds date: T+N, cut-off and <see cref="Holidays"/>.</summary>
        /// <returns>A new cycle.</returns>
        public SettlementCycle ToSettlementCycle()
        {
            return new SettlementCycle(SettlementDays, SettlementCutoffMinutes, Holidays);
        }

        /// <summary>Builds what the screens need.</summary>
        /// <returns>New settings.</returns>
        public UiSettings ToUiSettings()
        {
            UiSettings settings = new UiSettings();
            settings.MerchantName = MerchantName;
            settings.TerminalId = TerminalId;
            settings.MerchantId = MerchantId;
            settings.HostText = HostAddress + ":" + HostPort.ToString();
            settings.MaxAmountMinor = MaxAmountMinor;
            settings.CurrencyDecimals = CurrencyDecimals;
            settings.TechnicianPinHash = TechnicianPinHash;
            settings.TechnicianLockMs = TechnicianLockMinutes * 60000L;
            settings.SupervisorPinHash = SupervisorPinHash;
            settings.InputTimeoutMs = InputTimeoutSeconds * 1000L;
            settings.ResultTimeoutMs = ResultTimeoutSeconds * 1000L;

            // The countdown must not reach 0 while the engine can still be waiting: it gives up on a request only after
            // the reversal that follows a missing answer, so it counts down from the sum of every bound on that path.
            EngineOptions engine = ToEngineOptions();
            settings.ReversalExchangeMs = (long)engine.ConnectTimeoutMs + engine.SendTimeoutMs + engine.ReversalTimeoutMs;
            settings.ProcessingCountdownMs = (long)engine.ConnectTimeoutMs + engine.SendTimeoutMs + engine.ResponseTimeoutMs + settings.ReversalExchangeMs;
            settings.UtcOffsetMinutes = UtcOffsetMinutes;
            settings.Language = Language;
            settings.DuplicateWindowMs = DuplicateWindowSeconds * 1000L;
            settings.Settlement = ToSettlementCycle();
            return settings;
        }
    }
}
