using System.IO;
using System.Text;
using Xunit;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>`nanopos provision --check DIR`: a good set passes; a tampered, incomplete or inconsistent one is caught, line by line.</summary>
    public class ProvisionCheckTests
    {
        [Fact]
        public void AFreshSetPasses()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            var (exit, output, _) = ProvisionFixture.Provision("--check", fixture.OutputDirectory);
            Assert.Equal(0, exit);
            Assert.Contains("is good", output);
        }

        [Fact]
        public void ATamperedFileIsCaughtByItsTrailer()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            string config = Path.Combine(fixture.OutputDirectory, "config");
            byte[] bytes = File.ReadAllBytes(config);
            int at = Encoding.ASCII.GetString(bytes).IndexOf("TERM0001");
            bytes[at + 7] = (byte)'2'; // TERM0002: still a valid configuration, but not what was written.
            File.WriteAllBytes(config, bytes);

            var (exit, output, _) = ProvisionFixture.Provision("--check", fixture.OutputDirectory);
            Assert.Equal(1, exit);
            Assert.Contains("config: damaged: its trailer (length and CRC-32) does not match its content.", output);
            Assert.Contains("1 problem(s)", output);
        }

        [Fact]
        public void AConfigurationTheFirmwareRefusesIsCaughtByItsKey()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            byte[] text = Encoding.UTF8.GetBytes("terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=X\nhost.address=10.0.0.2\nhost.port=99999\n");
            new RecordDirectoryStore(fixture.OutputDirectory).Write("config", text, 0, text.Length);

            var (exit, output, _) = ProvisionFixture.Provision("--check", fixture.OutputDirectory);
            Assert.Equal(1, exit);
            Assert.Contains("config: the firmware's loader refuses it: host.port must be 1 to 65535. (key host.port)", output);
        }

        [Fact]
        public void ComponentsThatDoNotMatchTheirCheckValueAreCaught()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            var store = new RecordDirectoryStore(fixture.OutputDirectory);
            byte[] buffer = new byte[2048];
            int length = store.Read("config", buffer, 0, buffer.Length);
            byte[] changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(buffer, 0, length).Replace("tmk.kcv=08D7B4FB", "tmk.kcv=08D7B4FC"));
            store.Write("config", changed, 0, changed.Length);

            var (exit, output, _) = ProvisionFixture.Provision("--check", fixture.OutputDirectory);
            Assert.Equal(1, exit);
            Assert.Contains("config: tmk.kcv: The master key components do not match the check value", output);
        }

        [Fact]
        public void AListedFileThatIsGoneAndAFileThatIsNotListedAreBothCaught()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            File.Delete(Path.Combine(fixture.OutputDirectory, "holidays"));
            byte[] extra = Encoding.ASCII.GetBytes("stray");
            new RecordDirectoryStore(fixture.OutputDirectory).Write("extra", extra, 0, extra.Length);
            File.WriteAllText(Path.Combine(fixture.OutputDirectory, "config~"), "half");

            var (exit, output, _) = ProvisionFixture.Provision("--check", fixture.OutputDirectory);
            Assert.Equal(1, exit);
            Assert.Contains("nanoff-deploy.json: the source of I:\\nanopos\\holidays, " + Path.Combine(fixture.OutputDirectory, "holidays") + ", does not exist.", output);
            Assert.Contains("extra: in the folder but not in nanoff-deploy.json; it would not reach the board.", output);
            Assert.Contains("config~: a temporary copy left by an interrupted write", output);
            Assert.Contains("3 problem(s)", output);
        }

        [Fact]
        public void TlsWithoutItsCertificateIsCaught()
        {
            using var fixture = new ProvisionFixture();
            Assert.Equal(0, ProvisionFixture.Provision(ProvisionFixture.Arguments(fixture.Flags())).Exit);
            new RecordDirectoryStore(fixture.OutputDirectory).Delete("ca");
            string json = Path.Combine(fixture.OutputDirectory, NanoffDeploymentFile.FileName);
            NanoffDeploymentFile deployment = NanoffDeploymentFile.Read(json);
            deployment.Files.RemoveAll(f => f.DestinationFilePath.EndsWith("\\ca"));
            deployment.Write(json);

            var (exit, output, _) = ProvisionFixture.Provision("--check", fixture.OutputDirectory);
            Assert.Equal(1, exit);
            Assert.Contains("ca: missing while config says host.tls=on", output);
            Assert.Contains("1 problem(s)", output);
        }

        [Fact]
        public void AFolderThatDoesNotExistFails()
        {
            using var fixture = new ProvisionFixture();
            var (exit, output, _) = ProvisionFixture.Provision("--check", Path.Combine(fixture.Root, "nowhere"));
            Assert.Equal(1, exit);
            Assert.Contains("no such folder", output);
        }
    }
}
