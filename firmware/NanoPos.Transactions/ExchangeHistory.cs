using System;

namespace NanoPos.Transactions
{
    /// <summary>
    /// How the last exchanges with the host ended, for the technician's health report: a fixed ring of the
    /// <see cref="ExchangeEnding"/> of the last <see cref="Capacity"/> exchanges (one byte each) with a count per ending,
    /// the total since boot, and the link's health — since when it has worked, and the last failure. Recording allocates
    /// nothing and takes constant time; everything lives in RAM and starts again at boot.
    /// </summary>
    /// <remarks>
    /// <para>Link health: <see cref="ExchangeEnding.ConnectFailed"/>, <see cref="ExchangeEnding.NothingSent"/>,
    /// <see cref="ExchangeEnding.LinkLost"/> and <see cref="ExchangeEnding.Timeout"/> are link failures
    /// (<see cref="IsLinkFailure"/>); <see cref="ExchangeEnding.Answered"/>, <see cref="ExchangeEnding.Code91"/> and
    /// <see cref="ExchangeEnding.Code96"/> show the link working (<see cref="IsLinkWorking"/>: the host answered, even if
    /// to say it could not decide). A <see cref="ExchangeEnding.Malformed"/> or <see cref="ExchangeEnding.MacFailure"/>
    /// answer is neither: a frame came back, so the link is not counted as down, but nothing in it could be trusted, so
    /// it does not start an up period either. A failure (<see cref="LastFailure"/>) is any ending but
    /// <see cref="ExchangeEnding.Answered"/>.</para>
    /// <para>Not synchronized: record and read from the thread that runs the engine, or read between exchanges.</para>
    /// </remarks>
    public sealed class ExchangeHistory
    {
        /// <summary>The ring's default capacity, in exchanges.</summary>
        public const int DefaultCapacity = 50;

        /// <summary>The number of <see cref="ExchangeEnding"/> values (0 to EndingCount - 1).</summary>
        public const int EndingCount = 9;

        private readonly byte[] _ring;
        private readonly int[] _counts = new int[EndingCount];
        private int _next;
        private int _window;
        private int _total;
        private long _upSinceMs;
        private ExchangeEnding _lastFailure;
        private long _lastFailureMs;

        /// <summary>Creates an empty history.</summary>
        /// <param name="capacity">How many of the latest exchanges the ring keeps, 1 or more (<see cref="DefaultCapacity"/> on the terminal); one byte of RAM each.</param>
        /// <exception cref="ArgumentOutOfRangeException">The capacity is below 1.</exception>
        public ExchangeHistory(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity", "The history keeps at least 1 exchange.");
            }

            _ring = new byte[capacity];
            Clear();
        }

        /// <summary>Gets how many exchanges the ring keeps at most.</summary>
        public int Capacity
        {
            get { return _ring.Length; }
        }

        /// <summary>Gets the number of exchanges recorded since boot (or since <see cref="Clear"/>), the ring's overwritten ones included.</summary>
        public int Total
        {
            get { return _total; }
        }

        /// <summary>Gets the number of exchanges in the ring: the latest ones, at most <see cref="Capacity"/>.</summary>
        public int Window
        {
            get { return _window; }
        }

        /// <summary>
        /// Gets the monotonic time in ms of the first exchange that showed the link working after the last link failure
        /// (or since boot when there was none); -1 when the last link failure has not been followed by a working exchange
        /// yet, or when nothing showed the link working yet.
        /// </summary>
        public long UpSinceMs
        {
            get { return _upSinceMs; }
        }

        /// <summary>Gets how the last failed exchange ended (any ending but Answered); Answered while <see cref="LastFailureMs"/> is -1.</summary>
        public ExchangeEnding LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary>Gets the monotonic time in ms of the last failed exchange (any ending but Answered), or -1 when there was none.</summary>
        public long LastFailureMs
        {
            get { return _lastFailureMs; }
        }

        /// <summary>Gets whether an ending means the link did not carry the exchange: connect failed, nothing sent, link lost or timeout.</summary>
        /// <param name="ending">The ending.</param>
        /// <returns>True for a link failure.</returns>
        public static bool IsLinkFailure(ExchangeEnding ending)
        {
            return ending == ExchangeEnding.ConnectFailed || ending == ExchangeEnding.NothingSent
                || ending == ExchangeEnding.LinkLost || ending == ExchangeEnding.Timeout;
        }

