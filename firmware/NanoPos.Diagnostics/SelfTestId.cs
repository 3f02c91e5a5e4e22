namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The field technician's self-tests, in the order "run all" runs them. The values are fixed (the health report and
    /// its QR code carry them): add new tests at the end, never renumber.
    /// </summary>
    public enum SelfTestId
    {
        /// <summary>The display: test patterns, then every row of glyphs, each confirmed by the technician.</summary>
        Display = 0,

        /// <summary>The keypad walk: every key pressed once; the keys that never arrived are named.</summary>
        Keypad = 1,

        /// <summary>The flash store: a scratch record written, read back and CRC-checked, and the free space.</summary>
        Store = 2,

        /// <summary>The clock: wall time set, and the last time-server synchronisation and its offset.</summary>
        Clock = 3,

        /// <summary>The link: Wi-Fi joined and its signal, the host's name resolved, TCP connect time, TLS handshake time.</summary>
        Link = 4,

        /// <summary>The host: an echo test (0820/0830) and its round trip.</summary>
        Host = 5,

        /// <summary>The free managed memory.</summary>
        Memory = 6,
    }
}
