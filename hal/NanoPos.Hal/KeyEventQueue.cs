using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// A fixed-size first-in first-out queue of <see cref="KeyEvent"/> values, allocated once, so a keypad scanner
    /// can hand events to the UI without allocating per key. Not thread-safe: the owner serialises access.
    /// </summary>
    /// <remarks>
    /// When the queue is full a new event is refused and counted in <see cref="Dropped"/>; the events already queued
    /// are kept, so the UI sees the oldest keystrokes in order rather than a gap in the middle.
    /// </remarks>
    public sealed class KeyEventQueue
    {
        private readonly KeyEvent[] _items;
        private int _head;
        private int _count;
        private int _dropped;

        /// <summary>
        /// Creates an empty queue.
        /// </summary>
        /// <param name="capacity">The most events held at once, 1 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
        public KeyEventQueue(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _items = new KeyEvent[capacity];
        }

        /// <summary>Gets the most events the queue holds at once.</summary>
        public int Capacity
        {
            get { return _items.Length; }
        }

        /// <summary>Gets the number of events waiting to be read.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Gets the number of events refused because the queue was full, since creation.</summary>
        public int Dropped
        {
            get { return _dropped; }
        }

        /// <summary>
        /// Appends an event at the tail.
        /// </summary>
        /// <param name="keyEvent">The event.</param>
        /// <returns>True when it was queued; false when the queue was full and the event was dropped.</returns>
        public bool Enqueue(KeyEvent keyEvent)
        {
            if (_count == _items.Length)
            {
                _dropped++;
                return false;
            }

            _items[(_head + _count) % _items.Length] = keyEvent;
            _count++;
            return true;
        }

        /// <summary>
        /// Removes and returns the event at the head.
        /// </summary>
        /// <returns>The oldest event, or a value whose <see cref="KeyEvent.IsNone"/> is true when the queue is empty.</returns>
        public KeyEvent Dequeue()
        {
            if (_count == 0)
            {
                return new KeyEvent();
            }

            KeyEvent head = _items[_head];
            _items[_head] = new KeyEvent();
            _head = (_head + 1) % _items.Length;
            _count--;
            return head;
        }

        /// <summary>
        /// Removes every waiting event; the <see cref="Dropped"/> count is kept.
        /// </summary>
        public void Clear()
        {
            Array.Clear(_items, 0, _items.Length);
            _head = 0;
            _count = 0;
        }
    }
}
