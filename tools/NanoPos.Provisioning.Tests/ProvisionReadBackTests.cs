using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Transactions;
using NanoPos.Ui;
using NanoPos.Ui.Messages;
using Xunit;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>
    /// What `nanopos provision` writes, read back the way the board reads it: the files through a store over the folder,
    /// the configuration through the firmware's own loader (TerminalConfig.Load, the holiday calendar with it), the master
    /// key and the secrets through the first boot's own steps (KeyRing.InstallMasterKey, ProtectSecrets).
    /// </summary>
    public class ProvisionReadBackTests
    {
        [Fact]
        public void TheFirmwaresLoaderReadsBackEveryProvisionedValue()
        {
            using var fixture = new ProvisionFixture();
            var flags = fixture.Flags();
            flags["--set"] = "timeout.response=45|settlement.days=2";
            var (exit, output, error) = ProvisionFixture.Provision(ProvisionFixture.Arguments(flags));
            Assert.True(exit == 0, error);
            Assert.Contains("3 record(s) for terminal TERM0001", output);

            var store = new RecordDirectoryStore(fixture.OutputDirectory);
            TerminalConfig config = TerminalConfig.Load(store);
            Assert.Equal("TERM0001", config.TerminalId);
            Assert.Equal("123456789012345", config.MerchantId);
            Assert.Equal("NANOPOS DEMO", config.MerchantName);
            Assert.Equal("192.168.1.20", config.HostAddress);
            Assert.Equal(5800, config.HostPort);
            Assert.True(config.UseTls);
            Assert.Equal("acquirer.nanopos.test", config.TlsHostName);
            Assert.Equal("shop-wifi", config.WifiSsid);
            Assert.Equal(Language.Chinese, config.Language);
            Assert.Equal(45, config.ResponseTimeoutSeconds);
            Assert.Equal(2, config.SettlementDays);
            Assert.Equal(2, config.MasterKeyComponentCount);

            // The provisioned calendar replaced the built-in 2026 one.
            Assert.True(config.Holidays.Covers(2027));
            Assert.False(config.Holidays.Covers(2026));
            Assert.True(config.Holidays.IsHoliday(new DateTime(2027, 2, 8)));
            Assert.True(config.Holidays.IsWorkday(new DateTime(2027, 1, 9)));

            // The first boot's key steps on a board store: the TMK is accepted against its check value, the PINs hashed
            // on the PC match what a technician and a supervisor type, the Wi-Fi password reaches the link driver.
            var board = new InMemoryRecordStore(65536);
            var keys = new KeyRing(board, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, 0);
            Assert.Null(config.InstallMasterKey(keys));
            Assert.True(keys.HasMasterKey);
            config.ProtectSecrets(keys, new Random(7));
            Assert.True(config.TechnicianPinHash.Matches("2468".ToCharArray(), 0, 4));
            Assert.False(config.TechnicianPinHash.Matches("2469".ToCharArray(), 0, 4));
            Assert.True(config.SupervisorPinHash.Matches("1357".ToCharArray(), 0, 4));
            byte[] password = new byte[config.WifiPassword.MaxLength];
            int length = config.WifiPassword.CopyTo(password, 0);
            Assert.Equal(ProvisionFixture.WifiPassword, Encoding.ASCII.GetString(password, 0, length));

            // The CA certificate is stored as given, for the board's loader to parse.
            byte[] ca = new byte[2048];
            int caLength = store.Read("ca", ca, 0, ca.Length);
            Assert.Equal(File.ReadAllBytes(fixture.CaFile), ca.Take(caLength).ToArray());
        }

        [Fact]
        public void NoPinIsWrittenInClear()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            string text = ReadConfig(fixture.OutputDirectory);
            string[] keys = text.Split('\n').Where(l => l.Contains('=') && !l.StartsWith('#')).Select(l => l.Substring(0, l.IndexOf('='))).ToArray();
            Assert.Contains("tech.pin.hash", keys);
            Assert.Contains("supervisor.pin.hash", keys);
            Assert.DoesNotContain("tech.pin", keys);
            Assert.DoesNotContain("supervisor.pin", keys);
        }

        [Fact]
        public void EachRecordFileIsTheContentThenItsLengthAndCrc32BigEndian()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            Assert.Equal(new[] { "ca", "config", "holidays", NanoffDeploymentFile.FileName },
                Directory.GetFiles(fixture.OutputDirectory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            foreach (string name in new[] { "config", "ca", "holidays" })
            {
                byte[] file = File.ReadAllBytes(Path.Combine(fixture.OutputDirectory, name));
                int length = file.Length - 8;
                Assert.Equal((uint)length, BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(length, 4)));

                // The CRC covers the content and the 4 length bytes (an independent CRC-32, not the firmware's).
                uint crc = System.IO.Hashing.Crc32.HashToUInt32(file.AsSpan(0, length + 4));
                Assert.Equal(crc, BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(length + 4, 4)));
            }

            Assert.StartsWith("terminal.id=TERM0001", ReadConfig(fixture.OutputDirectory).Split('\n').First(l => !l.StartsWith('#')));
        }

        [Fact]
        public void TheDeploymentJsonListsEveryRecordWhereTheBoardsStoreReadsIt()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.OutputDirectory, NanoffDeploymentFile.FileName)));
            Assert.Equal("/dev/ttyUSB0", json.RootElement.GetProperty("SerialPort").GetString());
            var files = json.RootElement.GetProperty("Files").EnumerateArray().ToList();
            Assert.Equal(new[] { "I:\\nanopos\\config", "I:\\nanopos\\ca", "I:\\nanopos\\holidays" }, files.Select(f => f.GetProperty("DestinationFilePath").GetString()).ToArray());
            foreach (JsonElement file in files)
            {
                string source = file.GetProperty("SourceFilePath").GetString();
                Assert.True(Path.IsPathFullyQualified(source), source);
                Assert.Equal(Path.Combine(fixture.OutputDirectory, Path.GetFileName(source)), source);
                Assert.True(File.Exists(source), source);
            }
        }

        [Fact]
        public void ALabSetWithoutTlsHolidaysOrPortHoldsTheConfigurationAlone()
        {
            using var fixture = new ProvisionFixture();
            var flags = fixture.Flags();
            flags.Remove("--ca");
            flags.Remove("--tls-name");
            flags.Remove("--holidays");
            flags.Remove("--port");
            flags.Remove("--tmk-components");
            flags.Remove("--tmk-kcv");
            flags["--tls"] = "off";
            var (exit, output, error) = ProvisionFixture.Provision(ProvisionFixture.Arguments(flags));
            Assert.True(exit == 0, error);
            Assert.Contains("note: --tls off", output);
            Assert.Contains("note: No --tmk-components", output);
            Assert.Contains("nanoff --serialport PORT --filedeployment", output);

            TerminalConfig config = TerminalConfig.Load(new RecordDirectoryStore(fixture.OutputDirectory));
            Assert.False(config.UseTls);
            Assert.Equal(0, config.MasterKeyComponentCount);
            Assert.True(config.Holidays.Covers(2026));
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.OutputDirectory, NanoffDeploymentFile.FileName)));
            Assert.False(json.RootElement.TryGetProperty("SerialPort", out _));
            Assert.Single(json.RootElement.GetProperty("Files").EnumerateArray());
        }

        [Fact]
        public void TheBoardFolderAndBudgetAreTheEsp32StoresOwn()
        {
            // LittleFsRecordStore is device-only code (no host build): its constants are read from its source.
            string source = File.ReadAllText(Path.Combine(TestPaths.Root, "hal", "NanoPos.Hal.Esp32", "LittleFsRecordStore.cs"));
            Assert.Contains("public const string DefaultDirectory = \"" + NanoffDeploymentFile.DeviceDirectory.Replace("\\", "\\\\") + "\";", source);
            Assert.Contains("public const long DefaultBudgetBytes = " + RecordDirectoryStore.DefaultBudgetBytes + ";", source);
            Assert.Equal("I:\\nanopos\\config", NanoffDeploymentFile.DevicePathOf(TerminalConfig.RecordName));
        }

        private static string ReadConfig(string directory)
        {
            byte[] buffer = new byte[TerminalConfig.MaxRecordBytes];
            int length = new RecordDirectoryStore(directory).Read(TerminalConfig.RecordName, buffer, 0, buffer.Length);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
    }
}
