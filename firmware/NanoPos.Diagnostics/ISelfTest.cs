using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// One self-test for the field technician. A test that needs nobody (store, clock, link, host, memory) does all its
    /// work in <see cref="Begin"/>; an interactive one (display, keypad) returns <see cref="SelfTestStatus.Running"/>
    /// and goes on with the technician's keys and the passing time until it passes or fails.
    /// </summary>
    /// <remarks>
    /// The terminal runs a test that is not interactive through the same runner as the engine's calls, never beside one:
    /// the link and host tests use the engine's link. An interactive test runs on the screen thread. Never throws for a
    /// failure of the part under test: that is a <see cref="SelfTestStatus.Failed"/> result with its reason.
    /// </remarks>
    public interface ISelfTest
    {
        /// <summary>Gets which test this is.</summary>
        SelfTestId Id { get; }

        /// <summary>Gets a value indicating whether the test needs the technician (keys) and the screen.</summary>
        bool IsInteractive { get; }

        /// <summary>Gets the result of the last run (or of the run going on).</summary>
        SelfTestResult Result { get; }

        /// <summary>Gets what to show while the test runs, as short ASCII text (the keys still to press, "3/12"), or null.</summary>
        string Progress { get; }

        /// <summary>Starts a run; a test that is not interactive runs to its end here.</summary>
        /// <param name="nowMs">The monotonic time in ms.</param>
        /// <returns>The status after starting.</returns>
        SelfTestStatus Begin(long nowMs);

        /// <summary>Takes a key pressed while the test runs (ignored by tests that are not interactive).</summary>
        /// <param name="key">The key.</param>
        /// <param name="nowMs">The monotonic time in ms.</param>
        /// <returns>The status after the key.</returns>
        SelfTestStatus HandleKey(Key key, long nowMs);

        /// <summary>Lets time pass while the test runs (an interactive test fails when nobody answers in time).</summary>
        /// <param name="nowMs">The monotonic time in ms.</param>
        /// <returns>The status.</returns>
        SelfTestStatus Tick(long nowMs);

        /// <summary>Draws the whole screen while the test runs, when the test shows its own pixels (the display test).</summary>
        /// <param name="frame">The frame to draw into; it is cleared first by the caller.</param>
        /// <returns>True when the test drew the screen; false when the caller draws its prompt with <see cref="Progress"/>.</returns>
        bool Draw(MonochromeFramebuffer frame);
    }
}
