using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The flash store: writes a scratch record of <see cref="ScratchBytes"/> bytes that differ from run to run, reads it
    /// back, compares CRC-32s, deletes it, and checks that at least <see cref="MinimumFreeBytes"/> stay free. The value of
    /// a pass is the free bytes.
    /// </summary>
    /// <remarks>The scratch record has its own name (<see cref="RecordName"/>), so the test never touches the journal, the
    /// keys or the configuration; one durable write and one delete per run. A power cut during the test leaves at most the
    /// scratch record behind, which the next run replaces.</remarks>
    public sealed class StoreSelfTest : AutomaticSelfTest
    {
        /// <summary>The name of the scratch record.</summary>
        public const string RecordName = "selftest.tmp";

        /// <summary>The length of the scratch record, in bytes.</summary>
        public const int ScratchBytes = 256;

        /// <summary>
        /// The least free space that passes, in bytes: room for a settlement's worth of journal records and the key and
        /// configuration records to be rewritten.
        /// </summary>
        public const long MinimumFreeBytes = 8 * 1024;

        private readonly IRecordStore _store;
        private readonly byte[] _written = new byte[ScratchBytes];

        // One byte more than written, so that a longer record is seen as a mismatch instead of refused by the store.
        private readonly byte[] _read = new byte[ScratchBytes + 1];
        private uint _seed = 0x9E3779B9;

        /// <summary>Creates the test.</summary>
        /// <param name="store">The durable record store.</param>
        /// <param name="clock">The clock.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public StoreSelfTest(IRecordStore store, IClock clock)
            : base(SelfTestId.Store, clock)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
        }

        /// <inheritdoc/>
        protected override void Run(SelfTestResult result, long startedMs)
        {
            Fill(startedMs);
            uint expected = Crc32.Compute(_written, 0, ScratchBytes);
            try
            {
                if (!WriteAndCheck(result, expected, startedMs))
                {
                    return;
                }
            }
            finally
            {
                Remove();
            }

            long free = _store.FreeBytes;
            if (free < MinimumFreeBytes)
            {
                result.Fail(SelfTestReason.StoreLowSpace, free, free.ToString() + " B", Since(startedMs));
                return;
            }

            result.Pass(free, free.ToString() + " B free, CRC ok", Since(startedMs));
        }

        private bool WriteAndCheck(SelfTestResult result, uint expected, long startedMs)
        {
            try
            {
                _store.Write(RecordName, _written, 0, ScratchBytes);
            }
            catch (IOException e)
            {
                result.Fail(SelfTestReason.StoreWriteFailed, 0, ShortText.Of(e), Since(startedMs));
                return false;
            }

            int length;
            try
            {
                Array.Clear(_read, 0, _read.Length);
                length = _store.Read(RecordName, _read, 0, _read.Length);
            }
            catch (IOException e)
            {
                result.Fail(SelfTestReason.StoreReadFailed, 0, ShortText.Of(e), Since(startedMs));
                return false;
            }

            if (length < 0)
            {
                result.Fail(SelfTestReason.StoreReadFailed, 0, "record missing after write", Since(startedMs));
                return false;
            }

            uint actual = Crc32.Compute(_read, 0, length);
            if (length != ScratchBytes || actual != expected)
            {
                int differing = CountDifferences(length);
                result.Fail(SelfTestReason.StoreMismatch, differing, length.ToString() + " B read, CRC " + Hex(actual) + " not " + Hex(expected), Since(startedMs));
                return false;
            }

            return true;
        }

        private void Remove()
        {
            try
            {
                _store.Delete(RecordName);
            }
            catch (IOException)
            {
                // A scratch record left behind costs 256 bytes until the next run replaces it; the result already says
                // what failed.
            }
        }

        private int CountDifferences(int length)
        {
            int differing = length > ScratchBytes ? length - ScratchBytes : ScratchBytes - length;
            int common = length < ScratchBytes ? length : ScratchBytes;
            for (int i = 0; i < common; i++)
            {
                if (_read[i] != _written[i])
                {
                    differing++;
                }
            }

            return differing;
        }

        private void Fill(long nowMs)
        {
            // A different pattern every run (xorshift32 seeded with the time and the last state): a stale copy of the
            // previous run's record read back by a faulty driver cannot pass.
            uint x = _seed ^ (uint)nowMs;
            if (x == 0)
            {
                x = 0x2545F491;
            }

            for (int i = 0; i < ScratchBytes; i++)
            {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                _written[i] = (byte)x;
            }

            _seed = x;
        }

        private static string Hex(uint value)
        {
            const string digits = "0123456789ABCDEF";
            char[] chars = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                chars[i] = digits[(int)(value & 0xF)];
                value >>= 4;
            }

            return new string(chars);
        }
    }
}
