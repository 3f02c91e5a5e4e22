namespace NanoPos.Diagnostics
{
    /// <summary>
    /// Why a self-test failed, as a code the screens turn into a line a technician can act on (in the terminal's
    /// language) and the health QR code carries. The values are fixed: never renumber. The tens digit is the test.
    /// </summary>
    public enum SelfTestReason
    {
        /// <summary>No failure.</summary>
        None = 0,

        /// <summary>The display did not take a frame (an I2C error): check its cable and address. Value: the page.</summary>
        DisplayBusError = 1,

        /// <summary>The technician said a page looked wrong (missing pixels or rows). Value: the page, from 1.</summary>
        DisplayPageWrong = 2,

        /// <summary>No key within the time allowed: the display was not confirmed. Value: the page, from 1.</summary>
        DisplayNotConfirmed = 3,

        /// <summary>Some keys never arrived (a dead key, a broken row or column line). Value: how many; the detail names them.</summary>
        KeysMissing = 10,

        /// <summary>Writing the scratch record failed. The detail holds the driver's message.</summary>
        StoreWriteFailed = 20,

        /// <summary>Reading the scratch record back failed (missing, or the store's own check refused it).</summary>
        StoreReadFailed = 21,

        /// <summary>The scratch record came back with other bytes (its CRC-32 differs). Value: how many bytes differ.</summary>
        StoreMismatch = 22,

        /// <summary>Less free space than the journal's reserve. Value: the free bytes.</summary>
        StoreLowSpace = 23,

        /// <summary>The wall time is not set (no time server reached since boot).</summary>
        ClockNotSet = 30,

        /// <summary>The wall time is set but was never synchronised with the time server since boot.</summary>
        ClockNotSynced = 31,

        /// <summary>The last synchronisation is too old. Value: its age in hours.</summary>
        ClockSyncStale = 32,

        /// <summary>The clock was far off at the last synchronisation (a drifting crystal). Value: the offset in ms.</summary>
        ClockDrift = 33,

        /// <summary>The Wi-Fi network is not joined (name, password, access point out of range).</summary>
        LinkNoRadio = 40,

        /// <summary>The Wi-Fi signal is too weak for reliable payments. Value: the signal strength in dBm.</summary>
        LinkWeakSignal = 41,

        /// <summary>The host's name could not be resolved (DNS). The detail holds the error.</summary>
        LinkNameFailed = 42,

        /// <summary>No TCP connection to the host's port. The detail holds the error.</summary>
        LinkTcpFailed = 43,

        /// <summary>The TLS handshake failed (certificate not signed by the pinned CA, wrong name, no answer). The detail holds the error.</summary>
        LinkTlsFailed = 44,

        /// <summary>The echo could not be sent (no connection). Run the link test.</summary>
        HostNotReached = 50,

        /// <summary>The echo was sent but no answer came in time.</summary>
        HostNoAnswer = 51,

        /// <summary>The host refused the echo. The detail holds its response code.</summary>
        HostRefused = 52,

        /// <summary>The host's answer failed the checks (its MAC or its fields): the keys may be out of step.</summary>
        HostBadAnswer = 53,

        /// <summary>The terminal has no working keys: it must sign on first.</summary>
        HostNoKeys = 54,

        /// <summary>Free managed memory is below the minimum. Value: the free bytes.</summary>
        MemoryLow = 60,

        /// <summary>The test itself threw (a defect). The detail holds the exception's type.</summary>
        TestError = 99,
    }
}
