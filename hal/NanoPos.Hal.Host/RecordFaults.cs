using System;
using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// The power-cut bookkeeping of <see cref="FileRecordStore"/>, counting and arming exactly as
    /// <see cref="InMemoryRecordStore"/> does, so a campaign can swap one store for the other.
    /// </summary>
    internal sealed class RecordFaults
    {
        // Counts down the durable writes until the armed fault fires; 0 means no fault is armed.
        private int _writesUntilFault;

        // -1 for a clean power cut; otherwise the number of bytes a torn write keeps.
        private int _tearPrefixBytes = -1;
        private bool _poweredDown;
        private int _durableWrites;
        private long _bytesWritten;

        public int DurableWrites => _durableWrites;

        public long BytesWritten => _bytesWritten;

        public bool IsPoweredDown => _poweredDown;

        /// <summary>Gets the prefix length of the armed torn write, or -1 for a clean cut (valid once <see cref="FiresNow"/> said true).</summary>
        public int TearPrefixBytes => _tearPrefixBytes;

        public void Arm(int n, int tearPrefixBytes)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
            _writesUntilFault = n;
            _tearPrefixBytes = tearPrefixBytes;
        }

        public void Clear()
        {
            _writesUntilFault = 0;
            _tearPrefixBytes = -1;
        }

        /// <summary>Counts one durable write against the armed fault.</summary>
        /// <returns>True when the fault fires on this write.</returns>
        public bool FiresNow()
        {
            if (_writesUntilFault == 0)
            {
                return false;
            }

            _writesUntilFault--;
            return _writesUntilFault == 0;
        }

        /// <summary>Powers the store down and disarms the fault.</summary>
        /// <param name="message">Which operation the cut interrupted.</param>
        /// <returns>The exception to throw.</returns>
        public PowerCutException CutPower(string message)
        {
            _poweredDown = true;
            Clear();
            return new PowerCutException(message);
        }

        public void ThrowIfPoweredDown()
        {
            if (_poweredDown)
            {
                throw new PowerCutException("The record store is powered down after an injected power cut; call PowerUp first.");
            }
        }

        public void PowerUp() => _poweredDown = false;

        public void ResetCounters()
        {
            _durableWrites = 0;
            _bytesWritten = 0;
        }

        public void AddBytes(long bytes) => _bytesWritten += bytes;

        public void CountDurableWrite() => _durableWrites++;
    }
}
