using System;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The keypad walk: the technician presses every key of the keypad once, in any order; the test passes when every key
    /// has arrived. <see cref="Progress"/> shows the labels of the keys still missing. The value of a pass is the number
    /// of keys; of a failure, how many never arrived (the detail names them).
    /// </summary>
    /// <remarks>It fails when no new key arrives for <see cref="IdleTimeoutMs"/>, or when Cancel is pressed a second time
    /// (the first press of Cancel counts for the walk): a dead key, or a broken row or column line that silences four,
    /// cannot be pressed, so waiting for it would never end.</remarks>
    public sealed class KeypadWalkSelfTest : ISelfTest
    {
        /// <summary>How long the walk waits for a key it has not seen yet, in ms.</summary>
        public const long IdleTimeoutMs = 30000;

        private readonly KeyMap _map;
        private readonly bool[] _arrived = new bool[KeyMap.Positions];
        private readonly SelfTestResult _result = new SelfTestResult(SelfTestId.Keypad);
        private int _keys;
        private long _startedMs;
        private long _lastNewKeyMs;

        /// <summary>Creates the test.</summary>
        /// <param name="map">The keypad's layout: which keys exist and their printed labels.</param>
        /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
        public KeypadWalkSelfTest(KeyMap map)
        {
            if (map == null)
            {
                throw new ArgumentNullException("map");
            }

            _map = map;
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                if (KeyAt(i) != Key.None)
                {
                    _keys++;
                }
            }
        }

        /// <inheritdoc/>
        public SelfTestId Id
        {
            get { return SelfTestId.Keypad; }
        }

        /// <inheritdoc/>
        public bool IsInteractive
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public SelfTestResult Result
        {
            get { return _result; }
        }

        /// <inheritdoc/>
        public string Progress
        {
            get { return _result.Status == SelfTestStatus.Running ? Missing() : null; }
        }

        /// <inheritdoc/>
        public SelfTestStatus Begin(long nowMs)
        {
            _result.Start();
            _startedMs = nowMs;
            _lastNewKeyMs = nowMs;
            for (int i = 0; i < _arrived.Length; i++)
            {
                _arrived[i] = KeyAt(i) == Key.None;
            }

            return _result.Status;
        }

        /// <inheritdoc/>
        public SelfTestStatus HandleKey(Key key, long nowMs)
        {
            if (_result.Status != SelfTestStatus.Running)
            {
                return _result.Status;
            }

            bool isNew = false;
            bool seenBefore = false;
            for (int i = 0; i < KeyMap.Positions; i++)
            {
                if (KeyAt(i) == key)
                {
                    seenBefore |= _arrived[i];
                    isNew |= !_arrived[i];
                    _arrived[i] = true;
                }
            }

            if (isNew)
            {
                _lastNewKeyMs = nowMs;
                if (MissingCount() == 0)
                {
                    _result.Pass(_keys, _keys.ToString() + " keys", nowMs - _startedMs);
                }
            }
            else if (key == Key.Cancel && seenBefore)
            {
                Finish(nowMs);
            }

            return _result.Status;
        }

        /// <inheritdoc/>
        public SelfTestStatus Tick(long nowMs)
        {
            if (_result.Status == SelfTestStatus.Running && nowMs - _lastNewKeyMs >= IdleTimeoutMs)
            {
                Finish(nowMs);
            }

            return _result.Status;
        }

        /// <inheritdoc/>
        public bool Draw(MonochromeFramebuffer frame)
        {
            return false;
        }

        private void Finish(long nowMs)
        {
            _result.Fail(SelfTestReason.KeysMissing, MissingCount(), Missing(), nowMs - _startedMs);
        }

        private Key KeyAt(int position)
        {
            return _map.GetKey(position / KeyMap.Columns, position % KeyMap.Columns);
        }

        private int MissingCount()
        {
            int missing = 0;
            for (int i = 0; i < _arrived.Length; i++)
            {
                if (!_arrived[i])
                {
                    missing++;
                }
            }

            return missing;
        }

        private string Missing()
        {
            // The printed labels, in keypad order, e.g. "5 8 #": what the technician looks for on the keys.
            string text = string.Empty;
            for (int i = 0; i < _arrived.Length; i++)
            {
                if (!_arrived[i])
                {
                    string label = _map.GetLabel(i / KeyMap.Columns, i % KeyMap.Columns);
                    text = text.Length == 0 ? label : text + " " + label;
                }
            }

            return text;
        }
    }
}
