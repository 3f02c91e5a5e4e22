using System.Globalization;
using System.Net;
using System.Text;
using NanoPos.Ui.Text;
using NanoPos.Ui;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// The checks of the single values of <see cref="ProvisionOptions"/>, in the words of their flags. They apply the
    /// firmware's rules (firmware/NanoPos.Terminal/README.md) and a few the board adds (a WPA2 passphrase's length, a
    /// host the board can reach); the firmware's own parser then reads the whole text as a last check
    /// (<see cref="ProvisionPlan.Create"/>). Each returns null when the value is good, else the error; an error about
    /// a secret never quotes it.
    /// </summary>
    internal static class ConfigValueRules
    {
        internal static string Fixed(string flag, string value, int length)
        {
            if (value.Length != length)
            {
                return flag + " must be " + length + " characters, got '" + value + "' (" + value.Length + ").";
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < ' ' || value[i] > '~')
                {
                    return flag + " must be printable ASCII, got '" + value + "'.";
                }
            }

            return value.Trim() != value ? flag + " must not begin or end with a space (the configuration text drops them), got '" + value + "'." : null;
        }

        internal static string MerchantName(string flag, string value)
        {
            if (value.Length < 1 || value.Length > 32)
            {
                return flag + " must be 1 to 32 characters, got " + value.Length + ".";
            }

            if (value.Trim() != value)
            {
                return flag + " must not begin or end with a space (the configuration text drops them), got '" + value + "'.";
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (!Glyphs.HasGlyph(value[i]))
                {
                    return flag + " has '" + value[i] + "' (U+" + ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture) + "), which the terminal's display has no glyph for.";
                }
            }

            return null;
        }

        internal static string Host(string flag, string value, out string address, out int port)
        {
            address = null;
            port = 0;
            int colon = value.LastIndexOf(':');
            if (colon < 1 || colon == value.Length - 1)
            {
                return flag + " must be HOST:PORT (an IPv4 address or DNS name, a colon, a TCP port), got '" + value + "'.";
            }

            string host = value.Substring(0, colon);
            string portText = value.Substring(colon + 1);
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port < 1 || port > 65535)
            {
                return flag + " port must be 1 to 65535, got '" + portText + "'.";
            }

            if (host.Contains(':') || host.StartsWith('['))
            {
                return flag + " must name an IPv4 address or a DNS name (the terminal's link has no IPv6), got '" + host + "'.";
            }

            if (host.Length > 64)
            {
                return flag + " host must be at most 64 characters, got " + host.Length + ".";
            }

            bool dotted = IsDottedNumbers(host);
            if (dotted && !IPAddress.TryParse(host, out _))
            {
                return flag + " '" + host + "' is not an IPv4 address (four numbers 0 to 255).";
            }

            if (!dotted && !IsDnsName(host))
            {
                return flag + " '" + host + "' is neither an IPv4 address nor a DNS name (letters, digits, '-' and '.').";
            }

            string lower = host.ToLowerInvariant();
            if (lower == "localhost" || lower.StartsWith("127.", System.StringComparison.Ordinal) || lower == "0.0.0.0")
            {
                return flag + " '" + host + "' would be the terminal itself: give the acquirer's address as the board sees it on the network (for host-sim, the PC's LAN address).";
            }

            address = host;
            return null;
        }

        internal static string Ssid(string flag, string value)
        {
            int bytes = Encoding.UTF8.GetByteCount(value);
            if (value.Length < 1 || bytes > 32 || value.Length > 32)
            {
                return flag + " must be 1 to 32 bytes (UTF-8), got " + bytes + ".";
            }

            foreach (char c in value)
            {
                if (c < ' ')
                {
                    return flag + " holds a control character.";
                }
            }

            return value.Trim() != value ? flag + " must not begin or end with a space (the configuration text drops them)." : null;
        }

        internal static string WifiPassword(string flag, string value)
        {
            foreach (char c in value)
            {
                if (c < ' ' || c > '~')
                {
                    return flag + " must be printable ASCII (the value is not shown).";
                }
            }

            if (value.Trim() != value)
            {
                return flag + " must not begin or end with a space (the configuration text drops them; the value is not shown).";
            }

            bool hexKey = value.Length == 64 && IsHex(value);
            if (!hexKey && (value.Length < 8 || value.Length > 63))
            {
                return flag + " must be a WPA2 passphrase of 8 to 63 characters or a key of 64 hex digits, got " + value.Length + " characters (leave the flag out for an open network).";
            }

            return null;
        }

        internal static string Pin(string flag, string value)
        {
            if (value.Length < 4 || value.Length > 8 || !IsDigits(value))
            {
                return flag + " must be 4 to 8 digits, got " + value.Length + " characters" + (IsDigits(value) ? "" : " that are not all digits") + " (the value is not shown).";
            }

            return null;
        }

        internal static bool IsHex(string value)
        {
            foreach (char c in value)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return value.Length > 0;
        }

        internal static bool IsDigits(string value)
        {
            foreach (char c in value)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return value.Length > 0;
        }

        private static bool IsDottedNumbers(string host)
        {
            foreach (char c in host)
            {
                if (c != '.' && (c < '0' || c > '9'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDnsName(string host)
        {
            foreach (string label in host.Split('.'))
            {
                if (label.Length < 1 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return false;
                }

                foreach (char c in label)
                {
                    if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
