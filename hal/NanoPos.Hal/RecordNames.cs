using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// The rule for <see cref="IRecordStore"/> record names, shared by every implementation so that a name
    /// accepted in a host test is also accepted by the flash file system on the device.
    /// </summary>
    /// <remarks>
    /// 1 to 16 characters from A-Z, a-z, 0-9, '-', '_' and '.'; the short limit and the small alphabet fit
    /// the file name limits of the flash file systems the ESP32 runtime offers, with room for a suffix
    /// that an atomic-replace implementation may add for its temporary copy.
    /// </remarks>
    public static class RecordNames
    {
        /// <summary>The longest record name in characters.</summary>
        public const int MaxLength = 16;

        /// <summary>
        /// Tells whether a name follows the rule.
        /// </summary>
        /// <param name="name">The name to check; null is invalid.</param>
        /// <returns>True when the name is valid.</returns>
        public static bool IsValid(string name)
        {
            if (name == null || name.Length < 1 || name.Length > MaxLength)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Throws when a name does not follow the rule.
        /// </summary>
        /// <param name="name">The name to check.</param>
        /// <exception cref="ArgumentException">The name is invalid; the message quotes it.</exception>
        public static void Validate(string name)
        {
            if (!IsValid(name))
            {
                throw new ArgumentException("Invalid record name '" + name + "': use 1 to 16 of A-Z a-z 0-9 - _ .");
            }
        }
    }
}
