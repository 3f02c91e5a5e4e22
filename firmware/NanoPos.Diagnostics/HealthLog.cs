using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// What the health report must remember across reboots and no other record holds: the unexpected reboots that came
    /// during a payment, the last accepted settlement, and the last self-test results. One small record,
    /// <see cref="RecordName"/>, written only when one of them changes (never during a payment).
    /// </summary>
    /// <remarks>
    /// <para><b>Layout</b> (version 1, 58 bytes, big-endian): 'N' 'H', version, 0, reboots during a payment (4), last
    /// settlement in Unix seconds (4, 0 never), last self-test run in Unix seconds (4, 0 never), then per self-test in
    /// <see cref="SelfTestId"/> order: status (1), reason (1), value (4). A later version appends fields.</para>
    /// <para>A record that cannot be read or decoded starts the figures again at 0 (<see cref="WasDamaged"/>): these are
    /// statistics, not money, and the terminal must boot whatever they hold. Not thread-safe: the screens' thread and the
    /// boot call it, never at the same time.</para>
    /// </remarks>
    public sealed class HealthLog
    {
        /// <summary>The name of the record in the store.</summary>
        public const string RecordName = "health";

        /// <summary>The length in bytes of the record this version writes.</summary>
        public const int RecordLength = 16 + (SelfTestSuite.Count * 6);

        private const int Version = 1;
        private const int ReadRoom = 256;

        private readonly IRecordStore _store;
        private readonly byte[] _buffer = new byte[ReadRoom];
        private readonly byte[] _status = new byte[SelfTestSuite.Count];
        private readonly byte[] _reason = new byte[SelfTestSuite.Count];
        private readonly int[] _value = new int[SelfTestSuite.Count];

        /// <summary>Creates the log over a store; <see cref="Load"/> reads it.</summary>
        /// <param name="store">The durable record store.</param>
        /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
        public HealthLog(IRecordStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
        }

        /// <summary>Gets how many unexpected reboots came while a payment was in flight.</summary>
        public int RebootsDuringPayment { get; private set; }

        /// <summary>Gets the time of the last settlement the host accepted, in Unix seconds, or 0 when never.</summary>
        public long LastSettlementUnixSeconds { get; private set; }

        /// <summary>Gets the time of the last self-test run, in Unix seconds, or 0 when never.</summary>
        public long LastSelfTestUnixSeconds { get; private set; }

        /// <summary>Gets a value indicating whether the record found by <see cref="Load"/> could not be read or decoded.</summary>
        public bool WasDamaged { get; private set; }

        /// <summary>Reads the record; a missing one is a new terminal, a damaged one starts again at 0.</summary>
        public void Load()
        {
            int length;
            try
            {
                length = _store.Read(RecordName, _buffer, 0, _buffer.Length);
            }
            catch (IOException)
            {
                length = -2;
            }
            catch (ArgumentException)
            {
                length = -2;
            }

            WasDamaged = length == -2 || (length >= 0 && !IsValid(length));
            if (length < 0 || WasDamaged)
            {
                return;
            }

            RebootsDuringPayment = ReadInt(4);
            LastSettlementUnixSeconds = (uint)ReadInt(8);
            LastSelfTestUnixSeconds = (uint)ReadInt(12);
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                int at = 16 + (i * 6);
                _status[i] = _buffer[at];
                _reason[i] = _buffer[at + 1];
                _value[i] = ReadInt(at + 2);
            }
        }

        /// <summary>Counts an unexpected reboot that came during a payment, and saves.</summary>
        /// <exception cref="IOException">The store failed; the count is kept in memory.</exception>
        public void RecordRebootDuringPayment()
        {
            RebootsDuringPayment++;
            Save();
        }

        /// <summary>Records a settlement the host accepted, and saves.</summary>
        /// <param name="unixSeconds">When, in Unix seconds.</param>
        /// <exception cref="IOException">The store failed; the time is kept in memory.</exception>
        public void RecordSettlement(long unixSeconds)
        {
            LastSettlementUnixSeconds = unixSeconds;
            Save();
        }

        /// <summary>Records the finished results of a self-test run (tests not run keep their earlier result), and saves.</summary>
        /// <param name="suite">The tests.</param>
        /// <param name="unixSeconds">When, in Unix seconds (0 when the wall time is not trusted).</param>
        /// <exception cref="IOException">The store failed; the results are kept in memory.</exception>
        public void RecordSelfTests(SelfTestSuite suite, long unixSeconds)
        {
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                SelfTestResult result = suite.Get((SelfTestId)i).Result;
                if (result.IsFinished)
                {
                    _status[i] = (byte)result.Status;
                    _reason[i] = (byte)result.Reason;
                    _value[i] = result.Value > int.MaxValue ? int.MaxValue : result.Value < int.MinValue ? int.MinValue : (int)result.Value;
                }
            }

            LastSelfTestUnixSeconds = unixSeconds;
            Save();
        }

        /// <summary>Gives the tests that have not run since boot the results this record remembers.</summary>
        /// <param name="suite">The tests.</param>
        public void RestoreInto(SelfTestSuite suite)
        {
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                SelfTestResult result = suite.Get((SelfTestId)i).Result;
                if (result.Status == SelfTestStatus.NotRun && (_status[i] == (byte)SelfTestStatus.Passed || _status[i] == (byte)SelfTestStatus.Failed))
                {
                    result.Restore((SelfTestStatus)_status[i], (SelfTestReason)_reason[i], _value[i]);
                }
            }
        }

        private void Save()
        {
            _buffer[0] = (byte)'N';
            _buffer[1] = (byte)'H';
            _buffer[2] = Version;
            _buffer[3] = 0;
            WriteInt(4, RebootsDuringPayment);
            WriteInt(8, (int)(uint)LastSettlementUnixSeconds);
            WriteInt(12, (int)(uint)LastSelfTestUnixSeconds);
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                int at = 16 + (i * 6);
                _buffer[at] = _status[i];
                _buffer[at + 1] = _reason[i];
                WriteInt(at + 2, _value[i]);
            }

            _store.Write(RecordName, _buffer, 0, RecordLength);
        }

        private bool IsValid(int length)
        {
            if (length < RecordLength || _buffer[0] != (byte)'N' || _buffer[1] != (byte)'H' || _buffer[2] < Version || ReadInt(4) < 0)
            {
                return false;
            }

            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                if (_buffer[16 + (i * 6)] > (byte)SelfTestStatus.Failed)
                {
                    return false;
                }
            }

            return true;
        }

        private int ReadInt(int at)
        {
            return (_buffer[at] << 24) | (_buffer[at + 1] << 16) | (_buffer[at + 2] << 8) | _buffer[at + 3];
        }

        private void WriteInt(int at, int value)
        {
            _buffer[at] = (byte)(value >> 24);
            _buffer[at + 1] = (byte)(value >> 16);
            _buffer[at + 2] = (byte)(value >> 8);
            _buffer[at + 3] = (byte)value;
        }
    }
}
