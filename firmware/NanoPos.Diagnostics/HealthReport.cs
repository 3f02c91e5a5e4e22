namespace NanoPos.Diagnostics
{
    /// <summary>
    /// A terminal's health as the field technician and the fleet see it: firmware, boots and unexpected reboots, what
    /// is owed (reversals), the journal, the batch, the host exchanges of the last window, the link, memory and the last
    /// self-tests. One plain data type: filled by <see cref="HealthCollector"/>, shown on screens, and carried by the
    /// health QR code (<see cref="HealthCode"/>).
    /// </summary>
    /// <remarks>It never holds card data: no PAN, no track data, no PIN block, no amount of a single payment. Figures
    /// that are unknown are -1. Times are seconds (ages, uptimes, Unix times) or ms (short durations), as each member
    /// says.</remarks>
    public sealed class HealthReport
    {
        /// <summary>Creates a report whose figures are all unknown.</summary>
        public HealthReport()
        {
            Clear();
        }

        /// <summary>Gets or sets the terminal ID (field 41), or null.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets the firmware version, "major.minor.patch".</summary>
        public string FirmwareVersion { get; set; }

        /// <summary>Gets or sets the version of the journal's record format this firmware writes.</summary>
        public int JournalFormat { get; set; }

        /// <summary>Gets or sets how many times the terminal has booted, this boot included.</summary>
        public int Boots { get; set; }

        /// <summary>Gets or sets how many runs ended without an orderly shutdown (power cut, crash, watchdog).</summary>
        public int UnexpectedReboots { get; set; }

        /// <summary>Gets or sets how many of those came while a payment was in flight (its reversal was owed at the next boot).</summary>
        public int RebootsDuringPayment { get; set; }

        /// <summary>Gets or sets the time since this boot in seconds.</summary>
        public long UptimeSeconds { get; set; }

        /// <summary>Gets or sets the number of reversals waiting to be delivered.</summary>
        public int PendingReversals { get; set; }

        /// <summary>Gets or sets the age of the oldest pending reversal in seconds, or -1 when none (or its time is unknown).</summary>
        public long OldestReversalAgeSeconds { get; set; }

        /// <summary>Gets or sets how many times the oldest pending reversal was sent, or -1 when none.</summary>
        public int OldestReversalAttempts { get; set; }

        /// <summary>Gets or sets the journal slots holding live records.</summary>
        public int JournalSlotsUsed { get; set; }

        /// <summary>Gets or sets the journal's slots in all.</summary>
        public int JournalSlots { get; set; }

        /// <summary>Gets or sets the journal records repaired at this boot (by parity, or rebuilt from a copy).</summary>
        public int JournalRepaired { get; set; }

        /// <summary>Gets or sets the damaged journal records nothing could rebuild at this boot.</summary>
        public int JournalLost { get; set; }

        /// <summary>Gets or sets the number of entries in the open batch.</summary>
        public int BatchEntries { get; set; }

        /// <summary>Gets or sets the time of the last settlement the host accepted, in seconds since 1970-01-01 UTC, or 0 when never.</summary>
        public long LastSettlementUnixSeconds { get; set; }

        /// <summary>Gets or sets how many of the last exchanges the counts below cover.</summary>
        public int ExchangeWindow { get; set; }

        /// <summary>Gets or sets how many exchanges with the host since boot.</summary>
        public int ExchangesTotal { get; set; }

        /// <summary>Gets or sets the exchanges of the window that got no answer in time.</summary>
        public int Timeouts { get; set; }

        /// <summary>Gets or sets the exchanges of the window answered 91 (issuer or switch inoperative).</summary>
        public int Code91 { get; set; }

        /// <summary>Gets or sets the exchanges of the window answered 96 (system malfunction).</summary>
        public int Code96 { get; set; }

        /// <summary>Gets or sets the malformed answers of the window (undecodable, or not matching the request).</summary>
        public int Malformed { get; set; }

        /// <summary>Gets or sets the answers of the window whose MAC was missing or wrong.</summary>
        public int MacFailures { get; set; }

        /// <summary>Gets or sets the exchanges of the window that failed on the link (no connection, nothing sent, connection lost).</summary>
        public int LinkFailures { get; set; }

        /// <summary>Gets or sets how long the link has worked without a failure in seconds, or -1 when the last exchange failed on it.</summary>
        public long LinkUptimeSeconds { get; set; }

        /// <summary>Gets or sets the last exchange failure (a <c>NanoPos.Transactions.ExchangeEnding</c> value), or -1 when none.</summary>
        public int LastError { get; set; }

        /// <summary>Gets or sets the age of the last exchange failure in seconds, or -1 when none.</summary>
        public long LastErrorAgeSeconds { get; set; }

        /// <summary>Gets or sets the Wi-Fi signal in dBm from the last link test, or 0 when unknown.</summary>
        public int SignalDbm { get; set; }

        /// <summary>Gets or sets the link's time to a usable connection (TCP and TLS) in ms from the last link test, or -1.</summary>
        public long ConnectMs { get; set; }

        /// <summary>Gets or sets the echo round trip in ms from the last host test, or -1.</summary>
        public long EchoMs { get; set; }

        /// <summary>Gets or sets the free managed memory in bytes, or -1.</summary>
        public long FreeMemoryBytes { get; set; }

        /// <summary>Gets or sets a value indicating whether the working keys (PIN and MAC keys) are loaded.</summary>
        public bool KeysLoaded { get; set; }

        /// <summary>Gets the status of each self-test's last run, indexed by <see cref="SelfTestId"/>.</summary>
        public SelfTestStatus[] TestStatus { get; } = new SelfTestStatus[SelfTestSuite.Count];

        /// <summary>Gets the reason of each self-test's last failure, indexed by <see cref="SelfTestId"/>.</summary>
        public SelfTestReason[] TestReason { get; } = new SelfTestReason[SelfTestSuite.Count];

        /// <summary>Sets every figure to unknown and every self-test to not run.</summary>
        public void Clear()
        {
            TerminalId = null;
            FirmwareVersion = null;
            JournalFormat = -1;
            Boots = -1;
            UnexpectedReboots = -1;
            RebootsDuringPayment = -1;
            UptimeSeconds = -1;
            PendingReversals = -1;
            OldestReversalAgeSeconds = -1;
            OldestReversalAttempts = -1;
            JournalSlotsUsed = -1;
            JournalSlots = -1;
            JournalRepaired = -1;
            JournalLost = -1;
            BatchEntries = -1;
            LastSettlementUnixSeconds = 0;
            ExchangeWindow = -1;
            ExchangesTotal = -1;
            Timeouts = -1;
            Code91 = -1;
            Code96 = -1;
            Malformed = -1;
            MacFailures = -1;
            LinkFailures = -1;
            LinkUptimeSeconds = -1;
            LastError = -1;
            LastErrorAgeSeconds = -1;
            SignalDbm = 0;
            ConnectMs = -1;
            EchoMs = -1;
            FreeMemoryBytes = -1;
            KeysLoaded = false;
            for (int i = 0; i < TestStatus.Length; i++)
            {
                TestStatus[i] = SelfTestStatus.NotRun;
                TestReason[i] = SelfTestReason.None;
            }
        }
    }
}
