using System.Collections;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// Which records of an <see cref="InMemoryRecordStore"/> the medium has damaged, and how: unreadable (no bytes come
    /// back), or altered so that they fail the store's own check (the bytes come back through
    /// <see cref="IRawRecordReader.ReadRaw"/>, possibly wrong). Writing or deleting a record forgets its damage. Not
    /// thread-safe: the store calls it under its own lock.
    /// </summary>
    internal sealed class MediumDamage
    {
        private readonly Hashtable _unreadable = new Hashtable();
        private readonly Hashtable _failsCheck = new Hashtable();

        /// <summary>Marks a record unreadable.</summary>
        internal void MakeUnreadable(string name)
        {
            _unreadable[name] = name;
        }

        /// <summary>Marks a record as altered: it fails the store's check.</summary>
        internal void MarkAltered(string name)
        {
            _failsCheck[name] = name;
        }

        /// <summary>Tells whether a record cannot be read at all.</summary>
        internal bool IsUnreadable(string name)
        {
            return _unreadable.Contains(name);
        }

        /// <summary>Tells whether a record's bytes no longer pass the store's check.</summary>
        internal bool IsAltered(string name)
        {
            return _failsCheck.Contains(name);
        }

        /// <summary>Forgets a record's damage: it was written again or deleted.</summary>
        internal void Forget(string name)
        {
            _unreadable.Remove(name);
            _failsCheck.Remove(name);
        }
    }
}
