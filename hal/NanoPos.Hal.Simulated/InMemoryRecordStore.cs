using System;
using System.Collections;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// An <see cref="IRecordStore"/> in RAM with power-cut injection, for tests and the power-cut campaign.
    /// </summary>
    /// <remarks>
    /// <para>A durable write is a <see cref="Write"/>, or a <see cref="Delete"/> of a record that exists (on flash a
    /// delete is a write too). Faults are armed by counting durable writes from the moment they are armed:
    /// n = 1 is the very next one. Only one fault is armed at a time; arming again replaces it.</para>
    /// <para>When a fault fires, the store throws <see cref="PowerCutException"/> and stays powered down: every
    /// further call throws the same exception until <see cref="PowerUp"/>, just as a switched-off device makes
    /// no further writes. Code that swallowed the exception and kept writing would otherwise hide a bug.</para>
    /// <para>Three medium faults model a flash driver's errors without a power cut: <see cref="FailWriteAt"/> makes one
    /// durable write throw <see cref="IOException"/> (the old record stays, the store keeps working);
    /// <see cref="Damage"/> makes a record unreadable (both reads throw <see cref="IOException"/>); and
    /// <see cref="FlipBit"/> alters one bit of a stored record, which then fails the store's check, as the ESP32 store's
    /// trailer CRC does: <see cref="Read"/> throws, <see cref="ReadRaw"/> hands over the altered bytes.</para>
    /// <para>Thread-safe, as <see cref="IRecordStore"/> requires: every member takes one lock (the engine's worker
    /// thread and the UI thread write to the same store).</para>
    /// </remarks>
    public sealed class InMemoryRecordStore : IRecordStore, IRawRecordReader
    {
        /// <summary>The capacity in bytes of a store created with the parameterless constructor (64 KB).</summary>
        public const int DefaultCapacityBytes = 65536;

        private readonly Hashtable _records = new Hashtable();
        private readonly MediumDamage _damage = new MediumDamage();
        private readonly ArmedWriteFault _fault = new ArmedWriteFault();
        private readonly object _sync = new object();
        private readonly long _capacityBytes;
        private long _usedBytes;
        private int _durableWrites;
        private long _bytesWritten;
        private bool _poweredDown;

        /// <summary>
        /// Creates an empty store of <see cref="DefaultCapacityBytes"/>.
        /// </summary>
        public InMemoryRecordStore()
            : this(DefaultCapacityBytes)
        {
        }

        /// <summary>
        /// Creates an empty store.
        /// </summary>
        /// <param name="capacityBytes">The total record data the store can hold, in bytes (1 or more).</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacityBytes"/> is less than 1.</exception>
        public InMemoryRecordStore(long capacityBytes)
        {
            if (capacityBytes < 1)
            {
                throw new ArgumentOutOfRangeException("capacityBytes");
            }

            _capacityBytes = capacityBytes;
        }

        /// <summary>Gets the capacity minus the bytes of all stored records.</summary>
        public long FreeBytes
        {
            get
            {
                lock (_sync)
                {
                    ThrowIfPoweredDown();
                    return _capacityBytes - _usedBytes;
                }
            }
        }

        /// <summary>Gets the number of durable writes that completed since creation or <see cref="ResetCounters"/>
        /// (an interrupted write is not counted). Running a flow once and reading this tells a power-cut
        /// campaign how many cut points the flow has.</summary>
        public int DurableWrites
        {
            get
            {
                lock (_sync)
                {
                    return _durableWrites;
                }
            }
        }

        /// <summary>Gets the record bytes that reached the store since creation or <see cref="ResetCounters"/>,
        /// including the prefix a torn write left.</summary>
        public long BytesWritten
        {
            get
            {
                lock (_sync)
                {
                    return _bytesWritten;
                }
            }
        }

        /// <summary>Gets the number of records stored.</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    return _records.Count;
                }
            }
        }

        /// <summary>Gets a value indicating whether an injected power cut has happened and <see cref="PowerUp"/> has not been called yet.</summary>
        public bool IsPoweredDown
        {
            get
            {
                lock (_sync)
                {
                    return _poweredDown;
                }
            }
        }

        /// <summary>
        /// Arms a clean power cut: the n-th durable write from now throws <see cref="PowerCutException"/> and
        /// changes nothing, so the old record (or its absence) is intact, as the contract promises.
        /// </summary>
        /// <param name="n">Which durable write to interrupt, 1 for the next one.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
        public void CutPowerAtWrite(int n)
        {
            Arm(n, -1, false);
        }

        /// <summary>
        /// Arms a medium error: the n-th durable write (or delete) from now throws <see cref="IOException"/> and changes
        /// nothing, and the store keeps working (no power cut), as a flash driver reports a failed write.
        /// </summary>
        /// <param name="n">Which durable write fails, 1 for the next one.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
        public void FailWriteAt(int n)
        {
            Arm(n, -1, true);
        }

        /// <summary>
        /// Damages a stored record on the medium so that no byte of it can be read: both reads throw
        /// <see cref="IOException"/> until it is written again or deleted.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        public void Damage(string name)
        {
            RecordNames.Validate(name);
            lock (_sync)
            {
                _damage.MakeUnreadable(name);
            }
        }

        /// <summary>
        /// Flips one bit of a stored record, as a flash cell losing its charge would: the record then fails the store's
        /// check (<see cref="Read"/> throws <see cref="IOException"/>) and <see cref="ReadRaw"/> returns the altered bytes,
        /// until it is written again or deleted. Not a durable write.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <param name="bitIndex">The bit to flip, 0 to 8 x length - 1 (bit 0 is the lowest bit of byte 0).</param>
        /// <returns>True when the record exists and the bit was flipped.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="bitIndex"/> lies outside the record.</exception>
        public bool FlipBit(string name, int bitIndex)
        {
            RecordNames.Validate(name);
            lock (_sync)
            {
                byte[] record = (byte[])_records[name];
                if (record == null)
                {
                    return false;
                }

                if (bitIndex < 0 || bitIndex >= record.Length * 8)
                {
                    throw new ArgumentOutOfRangeException("bitIndex");
                }

                record[bitIndex / 8] ^= (byte)(1 << (bitIndex % 8));
                _damage.MarkAltered(name);
                return true;
            }
        }

        /// <summary>
        /// Arms a torn write: the n-th durable write from now stores only the first
        /// <paramref name="prefixBytes"/> bytes of its data in place of the old record, then the power is cut
        /// (<see cref="PowerCutException"/>).
        /// </summary>
        /// <remarks>
        /// This breaks the <see cref="IRecordStore"/> promise on purpose: the torn state is what a store WITHOUT
        /// atomic writes would leave (a file truncated and half rewritten). It exists to prove that the journal
        /// detects torn tails by its checksums and drops them. A tear that falls on a delete acts as a clean cut.
        /// </remarks>
        /// <param name="n">Which durable write to tear, 1 for the next one.</param>
        /// <param name="prefixBytes">The bytes kept, 0 or more; a value beyond the write's length keeps all of it.</param>
        /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
        public void TearWriteAt(int n, int prefixBytes)
        {
            if (prefixBytes < 0)
            {
                throw new ArgumentOutOfRangeException("prefixBytes");
            }

            Arm(n, prefixBytes, false);
        }

        /// <summary>
        /// Disarms a fault that has not fired yet.
        /// </summary>
        public void ClearFault()
        {
            lock (_sync)
            {
                _fault.Disarm();
            }
        }

        /// <summary>
        /// Restores power after an injected cut: the records stay as the cut left them and calls work again.
        /// </summary>
        public void PowerUp()
        {
            lock (_sync)
            {
                _poweredDown = false;
            }
        }

        /// <summary>
        /// Sets <see cref="DurableWrites"/> and <see cref="BytesWritten"/> back to 0.
        /// </summary>
        public void ResetCounters()
        {
            lock (_sync)
            {
                _durableWrites = 0;
                _bytesWritten = 0;
            }
        }

        /// <summary>
        /// Stores a copy of the data as the record, unless an armed fault fires (see the class remarks).
        /// </summary>
        /// <param name="name">The record name (see <see cref="RecordNames"/>).</param>
        /// <param name="data">The buffer holding the new content.</param>
        /// <param name="offset">The index of the first byte of the content.</param>
        /// <param name="count">The length of the content in bytes.</param>
        /// <exception cref="ArgumentException">The name is invalid or the range lies outside the buffer.</exception>
        /// <exception cref="IOException">The record does not fit in the free space, or an armed medium error fired; nothing changed.</exception>
        /// <exception cref="PowerCutException">An injected power cut interrupted the write.</exception>
        public void Write(string name, byte[] data, int offset, int count)
        {
            lock (_sync)
            {
                WriteLocked(name, data, offset, count);
            }
        }

        /// <summary>
        /// Copies a record into a caller buffer.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from offset.</param>
        /// <returns>The record length in bytes, or -1 when no record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is longer than count.</exception>
        /// <exception cref="IOException">The record was damaged with <see cref="Damage"/>.</exception>
        /// <exception cref="PowerCutException">The store is powered down.</exception>
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                ThrowIfPoweredDown();
                RecordNames.Validate(name);
                CheckRange(buffer, offset, count);
                byte[] record = (byte[])_records[name];
                if (record == null)
                {
                    return -1;
                }

                if (_damage.IsUnreadable(name) || _damage.IsAltered(name))
                {
                    throw new IOException("Record '" + name + "' is damaged on the medium.");
                }

                return CopyOut(name, record, buffer, offset, count);
            }
        }

        /// <summary>
        /// Copies a record as stored into a caller buffer, also when it fails the store's check (see <see cref="FlipBit"/>).
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <param name="buffer">The buffer to fill.</param>
        /// <param name="offset">The index at which the content is placed.</param>
        /// <param name="count">The room in bytes from offset.</param>
        /// <param name="verified">False when the record was altered by <see cref="FlipBit"/>.</param>
        /// <returns>The record length in bytes, or -1 when no record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid, the range lies outside the buffer or the record is longer than count.</exception>
        /// <exception cref="IOException">The record was made unreadable with <see cref="Damage"/>.</exception>
        /// <exception cref="PowerCutException">The store is powered down.</exception>
        public int ReadRaw(string name, byte[] buffer, int offset, int count, out bool verified)
        {
            lock (_sync)
            {
                ThrowIfPoweredDown();
                RecordNames.Validate(name);
                CheckRange(buffer, offset, count);
                verified = true;
                byte[] record = (byte[])_records[name];
                if (record == null)
                {
                    return -1;
                }

                if (_damage.IsUnreadable(name))
                {
                    throw new IOException("Record '" + name + "' is damaged on the medium.");
                }

                verified = !_damage.IsAltered(name);
                return CopyOut(name, record, buffer, offset, count);
            }
        }

        /// <summary>
        /// Tells whether a record exists.
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record has that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        /// <exception cref="PowerCutException">The store is powered down.</exception>
        public bool Exists(string name)
        {
            lock (_sync)
            {
                ThrowIfPoweredDown();
                RecordNames.Validate(name);
                return _records.Contains(name);
            }
        }

        /// <summary>
        /// Removes a record, unless an armed fault fires (the record is then kept).
        /// </summary>
        /// <param name="name">The record name.</param>
        /// <returns>True when a record was removed; false when none had that name.</returns>
        /// <exception cref="ArgumentException">The name is invalid.</exception>
        /// <exception cref="IOException">An armed medium error fired; the record is kept.</exception>
        /// <exception cref="PowerCutException">An injected power cut interrupted the delete, or the store is powered down.</exception>
        public bool Delete(string name)
        {
            lock (_sync)
            {
                ThrowIfPoweredDown();
                RecordNames.Validate(name);
                byte[] old = (byte[])_records[name];
                if (old == null)
                {
                    return false;
                }

                if (_fault.FiresNow())
                {
                    if (_fault.IsMediumError)
                    {
                        _fault.Disarm();
                        throw new IOException("Medium error while deleting record '" + name + "'; the record is kept.");
                    }

                    _poweredDown = true;
                    _fault.Disarm();
                    throw new PowerCutException("Power cut while deleting record '" + name + "'.");
                }

                _records.Remove(name);
                _damage.Forget(name);
                _usedBytes -= old.Length;
                _durableWrites++;
                return true;
            }
        }

        private void WriteLocked(string name, byte[] data, int offset, int count)
        {
            ThrowIfPoweredDown();
            RecordNames.Validate(name);
            CheckRange(data, offset, count);
            byte[] old = (byte[])_records[name];
            long oldLength = old == null ? 0 : old.Length;
            if (_usedBytes - oldLength + count > _capacityBytes)
            {
                // Not a durable write: nothing reaches the medium, so an armed fault keeps waiting.
                throw new IOException("Record store full: '" + name + "' needs " + count + " bytes, " + (_capacityBytes - _usedBytes + oldLength) + " available.");
            }

            if (_fault.FiresNow())
            {
                if (_fault.IsMediumError)
                {
                    _fault.Disarm();
                    throw new IOException("Medium error while writing record '" + name + "'; the old record is unchanged.");
                }

                if (_fault.TearPrefixBytes >= 0)
                {
                    int kept = _fault.TearPrefixBytes < count ? _fault.TearPrefixBytes : count;
                    Store(name, data, offset, kept, oldLength);
                    _bytesWritten += kept;
                }

                _poweredDown = true;
                _fault.Disarm();
                throw new PowerCutException("Power cut while writing record '" + name + "'.");
            }

            Store(name, data, offset, count, oldLength);
            _bytesWritten += count;
            _durableWrites++;
        }

        private void Arm(int n, int tearPrefixBytes, bool mediumError)
        {
            if (n < 1)
            {
                throw new ArgumentOutOfRangeException("n");
            }

            lock (_sync)
            {
                _fault.Arm(n, tearPrefixBytes, mediumError);
            }
        }

        private static int CopyOut(string name, byte[] record, byte[] buffer, int offset, int count)
        {
            if (record.Length > count)
            {
                throw new ArgumentException("Record '" + name + "' has " + record.Length + " bytes; the buffer has room for " + count + ".");
            }

            Array.Copy(record, 0, buffer, offset, record.Length);
            return record.Length;
        }

        private void Store(string name, byte[] data, int offset, int count, long oldLength)
        {
            // A private copy: the caller reuses its buffer, the store must not see those later changes.
            byte[] copy = new byte[count];
            Array.Copy(data, offset, copy, 0, count);
            _records[name] = copy;
            _damage.Forget(name);
            _usedBytes += count - oldLength;
        }

        private void ThrowIfPoweredDown()
        {
            if (_poweredDown)
            {
                throw new PowerCutException("The record store is powered down after an injected power cut; call PowerUp first.");
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentException("The range (offset " + offset + ", count " + count + ") lies outside a buffer of " + buffer.Length + " bytes.");
            }
        }
    }
}
