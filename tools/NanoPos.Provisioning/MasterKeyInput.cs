using System;
using System.Collections.Generic;
using NanoPos.Security;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// The terminal master key as <c>--tmk-components</c> and <c>--tmk-kcv</c> give it, checked on the PC with the
    /// firmware's own check-value code before anything is written: a mistyped component is found here, at the desk, and
    /// not on the board's "Setup error / Bad key tmk.kcv" screen.
    /// </summary>
    /// <remarks>
    /// The components are written into the configuration record as they are (tmk.component.N, tmk.kcv), the form the
    /// firmware installs at its first boot: the key that wraps them (the device key) is made on the board from its own
    /// random numbers at that boot and never leaves it, so the PC cannot wrap them (README.md of this project).
    /// </remarks>
    internal sealed class MasterKeyInput
    {
        private MasterKeyInput(IReadOnlyList<string> components, string checkValue)
        {
            Components = components;
            CheckValue = checkValue;
        }

        /// <summary>Gets the components, 32 upper-case hex digits each.</summary>
        internal IReadOnlyList<string> Components { get; }

        /// <summary>Gets the check value, 8 upper-case hex digits.</summary>
        internal string CheckValue { get; }

        /// <summary>Reads and checks the two flags.</summary>
        /// <param name="componentsText">The value of --tmk-components, or null.</param>
        /// <param name="kcvText">The value of --tmk-kcv, or null.</param>
        /// <param name="errors">Where the errors go (no key material is ever quoted).</param>
        /// <returns>The key input, or null when none was given or an error was added.</returns>
        internal static MasterKeyInput Read(string componentsText, string kcvText, List<string> errors)
        {
            string c = ProvisionOptions.TmkComponentsFlag;
            string k = ProvisionOptions.TmkKcvFlag;
            if (componentsText == null)
            {
                if (kcvText != null)
                {
                    errors.Add(k + " needs " + c + ": the check value belongs to components.");
                }

                return null;
            }

            string[] parts = componentsText.Split(',');
            if (parts.Length > 3)
            {
                errors.Add(c + " takes 1 to 3 components separated by commas, got " + parts.Length + ".");
                return null;
            }

            var components = new List<string>();
            byte[] key = new byte[16];
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i].Trim();
                if (part.Length != 32 || !ConfigValueRules.IsHex(part))
                {
                    errors.Add(c + ": component " + (i + 1) + " must be 32 hexadecimal digits (a 16-byte component), got " + part.Length + " characters" + (ConfigValueRules.IsHex(part) ? "" : " with non-hex ones") + " (not shown).");
                    return null;
                }

                byte[] bytes = Convert.FromHexString(part);
                for (int b = 0; b < key.Length; b++)
                {
                    key[b] ^= bytes[b];
                }

                Array.Clear(bytes);
                components.Add(part.ToUpperInvariant());
            }

            try
            {
                if (kcvText == null)
                {
                    errors.Add(k + " is required with " + c + ": the 8 hex digits of the whole key's check value, as the custodians deliver it.");
                    return null;
                }

                string kcv = kcvText.Trim();
                if (kcv.Length != 8 || !ConfigValueRules.IsHex(kcv))
                {
                    errors.Add(k + " must be 8 hexadecimal digits, got '" + kcvText + "'.");
                    return null;
                }

                if (!KeyCheckValue.Matches(key, 0, key.Length, Convert.FromHexString(kcv), 0))
                {
                    errors.Add(k + " " + kcv.ToUpperInvariant() + " does not match the " + parts.Length + " component(s) of " + c
                        + ": check each component as its custodian reads it out (the board would refuse the key).");
                    return null;
                }

                return new MasterKeyInput(components, kcv.ToUpperInvariant());
            }
            finally
            {
                Array.Clear(key);
            }
        }
    }
}
