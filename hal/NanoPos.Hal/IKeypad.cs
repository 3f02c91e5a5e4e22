namespace NanoPos.Hal
{
    /// <summary>
    /// A source of key events (a scanned membrane keypad, a script, a browser emulator).
    /// </summary>
    public interface IKeypad
    {
        /// <summary>
        /// Returns the next key event, waiting at most <paramref name="timeoutMs"/> for one.
        /// Events come out in the order they happened; none is dropped while the caller keeps polling.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms; 0 checks without waiting. There is no infinite
        /// wait: callers loop, so that a screen can also react to timers and the network.</param>
        /// <returns>The event, or a value whose <see cref="KeyEvent.IsNone"/> is true when no event came in time
        /// (an implementation may return that before the timeout, for example a script that has run out).</returns>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is negative.</exception>
        KeyEvent Poll(int timeoutMs);
    }
}
