using System;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The boot's key and secret steps, before the engine exists: the device key (made on the first boot), the key ring
    /// over it, the provisioned TMK installed, and the configuration's clear secrets moved into wrapped records, after
    /// which the configuration record is rewritten without them.
    /// </summary>
    internal static class KeyProvisioning
    {
        /// <summary>Opens the key ring and moves every provisioned secret out of the configuration.</summary>
        /// <param name="store">The record store.</param>
        /// <param name="config">The configuration as loaded (its clear secrets are wiped here).</param>
        /// <param name="entropy">The source of a new device key and of the PIN hash's salt.</param>
        /// <returns>The key ring, the TMK installed if one was provisioned.</returns>
        /// <exception cref="ConfigException">The TMK components do not match tmk.kcv (nothing installed), or there is no
        /// usable technician PIN (tech.pin).</exception>
        /// <exception cref="System.IO.IOException">The device key or a secret could not be stored.</exception>
        internal static KeyRing Open(IRecordStore store, TerminalConfig config, Random entropy)
        {
            KeyRing keys;
            byte[] deviceKey = DeviceKeyRecord.LoadOrCreate(store, entropy);
            try
            {
                keys = new KeyRing(store, deviceKey, 0);
            }
            finally
            {
                Array.Clear(deviceKey, 0, deviceKey.Length);
            }

            string refused = config.InstallMasterKey(keys);
            if (refused != null)
            {
                // Wrong components or check value: nothing was installed, and the record keeps them so the technician
                // sees which key to provision again (the boot logs the message and shows the key).
                throw new ConfigException(false, "tmk.kcv", refused);
            }

            // The technician PIN is hashed with a fresh salt, and that hash and the Wi-Fi password are wrapped in their
            // own records, so that from now on neither is readable at rest (a power cut before the save only repeats
            // this). Without a PIN in the record the stored hash is read: none, or a damaged one, is a configuration
            // error naming tech.pin, never an open technician menu.
            bool rewrite = config.ProtectSecrets(keys, entropy);
            rewrite |= keys.HasMasterKey && config.HadMasterKeyComponents;
            if (config.Secrets.SupervisorPinDamaged)
            {
                // Not a reason to stop the boot (sales need no supervisor PIN); refunds are refused until it is provisioned
                // again. The record's name only, never its content.
                System.Diagnostics.Debug.WriteLine("nanoPos: the stored supervisor PIN (record " + TerminalSecrets.SupervisorPinRecord
                    + ") is damaged or was wrapped by another device: refunds are refused; provision supervisor.pin again.");
            }

            if (rewrite && store.Exists(TerminalConfig.RecordName))
            {
                // Installed or wrapped: the provisioned secrets leave the configuration record now.
                config.Save(store);
            }

            return keys;
        }
    }
}
