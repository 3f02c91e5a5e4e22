using System;
using System.Collections;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="IKeypad"/> that plays back a script of key events in the order they were added,
    /// for tests and the emulator. When the script is empty, <see cref="Poll"/> returns "no event" at once
    /// instead of waiting, so a test never hangs.
    /// </summary>
    public sealed class ScriptedKeypad : IKeypad
    {
        private readonly Queue _events = new Queue();

        /// <summary>Gets the number of events still to be played.</summary>
        public int Pending
        {
            get { return _events.Count; }
        }

        /// <summary>
        /// Appends an event to the script.
        /// </summary>
        /// <param name="keyEvent">The event; a "no event" value is played back as such, which lets a script model a pause.</param>
        public void Enqueue(KeyEvent keyEvent)
        {
            _events.Enqueue(keyEvent);
        }

        /// <summary>
        /// Appends a press followed by a release of one key, both at the same time stamp.
        /// </summary>
        /// <param name="key">The key.</param>
        /// <param name="timestampMs">The time stamp of both events in monotonic ms.</param>
        public void EnqueueTap(Key key, long timestampMs)
        {
            _events.Enqueue(new KeyEvent(key, KeyEventKind.Pressed, timestampMs));
            _events.Enqueue(new KeyEvent(key, KeyEventKind.Released, timestampMs));
        }

        /// <summary>
        /// Removes every event not yet played.
        /// </summary>
        public void Clear()
        {
            _events.Clear();
        }

        /// <summary>
        /// Returns the next scripted event, or "no event" at once when the script is empty.
        /// </summary>
        /// <param name="timeoutMs">Checked for the contract (0 or more) but never waited for.</param>
        /// <returns>The next event, or a value whose <see cref="KeyEvent.IsNone"/> is true.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is negative.</exception>
        public KeyEvent Poll(int timeoutMs)
        {
            if (timeoutMs < 0)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            if (_events.Count == 0)
            {
                return new KeyEvent();
            }

            return (KeyEvent)_events.Dequeue();
        }
    }
}
