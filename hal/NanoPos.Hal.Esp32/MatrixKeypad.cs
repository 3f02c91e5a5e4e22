using System;
using System.Device.Gpio;
using System.Threading;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The <see cref="IKeypad"/> of the reference board: a 4x4 membrane matrix scanned by a background thread.
    /// The pin work is here; debounce, key decoding, long press and the multiple-key rules are in the hardware-free
    /// <see cref="KeypadScanner"/>, which this class feeds with one 16-bit sample per scan.
    /// </summary>
    /// <remarks>
    /// <para>Columns are inputs with the ESP32's internal pull-ups. Rows are open-drain outputs, released (high
    /// impedance) except the one being scanned, which is pulled low; a closed key then pulls its column low. Open
    /// drain, rather than push-pull, means two keys in one column never short a high row against a low one. Where
    /// open drain is not offered, an idle row is an input and the scanned row an output driven low, which is the
    /// same electrically.</para>
    /// <para>A scan reads all 16 positions (4 row writes, 16 pin reads) and sleeps <see cref="ScanIntervalMs"/>.
    /// Events wait in the scanner's fixed queue until <see cref="Poll"/> takes them; nothing is allocated per scan.</para>
    /// </remarks>
    public sealed class MatrixKeypad : IKeypad, IDisposable
    {
        /// <summary>The default time between two scans in ms: three samples inside the default 30 ms debounce.</summary>
        public const int DefaultScanIntervalMs = 10;

        private readonly object _sync = new object();
        private readonly AutoResetEvent _eventQueued = new AutoResetEvent(false);
        private readonly GpioController _gpio;
        private readonly GpioPin[] _rows = new GpioPin[KeyMap.Rows];
        private readonly GpioPin[] _columns = new GpioPin[KeyMap.Columns];
        private readonly KeypadScanner _scanner;
        private readonly int _scanIntervalMs;
        private readonly bool _openDrain;
        private readonly Thread _scanThread;
        private bool _running;

        /// <summary>
        /// Opens the keypad of a board with the reference key map, the default scanner times and scan interval,
        /// and starts scanning.
        /// </summary>
        /// <param name="board">The board configuration (row and column pins).</param>
        /// <exception cref="ArgumentNullException"><paramref name="board"/> is null.</exception>
        public MatrixKeypad(BoardConfiguration board)
            : this(board, new KeypadScanner(KeyMap.Reference), DefaultScanIntervalMs)
        {
        }

        /// <summary>
        /// Opens the keypad of a board and starts scanning.
        /// </summary>
        /// <param name="board">The board configuration (row and column pins).</param>
        /// <param name="scanner">The scanner that decodes the samples (key map, debounce, long press); this keypad
        /// becomes its only user, and it stays readable for the health report (stuck keys, dropped events).</param>
        /// <param name="scanIntervalMs">The pause between two scans in ms, 1 to 50; keep it well below the debounce time.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="scanIntervalMs"/> is out of range.</exception>
        public MatrixKeypad(BoardConfiguration board, KeypadScanner scanner, int scanIntervalMs)
        {
            if (board == null)
            {
                throw new ArgumentNullException("board");
            }

            if (scanner == null)
            {
                throw new ArgumentNullException("scanner");
            }

            if (scanIntervalMs < 1 || scanIntervalMs > 50)
            {
                throw new ArgumentOutOfRangeException("scanIntervalMs");
            }

            _scanner = scanner;
            _scanIntervalMs = scanIntervalMs;
            _gpio = new GpioController();
            int[] rowPins = board.KeypadRowPins;
            int[] columnPins = board.KeypadColumnPins;

            _openDrain = true;
            for (int r = 0; r < KeyMap.Rows; r++)
            {
                _openDrain = _openDrain && _gpio.IsPinModeSupported(rowPins[r], PinMode.OutputOpenDrain);
            }

            for (int r = 0; r < KeyMap.Rows; r++)
            {
                _rows[r] = _gpio.OpenPin(rowPins[r], _openDrain ? PinMode.OutputOpenDrain : PinMode.Input);
                ReleaseRow(r);
            }

            for (int c = 0; c < KeyMap.Columns; c++)
            {
                _columns[c] = _gpio.OpenPin(columnPins[c], PinMode.InputPullUp);
            }

            _running = true;
            _scanThread = new Thread(ScanLoop);
            _scanThread.Start();
        }

        /// <summary>Gets the scanner that decodes this keypad (for stuck keys and dropped events in the health report).</summary>
        public KeypadScanner Scanner
        {
            get { return _scanner; }
        }

        /// <summary>Gets the pause between two scans in ms.</summary>
        public int ScanIntervalMs
        {
            get { return _scanIntervalMs; }
        }

        /// <summary>
        /// Returns the next key event, waiting at most <paramref name="timeoutMs"/> for one.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms; 0 checks without waiting.</param>
        /// <returns>The event, or a value whose <see cref="KeyEvent.IsNone"/> is true when none came in time.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is negative.</exception>
        public KeyEvent Poll(int timeoutMs)
        {
            if (timeoutMs < 0)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            long deadline = Environment.TickCount64 + timeoutMs;
            while (true)
            {
                lock (_sync)
                {
                    KeyEvent next = _scanner.ReadEvent();
                    if (!next.IsNone || !_running)
                    {
                        return next;
                    }
                }

                long remaining = deadline - Environment.TickCount64;
                if (remaining <= 0)
                {
                    return new KeyEvent();
                }

                // The scan thread sets the signal after queuing; a stale signal only costs one more empty look.
                _eventQueued.WaitOne((int)remaining, false);
            }
        }

        /// <summary>
        /// Stops scanning and releases the pins. Events still queued can be polled afterwards.
        /// </summary>
        public void Dispose()
        {
            lock (_sync)
            {
                if (!_running)
                {
                    return;
                }

                _running = false;
            }

            _scanThread.Join(10 * _scanIntervalMs + 100);
            _eventQueued.Set();
            for (int r = 0; r < KeyMap.Rows; r++)
            {
                _rows[r].Dispose();
            }

            for (int c = 0; c < KeyMap.Columns; c++)
            {
                _columns[c].Dispose();
            }

            _gpio.Dispose();
        }

        private void ScanLoop()
        {
            while (true)
            {
                int closed = ScanMatrix();
                long now = Environment.TickCount64;
                int queued;
                lock (_sync)
                {
                    if (!_running)
                    {
                        return;
                    }

                    queued = _scanner.Sample(closed, now);
                }

                if (queued > 0)
                {
                    _eventQueued.Set();
                }

                Thread.Sleep(_scanIntervalMs);
            }
        }

        private int ScanMatrix()
        {
            int closed = 0;
            for (int r = 0; r < KeyMap.Rows; r++)
            {
                SelectRow(r);

                // A managed call takes tens of microseconds on the ESP32, far longer than the row line needs to
                // settle through the pull-up, so the columns are read straight away.
                for (int c = 0; c < KeyMap.Columns; c++)
                {
                    if (_columns[c].Read() == PinValue.Low)
                    {
                        closed |= KeypadScanner.BitOf(r, c);
                    }
                }

                ReleaseRow(r);
            }

            return closed;
        }

        private void SelectRow(int row)
        {
            if (!_openDrain)
            {
                _rows[row].SetPinMode(PinMode.Output);
            }

            _rows[row].Write(PinValue.Low);
        }

        private void ReleaseRow(int row)
        {
            if (_openDrain)
            {
                // High on an open-drain output lets the line float: the row is released, not driven.
                _rows[row].Write(PinValue.High);
            }
            else
            {
                _rows[row].SetPinMode(PinMode.Input);
            }
        }
    }
}
