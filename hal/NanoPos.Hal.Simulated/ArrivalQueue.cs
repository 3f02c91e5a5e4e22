using System;
using System.Collections;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// What the host has sent an <see cref="InMemoryLink"/>'s connection and when it arrives: byte pieces and the host's
    /// close, ordered by due time (simulated ms; equal times keep their order). A piece is handed out in parts as the
    /// terminal's buffer allows.
    /// </summary>
    internal sealed class ArrivalQueue
    {
        private readonly ArrayList _arrivals = new ArrayList(); // Arrival, ordered by due time

        /// <summary>Gets a value indicating whether nothing is queued.</summary>
        internal bool IsEmpty
        {
            get { return _arrivals.Count == 0; }
        }

        /// <summary>Gets the due time of the first arrival; only when not <see cref="IsEmpty"/>.</summary>
        internal long NextDue
        {
            get { return ((Arrival)_arrivals[0]).Due; }
        }

        /// <summary>Gets a value indicating whether the first arrival is the host's close; only when not <see cref="IsEmpty"/>.</summary>
        internal bool NextIsClose
        {
            get { return ((Arrival)_arrivals[0]).Data == null; }
        }

        /// <summary>Queues bytes (already copied by the caller), or the host's close when <paramref name="data"/> is null.</summary>
        /// <param name="due">The simulated time in ms it arrives.</param>
        /// <param name="data">The bytes, or null for a close.</param>
        internal void Schedule(long due, byte[] data)
        {
            int i = _arrivals.Count;
            while (i > 0 && ((Arrival)_arrivals[i - 1]).Due > due)
            {
                i--;
            }

            _arrivals.Insert(i, new Arrival(due, data));
        }

        /// <summary>Moves bytes of the first arrival (which must be bytes, not a close) to the caller.</summary>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The first index to fill.</param>
        /// <param name="count">The most bytes to move, at least 1.</param>
        /// <returns>The number of bytes moved.</returns>
        internal int Take(byte[] buffer, int offset, int count)
        {
            var next = (Arrival)_arrivals[0];
            int n = next.Data.Length - next.Read < count ? next.Data.Length - next.Read : count;
            Array.Copy(next.Data, next.Read, buffer, offset, n);
            next.Read += n;
            if (next.Read == next.Data.Length)
            {
                _arrivals.RemoveAt(0);
            }

            return n;
        }

        /// <summary>Discards everything queued, as a closed socket discards what it had not delivered.</summary>
        internal void Clear()
        {
            _arrivals.Clear();
        }

        private sealed class Arrival
        {
            public Arrival(long due, byte[] data)
            {
                Due = due;
                Data = data;
            }

            public long Due { get; }

            public byte[] Data { get; }

            public int Read { get; set; }
        }
    }
}
