using System;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// A firmware version major.minor.patch. Field technicians compare it before and after an update, and the
    /// health report sends it to the fleet.
    /// </summary>
    /// <remarks>
    /// <see cref="Current"/> is the one place where the firmware's own version is written; everything else
    /// (banner, device info, health report) reads it from there.
    /// </remarks>
    public sealed class FirmwareVersion : IComparable
    {
        private static readonly FirmwareVersion s_current = new FirmwareVersion(0, 1, 0);

        private readonly int _major;
        private readonly int _minor;
        private readonly int _patch;

        /// <summary>
        /// Creates a version.
        /// </summary>
        /// <param name="major">The major number, 0 or more (incompatible changes, e.g. of the journal format).</param>
        /// <param name="minor">The minor number, 0 or more (new features).</param>
        /// <param name="patch">The patch number, 0 or more (fixes).</param>
        /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
        public FirmwareVersion(int major, int minor, int patch)
        {
            if (major < 0)
            {
                throw new ArgumentOutOfRangeException("major");
            }

            if (minor < 0)
            {
                throw new ArgumentOutOfRangeException("minor");
            }

            if (patch < 0)
            {
                throw new ArgumentOutOfRangeException("patch");
            }

            _major = major;
            _minor = minor;
            _patch = patch;
        }

        /// <summary>Gets the version of this firmware build, 0.1.0; the only place it is written.</summary>
        public static FirmwareVersion Current
        {
            get { return s_current; }
        }

        /// <summary>Gets the major number.</summary>
        public int Major
        {
            get { return _major; }
        }

        /// <summary>Gets the minor number.</summary>
        public int Minor
        {
            get { return _minor; }
        }

        /// <summary>Gets the patch number.</summary>
        public int Patch
        {
            get { return _patch; }
        }

        /// <summary>
        /// Parses "major.minor.patch": three groups of 1 to 9 decimal digits separated by single dots, with
        /// nothing else (no spaces, signs, "v" prefix or fourth number).
        /// </summary>
        /// <param name="text">The text, e.g. "1.2.3".</param>
        /// <returns>The version.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is not in that form; the message quotes it and says what is wrong.</exception>
        public static FirmwareVersion Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            FirmwareVersion version;
            string problem = TryParseCore(text, out version);
            if (problem != null)
            {
                throw new FormatException("Firmware version '" + text + "' is not major.minor.patch: " + problem + ".");
            }

            return version;
        }

        /// <summary>
        /// Parses "major.minor.patch" without throwing (same rules as <see cref="Parse"/>).
        /// </summary>
        /// <param name="text">The text; null is not a version.</param>
        /// <param name="version">The version, or null when the text is not one.</param>
        /// <returns>True when the text is a version.</returns>
        public static bool TryParse(string text, out FirmwareVersion version)
        {
            if (text == null)
            {
                version = null;
                return false;
            }

            return TryParseCore(text, out version) == null;
        }

        /// <summary>
        /// Compares two versions, either of which may be null (null sorts first).
        /// </summary>
        /// <param name="a">The first version.</param>
        /// <param name="b">The second version.</param>
        /// <returns>Less than 0 when a is older, 0 when equal, more than 0 when a is newer.</returns>
        public static int Compare(FirmwareVersion a, FirmwareVersion b)
        {
            if (ReferenceEquals(a, b))
            {
                return 0;
            }

            if (a == null)
            {
                return -1;
            }

            return a.CompareTo(b);
        }

        /// <summary>
        /// Compares with another version: major first, then minor, then patch.
        /// </summary>
        /// <param name="other">The other version; null sorts before any version.</param>
        /// <returns>Less than 0 when this is older, 0 when equal, more than 0 when this is newer.</returns>
        public int CompareTo(FirmwareVersion other)
        {
            if (other == null)
            {
                return 1;
            }

            if (_major != other._major)
            {
                return _major < other._major ? -1 : 1;
            }

            if (_minor != other._minor)
            {
                return _minor < other._minor ? -1 : 1;
            }

            if (_patch != other._patch)
            {
                return _patch < other._patch ? -1 : 1;
            }

            return 0;
        }

        /// <summary>
        /// Compares with another object, which must be a <see cref="FirmwareVersion"/> or null.
        /// </summary>
        /// <param name="obj">The other object.</param>
        /// <returns>Less than 0 when this is older, 0 when equal, more than 0 when this is newer.</returns>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is not a FirmwareVersion.</exception>
        public int CompareTo(object obj)
        {
            if (obj != null && !(obj is FirmwareVersion))
            {
                throw new ArgumentException("A FirmwareVersion can only be compared with another FirmwareVersion.");
            }

            return CompareTo((FirmwareVersion)obj);
        }

        /// <summary>
        /// Tells whether another object is the same version.
        /// </summary>
        /// <param name="obj">The other object.</param>
        /// <returns>True when it is a FirmwareVersion with the same three numbers.</returns>
        public override bool Equals(object obj)
        {
            FirmwareVersion other = obj as FirmwareVersion;
            return other != null && CompareTo(other) == 0;
        }

        /// <summary>
        /// Gets a hash code consistent with <see cref="Equals(object)"/>.
        /// </summary>
        /// <returns>The hash code.</returns>
        public override int GetHashCode()
        {
            return (_major * 1000003) ^ (_minor * 1009) ^ _patch;
        }

        /// <summary>
        /// Formats the version as "major.minor.patch".
        /// </summary>
        /// <returns>The text, e.g. "0.1.0".</returns>
        public override string ToString()
        {
            return _major.ToString() + "." + _minor.ToString() + "." + _patch.ToString();
        }

        // Returns null and the version on success, or what is wrong. Parsed by hand so that every device
        // runtime accepts exactly the same texts (no culture, sign or whitespace rules of int.Parse).
        private static string TryParseCore(string text, out FirmwareVersion version)
        {
            version = null;
            int[] parts = new int[3];
            int part = 0;
            int digits = 0;
            int value = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '.')
                {
                    if (digits == 0)
                    {
                        return "number " + (part + 1) + " is empty";
                    }

                    if (part == 3)
                    {
                        return "it has more than three numbers";
                    }

                    parts[part++] = value;
                    digits = 0;
                    value = 0;
                    continue;
                }

                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return "'" + c + "' at position " + i + " is not a digit or a dot";
                }

                if (digits == 9)
                {
                    return "number " + (part + 1) + " has more than 9 digits";
                }

                value = (value * 10) + (c - '0');
                digits++;
            }

            if (part != 3)
            {
                return "it has " + part + " numbers instead of three";
            }

            version = new FirmwareVersion(parts[0], parts[1], parts[2]);
            return null;
        }
    }
}
