using System.Text;

namespace NanoPos.Hal.Host
{
    /// <summary>
    /// Maps record names to file names for <see cref="FileRecordStore"/> (see its remarks): "rec-" + the name with
    /// each upper-case letter written as '^' and its lower-case form + ".bin"; the temporary copy adds ".tmp".
    /// </summary>
    internal static class RecordFileNames
    {
        public const string TempSuffix = ".tmp";

        private const string Prefix = "rec-";
        private const string Suffix = ".bin";
        private const char UpperMark = '^';

        public static string FileNameOf(string recordName)
        {
            var builder = new StringBuilder(Prefix.Length + recordName.Length * 2 + Suffix.Length);
            builder.Append(Prefix);
            foreach (char c in recordName)
            {
                if (c >= 'A' && c <= 'Z')
                {
                    builder.Append(UpperMark).Append((char)(c - 'A' + 'a'));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.Append(Suffix).ToString();
        }

        /// <summary>Gives the record a file holds.</summary>
        /// <param name="fileName">A file name without directory.</param>
        /// <returns>The record name, or null when the file is not a record file of this store.</returns>
        public static string RecordNameOf(string fileName)
        {
            if (!fileName.StartsWith(Prefix, System.StringComparison.Ordinal) || !fileName.EndsWith(Suffix, System.StringComparison.Ordinal))
            {
                return null;
            }

            var builder = new StringBuilder();
            for (int i = Prefix.Length; i < fileName.Length - Suffix.Length; i++)
            {
                char c = fileName[i];
                if (c == UpperMark)
                {
                    if (i + 1 >= fileName.Length - Suffix.Length || fileName[i + 1] < 'a' || fileName[i + 1] > 'z')
                    {
                        return null;
                    }

                    builder.Append((char)(fileName[++i] - 'a' + 'A'));
                }
                else
                {
                    builder.Append(c);
                }
            }

            string name = builder.ToString();
            return RecordNames.IsValid(name) ? name : null;
        }

        public static bool IsTemp(string fileName)
        {
            return fileName.EndsWith(Suffix + TempSuffix, System.StringComparison.Ordinal)
                && RecordNameOf(fileName.Substring(0, fileName.Length - TempSuffix.Length)) != null;
        }
    }
}
