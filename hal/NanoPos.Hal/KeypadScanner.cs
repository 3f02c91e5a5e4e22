using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// The hardware-free half of a 4x4 matrix keypad: fed raw matrix samples with the monotonic time, it debounces
    /// every position, decodes it through a <see cref="KeyMap"/> and queues <see cref="KeyEvent"/> values
    /// (Pressed, LongPressed, Released). The ESP32 driver feeds it from its scan loop; tests feed it by hand.
    /// </summary>
    /// <remarks>
    /// <para>A sample is a 16-bit mask of closed positions: bit <c>row * 4 + column</c> (the order of
    /// <see cref="KeyMap"/>) is 1 when that key reads closed. <see cref="BitOf"/> gives the bit of a position.</para>
    /// <para>Debounce: a position changes state only after it has read the same way in every sample for at least
    /// the debounce time; a bounce restarts its wait. Events carry the time of the sample that accepted them.</para>
    /// <para>Several keys: up to two keys may be down at once and each is reported (two-key rollover, so a
    /// cashier who presses the next digit before lifting the last loses nothing). A membrane matrix has no diodes,
    /// so three closed keys on the corners of a rectangle make the fourth corner read closed too (a ghost). A key
    /// that goes down while more than <see cref="MaxKeysDown"/> positions read closed is therefore never reported:
    /// not its press, not a long press, not its release; keys already reported carry on and are released normally.
    /// The one combination the firmware may give a meaning to is Cancel and Enter held together; it arrives as
    /// two Pressed events with no Released between them, and the scanner treats it like any other pair.</para>
    /// <para>Held keys: a key held for the long-press time gets one LongPressed event; there is no
    /// auto-repeat. A key held for the stuck time is counted once in <see cref="StuckReports"/> and shown in
    /// <see cref="StuckMask"/> until it opens, for the health report, and gives no further events.</para>
    /// <para>Allocation happens only in the constructor. Not thread-safe: the owner serialises calls.</para>
    /// </remarks>
    public sealed class KeypadScanner
    {
        /// <summary>The default debounce time in ms: longer than the bounce of a membrane contact, short enough for fast typing.</summary>
        public const int DefaultDebounceMs = 30;

        /// <summary>The default hold time in ms before a LongPressed event.</summary>
        public const int DefaultLongPressMs = 800;

        /// <summary>The default hold time in ms after which a key counts as stuck.</summary>
        public const int DefaultStuckMs = 10000;

        /// <summary>The default number of events the queue holds.</summary>
        public const int DefaultQueueCapacity = 32;

        /// <summary>The most closed positions at which a new press is still reported; more may include a ghost.</summary>
        public const int MaxKeysDown = 2;

        /// <summary>The mask with every position of the 4x4 matrix set.</summary>
        public const int AllPositionsMask = 0xFFFF;

        private readonly KeyMap _map;
        private readonly int _debounceMs;
        private readonly int _longPressMs;
        private readonly int _stuckMs;
        private readonly KeyEventQueue _queue;
        private readonly long[] _rawSinceMs = new long[KeyMap.Positions];
        private readonly long[] _pressedAtMs = new long[KeyMap.Positions];
        private int _raw;
        private int _debounced;
        private int _reported;
        private int _longSent;
        private int _stuck;
        private int _stuckReports;

        /// <summary>
        /// Creates a scanner with the default times (30 ms debounce, 800 ms long press, 10 s stuck) and queue size (32).
        /// </summary>
        /// <param name="map">The key map of the fitted membrane.</param>
        /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
        public KeypadScanner(KeyMap map)
            : this(map, DefaultDebounceMs, DefaultLongPressMs, DefaultStuckMs, DefaultQueueCapacity)
        {
        }

        /// <summary>
        /// Creates a scanner.
        /// </summary>
        /// <param name="map">The key map of the fitted membrane.</param>
        /// <param name="debounceMs">How long in ms a position must read the same before it changes state, 0 to 1000.</param>
        /// <param name="longPressMs">How long in ms a key is held before its LongPressed event, 1 or more.</param>
        /// <param name="stuckMs">How long in ms a key is held before it counts as stuck, at least <paramref name="longPressMs"/>.</param>
        /// <param name="queueCapacity">How many events wait for the reader at most, 1 or more.</param>
        /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A time or the capacity is out of range.</exception>
        public KeypadScanner(KeyMap map, int debounceMs, int longPressMs, int stuckMs, int queueCapacity)
        {
            if (map == null)
            {
                throw new ArgumentNullException("map");
            }

            if (debounceMs < 0 || debounceMs > 1000)
            {
                throw new ArgumentOutOfRangeException("debounceMs");
            }

            if (longPressMs < 1)
            {
                throw new ArgumentOutOfRangeException("longPressMs");
            }

            if (stuckMs < longPressMs)
            {
                throw new ArgumentOutOfRangeException("stuckMs", "The stuck time must be at least the long-press time.");
            }

            _map = map;
            _debounceMs = debounceMs;
            _longPressMs = longPressMs;
            _stuckMs = stuckMs;
            _queue = new KeyEventQueue(queueCapacity);
        }

        /// <summary>Gets the debounced mask of closed positions (bit <c>row * 4 + column</c>), ghosts included.</summary>
        public int ClosedMask
        {
            get { return _debounced; }
        }

        /// <summary>Gets the mask of positions held longer than the stuck time and not yet released.</summary>
        public int StuckMask
        {
            get { return _stuck; }
        }

        /// <summary>Gets the number of times a key was found stuck since creation (once per hold, however long).</summary>
        public int StuckReports
        {
            get { return _stuckReports; }
        }

        /// <summary>Gets the number of events waiting to be read.</summary>
        public int PendingEvents
        {
            get { return _queue.Count; }
        }

        /// <summary>Gets the number of events lost because nobody read them and the queue was full, since creation.</summary>
        public int DroppedEvents
        {
            get { return _queue.Dropped; }
        }

        /// <summary>
        /// Gets the sample bit of a matrix position.
        /// </summary>
        /// <param name="row">The row, 0 (top) to 3.</param>
        /// <param name="column">The column, 0 (left) to 3.</param>
        /// <returns>The bit, <c>1 &lt;&lt; (row * 4 + column)</c>.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The position is outside the 4x4 matrix.</exception>
        public static int BitOf(int row, int column)
        {
            if (row < 0 || row >= KeyMap.Rows)
            {
                throw new ArgumentOutOfRangeException("row");
            }

            if (column < 0 || column >= KeyMap.Columns)
            {
                throw new ArgumentOutOfRangeException("column");
            }

            return 1 << ((row * KeyMap.Columns) + column);
        }

        /// <summary>
        /// Feeds one raw sample of the whole matrix and queues the events it completes.
        /// </summary>
        /// <param name="closedMask">The positions that read closed (bit <c>row * 4 + column</c>), 0 to 0xFFFF.</param>
        /// <param name="nowMs">The time of the sample in ms of the monotonic clock; a time earlier than the last
        /// one counts as no time passing.</param>
        /// <returns>The number of events this sample queued (events refused by a full queue are not counted).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="closedMask"/> has bits outside the 16 positions.</exception>
        public int Sample(int closedMask, long nowMs)
        {
            if ((closedMask & ~AllPositionsMask) != 0)
            {
                throw new ArgumentOutOfRangeException("closedMask");
            }

            int queuedBefore = _queue.Count;

            // Restart the stability wait of every position whose raw reading changed.
            int changed = closedMask ^ _raw;
            _raw = closedMask;
            int accepted = _debounced;
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                int bit = 1 << i;
                if ((changed & bit) != 0)
                {
                    _rawSinceMs[i] = nowMs;
                }

                // A change seen in this very sample has waited 0 ms, which only a zero debounce accepts.
                if (((_raw ^ _debounced) & bit) != 0 && Elapsed(_rawSinceMs[i], nowMs) >= _debounceMs)
                {
                    accepted ^= bit;
                }
            }

            int wentUp = _debounced & ~accepted;
            int wentDown = accepted & ~_debounced;
            _debounced = accepted;

            // Releases first, so that a rollover reads "1 up, 2 down" in the order the fingers moved.
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                int bit = 1 << i;
                if ((wentUp & bit) == 0)
                {
                    continue;
                }

                if ((_reported & bit) != 0)
                {
                    Emit(i, KeyEventKind.Released, nowMs);
                }

                _reported &= ~bit;
                _longSent &= ~bit;
                _stuck &= ~bit;
            }

            bool ghostRisk = CountBits(_debounced) > MaxKeysDown;
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                int bit = 1 << i;
                if ((wentDown & bit) == 0 || ghostRisk || KeyAt(i) == Key.None)
                {
                    continue;
                }

                _reported |= bit;
                _pressedAtMs[i] = nowMs;
                Emit(i, KeyEventKind.Pressed, nowMs);
            }

            CheckHeldKeys(nowMs);
            return _queue.Count - queuedBefore;
        }

        /// <summary>
        /// Removes and returns the oldest queued event.
        /// </summary>
        /// <returns>The event, or a value whose <see cref="KeyEvent.IsNone"/> is true when none is waiting.</returns>
        public KeyEvent ReadEvent()
        {
            return _queue.Dequeue();
        }

        private void CheckHeldKeys(long nowMs)
        {
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                int bit = 1 << i;
                if ((_reported & bit) == 0)
                {
                    continue;
                }

                long held = Elapsed(_pressedAtMs[i], nowMs);
                if ((_longSent & bit) == 0 && held >= _longPressMs)
                {
                    _longSent |= bit;
                    Emit(i, KeyEventKind.LongPressed, nowMs);
                }

                if ((_stuck & bit) == 0 && held >= _stuckMs)
                {
                    _stuck |= bit;
                    _stuckReports++;
                }
            }
        }

        private void Emit(int position, KeyEventKind kind, long nowMs)
        {
            _queue.Enqueue(new KeyEvent(KeyAt(position), kind, nowMs));
        }

        private Key KeyAt(int position)
        {
            return _map.GetKey(position / KeyMap.Columns, position % KeyMap.Columns);
        }

        private static long Elapsed(long sinceMs, long nowMs)
        {
            long elapsed = nowMs - sinceMs;
            return elapsed < 0 ? 0 : elapsed;
        }

        private static int CountBits(int mask)
        {
            int count = 0;
            while (mask != 0)
            {
                mask &= mask - 1;
                count++;
            }

            return count;
        }
    }
}
