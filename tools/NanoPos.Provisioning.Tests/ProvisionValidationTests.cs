using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Xunit;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>
    /// Every value `nanopos provision` refuses: exit 2, one line naming the flag and what is wrong, nothing written, and a
    /// secret never echoed.
    /// </summary>
    public class ProvisionValidationTests
    {
        [Theory]
        [InlineData("--terminal-id", "ABC", "--terminal-id must be 8 characters, got 'ABC' (3).")]
        [InlineData("--terminal-id", null, "--terminal-id is required.")]
        [InlineData("--terminal-id", "TERM 01 ", "--terminal-id must not begin or end with a space")]
        [InlineData("--merchant-id", "12345", "--merchant-id must be 15 characters, got '12345' (5).")]
        [InlineData("--merchant-name", "A MERCHANT NAME FAR TOO LONG FOR IT", "--merchant-name must be 1 to 32 characters, got 35.")]
        [InlineData("--merchant-name", "CAFÉ", "--merchant-name has 'É' (U+00C9), which the terminal's display has no glyph for.")]
        [InlineData("--host", "10.0.0.5", "--host must be HOST:PORT")]
        [InlineData("--host", "10.0.0.5:70000", "--host port must be 1 to 65535, got '70000'.")]
        [InlineData("--host", "10.0.0.300:5800", "--host '10.0.0.300' is not an IPv4 address")]
        [InlineData("--host", "127.0.0.1:5800", "--host '127.0.0.1' would be the terminal itself")]
        [InlineData("--host", "[fe80::1]:5800", "--host must name an IPv4 address or a DNS name")]
        [InlineData("--wifi-ssid", null, "--wifi-ssid is required.")]
        [InlineData("--wifi-ssid", "a-network-name-of-thirty-three-ch", "--wifi-ssid must be 1 to 32 bytes (UTF-8), got 33.")]
        [InlineData("--tech-pin", null, "--tech-pin is required.")]
        [InlineData("--supervisor-pin", "123", "--supervisor-pin must be 4 to 8 digits, got 3 characters")]
        [InlineData("--tmk-components", "ABC", "--tmk-components: component 1 must be 32 hexadecimal digits")]
        [InlineData("--tmk-kcv", "00000000", "--tmk-kcv 00000000 does not match the 2 component(s) of --tmk-components")]
        [InlineData("--tmk-kcv", null, "--tmk-kcv is required with --tmk-components")]
        [InlineData("--tmk-kcv", "08D7B4", "--tmk-kcv must be 8 hexadecimal digits, got '08D7B4'.")]
        [InlineData("--ca", null, "--ca is required while TLS is on")]
        [InlineData("--ca", "{holidays}", "is not a certificate the board can read: not PEM (it does not start with -----BEGIN)")]
        [InlineData("--ca", "{key+cert}", "holds a PEM block that is not a certificate (a key?)")]
        [InlineData("--ca", "{expired}", "is valid from")]
        [InlineData("--ca", "{missing}", "cannot be read")]
        [InlineData("--tls", "maybe", "--tls must be on or off, got 'maybe'.")]
        [InlineData("--holidays", "{bad-holidays}", ": line 2: ")]
        [InlineData("--language", "fr", "--language must be en or zh, got 'fr'.")]
        [InlineData("--set", "timeout.input=2", "--set timeout.input=2: timeout.input must be 5 to 600.")]
        [InlineData("--set", "timeout.respons=45", "--set timeout.respons=45: line ")]
        [InlineData("--set", "terminal.id=TERM0002", "--set terminal.id: give it with --terminal-id instead.")]
        [InlineData("--set", "tech.pin=1111", "--set tech.pin: give it with --tech-pin instead.")]
        [InlineData("--set", "timeout.input", "--set takes key=value")]
        [InlineData("--set", "timeout.input=40|timeout.input=50", "--set timeout.input is given twice.")]
        [InlineData("--port", " COM3", "--port must name a serial port such as COM3 or /dev/ttyUSB0")]
        [InlineData("--out", null, "--out is required")]
        public void AWrongValueIsRefusedNamingItsFlag(string flag, string value, string expected)
        {
            using var fixture = new ProvisionFixture();
            var flags = fixture.Flags();
            if (value == null)
            {
                flags.Remove(flag);
            }
            else
            {
                flags[flag] = Resolve(fixture, value);
            }

            var (exit, output, error) = ProvisionFixture.Provision(ProvisionFixture.Arguments(flags));
            Assert.Equal(2, exit);
            Assert.Contains(expected, error);
            Assert.Equal(string.Empty, output);
            Assert.False(Directory.Exists(fixture.OutputDirectory), "nothing may be written after an error");
        }

        [Theory]
        [InlineData("--wifi-password", "short", "--wifi-password must be a WPA2 passphrase of 8 to 63 characters or a key of 64 hex digits, got 5 characters")]
        [InlineData("--wifi-password", " leading-space", "--wifi-password must not begin or end with a space")]
        [InlineData("--tech-pin", "12a4", "--tech-pin must be 4 to 8 digits, got 4 characters that are not all digits (the value is not shown).")]
        [InlineData("--tmk-components", "A1B2C3D4E5F60718293A4B5C6D7E8F9G,A09186B36C5DCAF7D7E6F1C41B2ABD80", "component 1 must be 32 hexadecimal digits (a 16-byte component), got 32 characters with non-hex ones (not shown).")]
        public void ASecretThatIsRefusedIsNeverEchoed(string flag, string value, string expected)
        {
            using var fixture = new ProvisionFixture();
            var flags = fixture.Flags();
            flags[flag] = value;
            var (exit, output, error) = ProvisionFixture.Provision(ProvisionFixture.Arguments(flags));
            Assert.Equal(2, exit);
            Assert.Contains(expected, error);
            Assert.DoesNotContain(value.Trim(), error + output);
        }

        [Fact]
        public void EveryErrorIsReportedAtOnce()
        {
            using var fixture = new ProvisionFixture();
            var flags = fixture.Flags();
            flags["--terminal-id"] = "ABC";
            flags["--host"] = "nowhere";
            flags["--language"] = "fr";
            var (exit, _, error) = ProvisionFixture.Provision(ProvisionFixture.Arguments(flags));
            Assert.Equal(2, exit);
            string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.All(lines, l => Assert.StartsWith("nanopos provision: --", l));
        }

        [Fact]
        public void AFolderThatIsNotEmptyIsRefused()
        {
            using var fixture = new ProvisionFixture();
            Directory.CreateDirectory(fixture.OutputDirectory);
            File.WriteAllText(Path.Combine(fixture.OutputDirectory, "ca"), "an old set");
            var (exit, _, error) = ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags()));
            Assert.Equal(2, exit);
            Assert.Contains("--out " + fixture.OutputDirectory + " is not empty", error);
            Assert.Equal("an old set", File.ReadAllText(Path.Combine(fixture.OutputDirectory, "ca")));
        }

        [Theory]
        [InlineData(new[] { "--bogus", "x" }, "unknown option '--bogus'")]
        [InlineData(new[] { "--terminal-id" }, "--terminal-id needs a value")]
        [InlineData(new[] { "--check" }, "--check needs a value")]
        [InlineData(new[] { "--check", "d", "--terminal-id", "TERM0001" }, "--check takes one folder and nothing else")]
        public void BadUsageIsExitTwo(string[] args, string expected)
        {
            var (exit, _, error) = ProvisionFixture.Provision(args);
            Assert.Equal(2, exit);
            Assert.Contains(expected, error);
        }

        private static string Resolve(ProvisionFixture fixture, string value)
        {
            switch (value)
            {
                case "{holidays}":
                    return fixture.HolidaysFile;
                case "{missing}":
                    return Path.Combine(fixture.Root, "no-such.pem");
                case "{key+cert}":
                    using (ECDsa key = ECDsa.Create())
                    {
                        string path = Path.Combine(fixture.Root, "key-and-cert.pem");
                        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem() + "\n" + File.ReadAllText(fixture.CaFile));
                        return path;
                    }

                case "{expired}":
                    string expired = Path.Combine(fixture.Root, "expired.pem");
                    File.WriteAllText(expired, ProvisionFixture.MakeCaPem(DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-1)));
                    return expired;
                case "{bad-holidays}":
                    string bad = Path.Combine(fixture.Root, "bad-holidays.txt");
                    File.WriteAllText(bad, "year=2027\nholiday=2027-02-30\n");
                    return bad;
                default:
                    return value;
            }
        }
    }
}
