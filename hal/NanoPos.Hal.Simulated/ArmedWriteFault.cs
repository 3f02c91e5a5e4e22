using System;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// The one fault an <see cref="InMemoryRecordStore"/> can have armed: which durable write it hits, and whether it is a
    /// clean power cut, a torn write or a medium error. Not thread-safe: the store calls it under its own lock.
    /// </summary>
    internal sealed class ArmedWriteFault
    {
        // Counts down the durable writes until the armed fault fires; 0 means no fault is armed.
        private int _writesUntilFault;

        /// <summary>Gets the bytes a torn write keeps, or -1 for a clean power cut.</summary>
        internal int TearPrefixBytes { get; private set; } = -1;

        /// <summary>Gets whether the armed fault is a medium error (IOException, no power cut) rather than a power cut.</summary>
        internal bool IsMediumError { get; private set; }

        /// <summary>Arms a fault on the n-th durable write from now.</summary>
        internal void Arm(int n, int tearPrefixBytes, bool mediumError)
        {
            if (n < 1)
            {
                throw new ArgumentOutOfRangeException("n");
            }

            _writesUntilFault = n;
            TearPrefixBytes = tearPrefixBytes;
            IsMediumError = mediumError;
        }

        /// <summary>Disarms the fault.</summary>
        internal void Disarm()
        {
            _writesUntilFault = 0;
            TearPrefixBytes = -1;
            IsMediumError = false;
        }

        /// <summary>Counts one durable write and tells whether the fault fires on it.</summary>
        internal bool FiresNow()
        {
            if (_writesUntilFault == 0)
            {
                return false;
            }

            _writesUntilFault--;
            return _writesUntilFault == 0;
        }
    }
}
