namespace NanoPos.Hal
{
    /// <summary>
    /// One key event reported by an <see cref="IKeypad"/>. The default value (Key None) means "no event".
    /// </summary>
    public struct KeyEvent
    {
        private readonly Key _key;
        private readonly KeyEventKind _kind;
        private readonly long _timestampMs;

        /// <summary>
        /// Creates a key event.
        /// </summary>
        /// <param name="key">The key concerned.</param>
        /// <param name="kind">What happened to the key.</param>
        /// <param name="timestampMs">When it happened, in ms of the monotonic clock (<see cref="IClock.MonotonicMs"/>).</param>
        public KeyEvent(Key key, KeyEventKind kind, long timestampMs)
        {
            _key = key;
            _kind = kind;
            _timestampMs = timestampMs;
        }

        /// <summary>Gets the key concerned; <see cref="NanoPos.Hal.Key.None"/> when there was no event.</summary>
        public Key Key
        {
            get { return _key; }
        }

        /// <summary>Gets what happened to the key.</summary>
        public KeyEventKind Kind
        {
            get { return _kind; }
        }

        /// <summary>Gets when the event happened, in ms of the monotonic clock.</summary>
        public long TimestampMs
        {
            get { return _timestampMs; }
        }

        /// <summary>Gets a value indicating whether this is the "no event" value returned when a poll times out.</summary>
        public bool IsNone
        {
            get { return _key == Key.None; }
        }
    }
}