        /// <summary>Gets whether an ending shows the link working: a checked answer (Answered, Code91, Code96).</summary>
        /// <param name="ending">The ending.</param>
        /// <returns>True when the host's checked answer came back.</returns>
        public static bool IsLinkWorking(ExchangeEnding ending)
        {
            return ending == ExchangeEnding.Answered || ending == ExchangeEnding.Code91 || ending == ExchangeEnding.Code96;
        }

        /// <summary>Records how one exchange ended. Allocates nothing.</summary>
        /// <param name="ending">How it ended.</param>
        /// <param name="nowMs">The monotonic time of the ending, in ms.</param>
        /// <exception cref="ArgumentOutOfRangeException">The ending is not an <see cref="ExchangeEnding"/> value.</exception>
        public void Record(ExchangeEnding ending, long nowMs)
        {
            int value = (int)ending;
            if (value < 0 || value >= EndingCount)
            {
                throw new ArgumentOutOfRangeException("ending");
            }

            if (_window == _ring.Length)
            {
                // The ring is full: the oldest ending (where the newest goes) leaves the window.
                _counts[_ring[_next]]--;
            }
            else
            {
                _window++;
            }

            _ring[_next] = (byte)value;
            _counts[value]++;
            _next = _next + 1 == _ring.Length ? 0 : _next + 1;
            if (_total < int.MaxValue)
            {
                _total++;
            }

            if (IsLinkFailure(ending))
            {
                _upSinceMs = -1;
            }
            else if (_upSinceMs < 0 && IsLinkWorking(ending))
            {
                _upSinceMs = nowMs;
            }

            if (ending != ExchangeEnding.Answered)
            {
                _lastFailure = ending;
                _lastFailureMs = nowMs;
            }
        }

        /// <summary>Gets how many exchanges in the ring (the latest <see cref="Window"/>) ended one way.</summary>
        /// <param name="ending">The ending.</param>
        /// <returns>The count, 0 to <see cref="Window"/>; 0 for a value that is no ending.</returns>
        public int Count(ExchangeEnding ending)
        {
            int value = (int)ending;
            return value < 0 || value >= EndingCount ? 0 : _counts[value];
        }

        /// <summary>Gets how one of the exchanges in the ring ended, by age.</summary>
        /// <param name="age">0 for the latest exchange, 1 for the one before, up to <see cref="Window"/> - 1.</param>
        /// <returns>Its ending.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The age is not within the ring.</exception>
        public ExchangeEnding Recent(int age)
        {
            if (age < 0 || age >= _window)
            {
                throw new ArgumentOutOfRangeException("age");
            }

            int index = _next - 1 - age;
            if (index < 0)
            {
                index += _ring.Length;
            }

            return (ExchangeEnding)_ring[index];
        }

        /// <summary>Copies the ring's endings, oldest first, one byte each (the <see cref="ExchangeEnding"/> value), for a compact encoding.</summary>
        /// <param name="target">The buffer; needs <see cref="Window"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Where the first byte goes.</param>
        /// <returns>The number of bytes written: <see cref="Window"/>.</returns>
        /// <exception cref="ArgumentException">The buffer is too small.</exception>
        public int CopyTo(byte[] target, int offset)
        {
            if (target == null || offset < 0 || offset > target.Length - _window)
            {
                throw new ArgumentException("The buffer needs room for " + _window.ToString() + " bytes.");
            }

            int oldest = _next - _window;
            if (oldest < 0)
            {
                oldest += _ring.Length;
            }

            for (int i = 0; i < _window; i++)
            {
                int index = oldest + i;
                target[offset + i] = _ring[index < _ring.Length ? index : index - _ring.Length];
            }

            return _window;
        }

        /// <summary>Gets how long the link has been working, in ms: <paramref name="nowMs"/> - <see cref="UpSinceMs"/>, or 0 when it is not up.</summary>
        /// <param name="nowMs">The monotonic time now, in ms.</param>
        /// <returns>The uptime in ms, 0 or more.</returns>
        public long UptimeMs(long nowMs)
        {
            return _upSinceMs < 0 || nowMs < _upSinceMs ? 0 : nowMs - _upSinceMs;
        }

        /// <summary>Forgets everything: the ring, the counts, the total, the up time and the last failure.</summary>
        public void Clear()
        {
            Array.Clear(_ring, 0, _ring.Length);
            Array.Clear(_counts, 0, _counts.Length);
            _next = 0;
            _window = 0;
            _total = 0;
            _upSinceMs = -1;
            _lastFailure = ExchangeEnding.Answered;
            _lastFailureMs = -1;
        }
    }
}
