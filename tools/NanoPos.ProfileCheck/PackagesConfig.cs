using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace NanoPos.ProfileCheck
{
    /// <summary>The packages a device project pins in its packages.config (id → version).</summary>
    public sealed class PackagesConfig
    {
        private PackagesConfig(string path, IReadOnlyList<PackagesConfigEntry> entries)
        {
            Path = path;
            Entries = entries;
        }

        /// <summary>Gets the path of the file that was read.</summary>
        public string Path { get; }

        /// <summary>Gets the pinned packages in file order.</summary>
        public IReadOnlyList<PackagesConfigEntry> Entries { get; }

        /// <summary>Reads a packages.config; a missing file gives an empty list (the caller reports it).</summary>
        public static PackagesConfig Load(string path)
        {
            var entries = new List<PackagesConfigEntry>();
            if (File.Exists(path))
            {
                foreach (XElement p in XDocument.Load(path, LoadOptions.SetLineInfo).Root.Elements("package"))
                {
                    entries.Add(new PackagesConfigEntry(
                        (string)p.Attribute("id") ?? string.Empty,
                        (string)p.Attribute("version") ?? string.Empty,
                        ((System.Xml.IXmlLineInfo)p).LineNumber));
                }
            }

            return new PackagesConfig(path, entries);
        }

        /// <summary>Finds the entry for a package id (case-insensitive, as NuGet compares ids), or null.</summary>
        public PackagesConfigEntry Find(string id)
        {
            foreach (PackagesConfigEntry e in Entries)
            {
                if (string.Equals(e.Id, id, System.StringComparison.OrdinalIgnoreCase))
                {
                    return e;
                }
            }

            return null;
        }
    }
}
