using System;
using NanoPos.Emulation;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulator
{
    /// <summary>
    /// What the browser emulator needs from a running terminal: the firmware on simulated drivers plus the
    /// acquirer host it talks to, driven step by step on simulated time. <c>SimulatedTerminalSession</c>
    /// adapts NanoPos.Emulation's <c>SimulatedTerminal</c>; tests may use a double.
    /// </summary>
    /// <remarks>
    /// Implementations need not be thread-safe: <see cref="EmulatorHost"/> serialises every call through one lock.
    /// </remarks>
    public interface IEmulatorSession
    {
        /// <summary>Powers the terminal on (first boot). Called once, before anything else.</summary>
        void Boot();

        /// <summary>Presses and releases one key.</summary>
        void Press(Key key);

        /// <summary>Lets <paramref name="milliseconds"/> of simulated time pass (timeouts, countdowns, host delay).</summary>
        void Advance(int milliseconds);

        /// <summary>Cuts the power: the firmware stops where it is (mid-write included) and boots again over the same storage. The host keeps running.</summary>
        void CutPower();

        /// <summary>Gets or sets whether the network between terminal and host is up.</summary>
        bool NetworkUp { get; set; }

        /// <summary>Gets or sets whether the host is in a maintenance window.</summary>
        bool HostMaintenance { get; set; }

        /// <summary>Gets or sets how long the host waits before answering, in milliseconds of simulated time.</summary>
        int HostDelayMs { get; set; }

        /// <summary>Gets or sets the terminal's display language.</summary>
        Language Language { get; set; }

        /// <summary>Gets the display's current image (SSD1306 page layout).</summary>
        MonochromeFramebuffer Frame { get; }

        /// <summary>Gets the text lines of the current screen.</summary>
        string[] ScreenText { get; }

        /// <summary>Gets the name of the current screen (for QA and tests), or null.</summary>
        string ScreenName { get; }

        /// <summary>Gets the terminal's simulated monotonic time in milliseconds.</summary>
        long NowMs { get; }

        /// <summary>Gets the number of reversals waiting to be acknowledged by the host.</summary>
        int PendingReversalCount { get; }

        /// <summary>Reads the side panel: host ledger, terminal journal and batch, pending reversals. Card numbers masked.</summary>
        EmulatorPanel ReadPanel();

        /// <summary>
        /// Gets what protects the link to the host, for the page: "TLS 1.3 · CA SHA-256 3F:A2:…" (the pinned CA's
        /// fingerprint, short), "plaintext", or "" when unknown (the default: a session that does not say).
        /// </summary>
        string LinkSecurity => string.Empty;

        /// <summary>
        /// Gets the QA faults behind the technician's self-tests as they are now (every member set), or null when the
        /// session has none (the default: a double).
        /// </summary>
        TerminalFaults Faults => null;

        /// <summary>Sets the non-null members of <paramref name="change"/>; a refused change sets nothing.</summary>
        /// <param name="change">The faults to set.</param>
        /// <exception cref="ArgumentException">A value is refused (a dead key that is not a key, an untrusted certificate without TLS).</exception>
        /// <exception cref="NotSupportedException">The session has no faults (the default).</exception>
        void ApplyFaults(TerminalFaults change) => throw new NotSupportedException("This terminal has no self-test faults.");

        /// <summary>
        /// Collects the health report through the firmware's own collector, as the technician's Health screen does; null
        /// when there is none (the default, and before the firmware has built it).
        /// </summary>
        HealthView ReadHealth() => null;

        /// <summary>
        /// Sets the terminal's wall clock to a local date and time (its configured offset from UTC), trusted, as a time
        /// server would: QA shows what depends on the date (the funds-arrival date on a Saturday night before a holiday
        /// week) without waiting for it. The monotonic time does not move.
        /// </summary>
        /// <param name="local">The local date and time.</param>
        /// <exception cref="NotSupportedException">The session has no clock to set (the default).</exception>
        void SetLocalTime(DateTime local) => throw new NotSupportedException("This terminal's clock cannot be set.");
    }
}
