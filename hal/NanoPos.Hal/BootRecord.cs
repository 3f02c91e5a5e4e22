using System;
using System.IO;

namespace NanoPos.Hal
{
    /// <summary>
    /// Evidence of unexpected reboots kept by the firmware itself, in one small record of an
    /// <see cref="IRecordStore"/>: the nanoFramework ESP32 runtime exposes no reset reason, so the device cannot
    /// ask why it restarted and must remember whether it shut down in order.
    /// </summary>
    /// <remarks>
    /// <para><b>Semantics.</b> <see cref="Start"/>, called once early at boot, reads the record, counts this boot and
    /// writes the record back with a "running" flag set (one durable write). <see cref="MarkOrderlyShutdown"/>,
    /// called on the orderly reboot path (on the ESP32: the handler of Power.OnRebootEvent, raised by
    /// Power.RebootDevice), clears the flag (one durable write). If the next <see cref="Start"/> finds the flag still
    /// set, the previous run ended without an orderly shutdown: power cut, unplugged terminal, crash, watchdog,
    /// reset button, or a reboot by the debugger or a deployment. All of those count as unexpected, and for a
    /// payment terminal they are: the firmware could not finish what it was doing.</para>
    /// <para><b>Edges.</b> No record means the first boot (count 1, nothing unexpected). A record that cannot be
    /// decoded (damaged, or written by a foreign program), or that the store cannot read back (a record file that
    /// fails the store's own check throws <see cref="IOException"/> on the ESP32), restarts the count at 1 and counts
    /// the previous run as unexpected, since an orderly shutdown cannot be proved; the new record then replaces it. A power cut during the write of <see cref="Start"/>
    /// leaves the old record (the store is atomic), so that short-lived boot is not counted at all.</para>
    /// <para><b>Layout</b> (12 bytes, version 1): 'N' 'B', version, flags (bit 0: running), boot count (4 bytes,
    /// big-endian), unexpected reboots (4 bytes, big-endian). A later version may append fields but keeps these
    /// first 12 bytes, so an older firmware still reads the counts after a downgrade.</para>
    /// <para>Not thread-safe: the owner serialises calls (boot code, then the reboot handler).</para>
    /// </remarks>
    public sealed class BootRecord
    {
        /// <summary>The name of the record in the store.</summary>
        public const string RecordName = "boot";

        /// <summary>The length in bytes of the record this version writes.</summary>
        public const int RecordLength = 12;

        /// <summary>The layout version this class writes.</summary>
        public const int CurrentVersion = 1;

        // Room for a record of a later version, which may be longer; anything longer still is not ours.
        private const int ReadRoom = 64;
        private const byte RunningFlag = 0x01;

        private readonly IRecordStore _store;
        private readonly byte[] _buffer = new byte[RecordLength];
        private readonly int _bootCount;
        private readonly int _unexpectedReboots;
        private readonly bool _previousBootUnexpected;
        private readonly bool _recordWasDamaged;
        private bool _running;

        private BootRecord(IRecordStore store, int bootCount, int unexpectedReboots, bool previousBootUnexpected, bool recordWasDamaged)
        {
            _store = store;
            _bootCount = bootCount;
            _unexpectedReboots = unexpectedReboots;
            _previousBootUnexpected = previousBootUnexpected;
            _recordWasDamaged = recordWasDamaged;
        }

        /// <summary>Gets how many times the device has booted, this boot included (1 on the first boot).</summary>
        public int BootCount
        {
            get { return _bootCount; }
        }

        /// <summary>Gets a value indicating whether the previous run ended without an orderly shutdown.</summary>
        public bool PreviousBootUnexpected
        {
            get { return _previousBootUnexpected; }
        }

        /// <summary>Gets how many runs have ended unexpectedly since the record was created, the previous one included.</summary>
        public int UnexpectedReboots
        {
            get { return _unexpectedReboots; }
        }

        /// <summary>Gets a value indicating whether the record found at boot could not be decoded (the counts restarted).</summary>
        public bool RecordWasDamaged
        {
            get { return _recordWasDamaged; }
        }

        /// <summary>Gets a value indicating whether the "running" flag is set, i.e. <see cref="MarkOrderlyShutdown"/> has not been called.</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>
        /// Reads the record left by the previous run, counts this boot and marks the device as running. Call it once
        /// per boot, before anything that may take long or fail.
        /// </summary>
        /// <param name="store">The record store; the record is named <see cref="RecordName"/>.</param>
        /// <returns>The facts about this boot.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
        /// <remarks>Never stops the boot because of the store: a record that cannot be read counts as damaged
        /// (<see cref="RecordWasDamaged"/>), and when the new record cannot be written the boot goes on with this boot's
        /// facts in memory only (the next boot then cannot tell whether this one ended unexpectedly).</remarks>
        public static BootRecord Start(IRecordStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            byte[] found = new byte[ReadRoom];
            int length;
            try
            {
                length = store.Read(RecordName, found, 0, found.Length);
            }
            catch (ArgumentException)
            {
                // Longer than any version of ours: not a boot record.
                length = -2;
            }
            catch (IOException)
            {
                // The store cannot read it back (damaged on the medium): the same as a record that does not decode. A
                // boot must not end here, or every later boot would end here too.
                length = -2;
            }

            BootRecord record;
            if (length == -1)
            {
                record = new BootRecord(store, 1, 0, false, false);
            }
            else if (IsValid(found, length))
            {
                bool wasRunning = (found[3] & RunningFlag) != 0;
                int boots = Increment(ReadInt32(found, 4), 1);
                int unexpected = Increment(ReadInt32(found, 8), wasRunning ? 1 : 0);
                record = new BootRecord(store, boots, unexpected, wasRunning, false);
            }
            else
            {
                record = new BootRecord(store, 1, 1, true, true);
            }

            try
            {
                record.Save(true);
            }
            catch (IOException)
            {
                // A terminal that cannot record its boot must still boot: its journal holds the reversals to send.
            }

            return record;
        }

        /// <summary>
        /// Records an orderly shutdown: clears the "running" flag so that the next boot does not count this run as
        /// unexpected. Does nothing when already called. Call it as the last thing before a deliberate reboot.
        /// </summary>
        /// <exception cref="System.IO.IOException">The store failed to write; the flag stays set.</exception>
        public void MarkOrderlyShutdown()
        {
            if (_running)
            {
                Save(false);
            }
        }

        private void Save(bool running)
        {
            _buffer[0] = (byte)'N';
            _buffer[1] = (byte)'B';
            _buffer[2] = CurrentVersion;
            _buffer[3] = running ? RunningFlag : (byte)0;
            WriteInt32(_buffer, 4, _bootCount);
            WriteInt32(_buffer, 8, _unexpectedReboots);
            _store.Write(RecordName, _buffer, 0, RecordLength);
            _running = running;
        }

        private static bool IsValid(byte[] data, int length)
        {
            return length >= RecordLength && data[0] == (byte)'N' && data[1] == (byte)'B' && data[2] >= CurrentVersion
                && ReadInt32(data, 4) >= 1 && ReadInt32(data, 8) >= 0;
        }

        private static int Increment(int value, int by)
        {
            // Saturate rather than wrap: a negative count would read as damaged at the next boot.
            return value > int.MaxValue - by ? int.MaxValue : value + by;
        }

        private static void WriteInt32(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        private static int ReadInt32(byte[] buffer, int offset)
        {
            return (buffer[offset] << 24) | (buffer[offset + 1] << 16) | (buffer[offset + 2] << 8) | buffer[offset + 3];
        }
    }
}
