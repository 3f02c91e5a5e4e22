using System;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The provisioned configuration is missing or invalid. <see cref="Key"/> names the key at fault, so the error
    /// screen can tell the technician what to fix.
    /// </summary>
    public class ConfigException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="missing">True when there is no configuration record at all.</param>
        /// <param name="key">The missing or invalid key ("line 7" for a line that is not key=value), or null.</param>
        /// <param name="message">What is wrong, in one English sentence for the log.</param>
        public ConfigException(bool missing, string key, string message)
            : base(message)
        {
            Missing = missing;
            Key = key;
        }

        /// <summary>Gets a value indicating whether there is no configuration at all.</summary>
        public bool Missing { get; }

        /// <summary>Gets the key at fault, or null.</summary>
        public string Key { get; }
    }
}
