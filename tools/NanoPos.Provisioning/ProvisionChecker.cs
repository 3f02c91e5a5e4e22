using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// Checks a provisioning folder before it goes onto a board (<c>nanopos provision --check DIR</c>): every file is a
    /// complete record of the board's store, the configuration passes the firmware's own loader (with the holiday
    /// calendar) and would boot (TMK check value, technician PIN, Wi-Fi name, the CA certificate TLS needs), and the
    /// deployment JSON lists every record file and only files that exist.
    /// </summary>
    public static class ProvisionChecker
    {
        /// <summary>Checks a folder.</summary>
        /// <param name="directory">The folder <c>nanopos provision --out</c> wrote.</param>
        /// <returns>One line per problem, each naming the file or record; empty when the set is good.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
        public static IReadOnlyList<string> Check(string directory)
        {
            ArgumentNullException.ThrowIfNull(directory);
            var problems = new List<string>();
            string full = Path.GetFullPath(directory);
            if (!Directory.Exists(full))
            {
                problems.Add(directory + ": no such folder.");
                return problems;
            }

            var records = new List<string>();
            foreach (string entry in Directory.GetFileSystemEntries(full))
            {
                string name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    problems.Add(name + ": a folder; the board's store holds files only.");
                }
                else if (name == NanoffDeploymentFile.FileName)
                {
                    continue;
                }
                else if (RecordFileFormat.RecordNameOfTemp(name) != null)
                {
                    problems.Add(name + ": a temporary copy left by an interrupted write; provision again into a new folder.");
                }
                else if (!RecordNames.IsValid(name))
                {
                    problems.Add(name + ": not a record name of the board's store (1 to 16 of A-Z a-z 0-9 - _ .).");
                }
                else
                {
                    records.Add(name);
                    if (RecordFileCodec.Decode(File.ReadAllBytes(entry), out string damage) == null)
                    {
                        problems.Add(name + ": damaged: " + damage + ".");
                    }
                }
            }

            CheckConfiguration(new RecordDirectoryStore(full), records, problems);
            CheckDeployment(full, records, problems);
            return problems;
        }

        private static void CheckConfiguration(RecordDirectoryStore store, List<string> records, List<string> problems)
        {
            if (!records.Contains(TerminalConfig.RecordName))
            {
                problems.Add("config: missing; the board would stop on its configuration error screen.");
                return;
            }

            TerminalConfig config;
            try
            {
                config = TerminalConfig.Load(store);
            }
            catch (ConfigException e)
            {
                problems.Add((e.Key == HolidayRecord.RecordName ? "holidays" : "config") + ": the firmware's loader refuses it: " + e.Message + (e.Key == null ? string.Empty : " (key " + e.Key + ")"));
                return;
            }
            catch (IOException)
            {
                return; // Damaged: already reported by its trailer check.
            }

            if (config.WifiSsid == null)
            {
                problems.Add("config: wifi.ssid is missing; the board cannot join a network without it.");
            }

            if (config.TechnicianPinHash == null && !HasKey(store, "tech.pin"))
            {
                problems.Add("config: neither tech.pin nor tech.pin.hash; a board that has no stored PIN stops on 'Setup error / Bad key tech.pin'.");
            }

            if (config.MasterKeyComponentCount > 0)
            {
                byte[] deviceKey = RandomNumberGenerator.GetBytes(16);
                string refused = config.InstallMasterKey(new KeyRing(new InMemoryRecordStore(65536), deviceKey, 0));
                Array.Clear(deviceKey);
                if (refused != null)
                {
                    problems.Add("config: tmk.kcv: " + refused);
                }
            }

            if (config.UseTls)
            {
                CheckCa(store, records, problems);
            }
        }

        private static void CheckCa(RecordDirectoryStore store, List<string> records, List<string> problems)
        {
            if (!records.Contains("ca"))
            {
                problems.Add("ca: missing while config says host.tls=on; the board would stop on 'Bad key host.tls'.");
                return;
            }

            byte[] buffer = new byte[RecordFileFormat.MaxRecordBytes];
            int length;
            try
            {
                length = store.Read("ca", buffer, 0, buffer.Length);
            }
            catch (IOException)
            {
                return; // Damaged: already reported.
            }

            var errors = new List<string>();
            CaCertificateInput.Check(buffer.AsSpan(0, length).ToArray(), "ca", DateTimeOffset.UtcNow, errors, new List<string>());
            problems.AddRange(errors);
        }

        private static void CheckDeployment(string directory, List<string> records, List<string> problems)
        {
            string name = NanoffDeploymentFile.FileName;
            string path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                problems.Add(name + ": missing; nanoff --filedeployment needs it.");
                return;
            }

            NanoffDeploymentFile deployment;
            try
            {
                deployment = NanoffDeploymentFile.Read(path);
            }
            catch (JsonException e)
            {
                problems.Add(name + ": not nanoff's file deployment JSON: " + e.Message);
                return;
            }

            if (deployment.Files == null || deployment.Files.Count == 0)
            {
                problems.Add(name + ": lists no files (Files is required).");
                return;
            }

            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (NanoffDeploymentEntry entry in deployment.Files)
            {
                CheckEntry(directory, entry, listed, problems);
            }

            foreach (string record in records)
            {
                if (!listed.Contains(record))
                {
                    problems.Add(record + ": in the folder but not in " + name + "; it would not reach the board.");
                }
            }
        }

        private static void CheckEntry(string directory, NanoffDeploymentEntry entry, HashSet<string> listed, List<string> problems)
        {
            string name = NanoffDeploymentFile.FileName;
            string destination = entry.DestinationFilePath ?? string.Empty;
            string prefix = NanoffDeploymentFile.DeviceDirectory + "\\";
            string record = destination.StartsWith(prefix, StringComparison.Ordinal) ? destination.Substring(prefix.Length) : null;
            if (record == null || !RecordNames.IsValid(record))
            {
                problems.Add(name + ": destination '" + destination + "' is not a record file in " + NanoffDeploymentFile.DeviceDirectory + ", where the board's store reads.");
                return;
            }

            if (!listed.Add(record))
            {
                problems.Add(name + ": " + destination + " is listed twice.");
                return;
            }

            if (string.IsNullOrEmpty(entry.SourceFilePath))
            {
                problems.Add(name + ": " + destination + " has no source, so nanoff would delete it on the board.");
                return;
            }

            string expected = Path.Combine(directory, record);
            if (!File.Exists(entry.SourceFilePath))
            {
                problems.Add(name + ": the source of " + destination + ", " + entry.SourceFilePath + ", does not exist.");
            }
            else if (!Path.IsPathFullyQualified(entry.SourceFilePath) || !string.Equals(Path.GetFullPath(entry.SourceFilePath), expected, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                problems.Add(name + ": the source of " + destination + " is " + entry.SourceFilePath + ", not " + expected + " (the record file in this folder, by its full path).");
            }
        }

        private static bool HasKey(RecordDirectoryStore store, string key)
        {
            byte[] buffer = new byte[TerminalConfig.MaxRecordBytes];
            int length = store.Read(TerminalConfig.RecordName, buffer, 0, buffer.Length);
            foreach (string line in Encoding.UTF8.GetString(buffer, 0, length).Split('\n'))
            {
                int at = line.IndexOf('=');
                if (at > 0 && line.Substring(0, at).Trim().ToLowerInvariant() == key)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
