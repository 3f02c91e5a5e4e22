using System.IO;
using System.Linq;
using System.Security.Authentication;
using System.Text;
using NanoPos.Hal;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Ui;
using NanoPos.Ui.Messages;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The simulated terminal talks TLS by default, pinning the CA provisioned in its record "ca" as a board does: the
    /// wire carries no card number, a host with another CA or name is refused before anything is sent, and every
    /// example script prints exactly the same screens at the same simulated times as over plaintext.
    /// </summary>
    public class TlsTerminalTests
    {
        private static readonly byte[] PanAscii = Encoding.ASCII.GetBytes(DemoConfig.Card);

        // The CUP profile packs field 2 as BCD, two digits a byte.
        private static readonly byte[] PanBcd = { 0x62, 0x28, 0x48, 0x00, 0x00, 0x00, 0x00, 0x15 };

        [Fact]
        public void AScriptedSaleGoesOverTlsAndTheWireNeverCarriesTheCardNumber()
        {
            WireTap tap = null;
            var options = new SimulatedTerminalOptions { WrapLink = link => tap = new WireTap(link) };
            using var terminal = new SimulatedTerminal(options);

            Run(terminal, "sale");

            Assert.Equal("approved", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.NotEmpty(tap.Sent);
            Assert.False(tap.Contains(PanAscii), "the card number in ASCII on the wire");
            Assert.False(tap.Contains(PanBcd), "the card number in BCD on the wire");

            // Every write and every chunk on the wire is a TLS record (content type 20 to 23, version 3.x).
            Assert.All(tap.Sent.Concat(tap.Received), chunk => Assert.True(chunk.Length >= 5 && chunk[0] >= 20 && chunk[0] <= 23 && chunk[1] == 3));
            Assert.Contains(tap.Sent, chunk => chunk[0] == 23);

            // The host's side finished a handshake per exchange (sign-on, sale) and saw the plaintext behind it.
            Assert.True(terminal.Tls.Host.HandshakesCompleted >= 2, "handshakes: " + terminal.Tls.Host.HandshakesCompleted);
            Assert.Equal(0, terminal.Tls.Host.HandshakesFailed);
            Assert.True(terminal.Tls.Host.LastProtocol == SslProtocols.Tls13 || terminal.Tls.Host.LastProtocol == SslProtocols.Tls12, terminal.Tls.Host.LastProtocol.ToString());
            Assert.True(terminal.Tls.Host.PlaintextBytes > 0);
            Assert.Equal(terminal.Tls.Host.LastProtocol, terminal.Tls.Link.Protocol);
            Assert.Equal(terminal.Tls.Host.HandshakesCompleted, terminal.Tls.Link.Handshakes);
        }

        [Fact]
        public void WithoutTlsTheSameTapFindsTheCardNumber()
        {
            // The check above would be empty if the tap could not see the card number: over plaintext it does.
            WireTap tap = null;
            var options = new SimulatedTerminalOptions { Tls = false, WrapLink = link => tap = new WireTap(link) };
            using var terminal = new SimulatedTerminal(options);

            Run(terminal, "sale");

            Assert.True(tap.Contains(PanBcd));
            Assert.Null(terminal.Tls.Host);
            Assert.Null(terminal.Tls.Link);
            Assert.Equal("plaintext", terminal.Tls.LinkSecurity);
        }

        [Fact]
        public void ATerminalPinningAnotherCaRefusesTheHostAndNothingIsBooked()
        {
            using var other = TlsAuthority.Create();
            using var terminal = new SimulatedTerminal();
            terminal.Power.Provision();
            SimulatedTls.WriteCaRecord(terminal.Store, other);
            terminal.Boot();

            // No PIN: without a sign-on the terminal has no PIN key and would refuse one before anything is sent.
            Sale(terminal, "3000", string.Empty);

            // The boot's sign-on never got through, so the engine refuses the sale before connecting ("Not started");
            // either way nothing left the terminal, nothing is pending and the host saw no request at all.
            Assert.Equal(UiScreen.Result, terminal.Screen);
            Assert.Contains(terminal.ScreenText[0].Trim(), new[] { "Not sent", "Not started" });
            Assert.Empty(terminal.Views.HostLedger());
            Assert.Empty(terminal.Host.Transcript);
            Assert.Empty(terminal.Views.PendingReversals());
            Assert.Equal(0, terminal.Tls.Host.PlaintextBytes);
            Assert.Contains("RemoteCertificateChainErrors", terminal.Tls.Link.LastError);
            Assert.Equal(0, terminal.Tls.Link.Handshakes);
            Assert.Contains(SimulatedTls.ShortFingerprint(SimulatedTls.Fingerprint(other.Authority)), terminal.Tls.LinkSecurity);
        }

        [Fact]
        public void AHostWhoseCertificateLacksTheConfiguredNameIsRefused()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Power.Provision();
            ConfigRecord.Set(terminal.Store, "host.tls.name", "acquirer.example.com");
            terminal.Boot();

            Sale(terminal, "3000", string.Empty);

            Assert.Contains(terminal.ScreenText[0].Trim(), new[] { "Not sent", "Not started" });
            Assert.Empty(terminal.Views.HostLedger());
            Assert.Empty(terminal.Host.Transcript);
            Assert.Contains("RemoteCertificateNameMismatch", terminal.Tls.Link.LastError);
        }

        [Fact]
        public void TheCertificatesDnsNameIsAcceptedAsHostTlsName()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Power.Provision();
            ConfigRecord.Set(terminal.Store, "host.tls.name", TlsAuthority.DefaultServerName);
            terminal.Boot();

            Sale(terminal, "3000", "1234");

            Assert.Equal("approved", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Equal(TlsAuthority.DefaultServerName, terminal.Tls.Link.ServerName);
        }

        [Fact]
        public void TlsWithoutACaRecordIsAConfigurationErrorNamingHostTlsAsOnTheBoard()
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Provision = false });
            byte[] config = Encoding.UTF8.GetBytes(DemoConfig.Text(Language.English));
            terminal.Store.Write(TerminalConfig.RecordName, config, 0, config.Length);

            terminal.Boot();

            Assert.Equal(UiScreen.ConfigError, terminal.Screen);
            Assert.Contains("host.tls", string.Join(" ", terminal.ScreenText));
        }

        [Fact]
        public void ACaRecordThatIsNotACertificateIsAConfigurationErrorNamingCa()
        {
            using var terminal = new SimulatedTerminal();
            byte[] junk = Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
            terminal.Store.Write(SimulatedTls.CaRecordName, junk, 0, junk.Length);

            terminal.Boot();

            Assert.Equal(UiScreen.ConfigError, terminal.Screen);
            Assert.Contains("ca", string.Join(" ", terminal.ScreenText));
        }

        [Fact]
        public void TheLinkSecurityNamesTlsAndThePinnedCasFingerprint()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();

            string fingerprint = SimulatedTls.Fingerprint(terminal.Tls.Host.Authority.Authority);
            Assert.Equal(64, fingerprint.Length);
            Assert.StartsWith("TLS 1.", terminal.Tls.LinkSecurity);
            Assert.EndsWith("CA SHA-256 " + SimulatedTls.ShortFingerprint(fingerprint), terminal.Tls.LinkSecurity);
            Assert.Equal(SimulatedTls.SharedAuthority.AuthorityPem, ReadRecord(terminal.Store, SimulatedTls.CaRecordName));
            Assert.Contains("host.tls=on", ReadRecord(terminal.Store, TerminalConfig.RecordName));
        }

        public static TheoryData<string, bool> ScriptRuns()
        {
            var data = new TheoryData<string, bool>();
            foreach (string script in new[] { "sale", "decline-51", "host-timeout-reversal", "power-cut-mid-payment", "tour", "config-error" })
            {
                data.Add(script, false);
            }

            data.Add("host-timeout-reversal", true);
            return data;
        }

        [Theory]
        [MemberData(nameof(ScriptRuns))]
        public void EveryScriptPrintsTheSameScreensAtTheSameTimesWithAndWithoutTls(string script, bool chinese)
        {
            Language language = chinese ? Language.Chinese : Language.English;
            using var plain = new SimulatedTerminal(new SimulatedTerminalOptions { Tls = false, Language = language });
            using var tls = new SimulatedTerminal(new SimulatedTerminalOptions { Language = language });

            string plainOutput = Run(plain, script);
            string tlsOutput = Run(tls, script);

            // Screens, their simulated times ("t=40.0 s"), boots and events: one transcript.
            Assert.Equal(plainOutput, tlsOutput);
            Assert.Equal(plain.Views.HostLedger(), tls.HostLedger());
            Assert.Equal(plain.Host.Transcript.Select(r => r.Mti + "/" + r.Stan + "/" + r.Boot + "/" + r.SentCode), tls.Host.Transcript.Select(r => r.Mti + "/" + r.Stan + "/" + r.Boot + "/" + r.SentCode));
            Assert.Equal(plain.NowMs, tls.NowMs);
        }

        [Fact]
        public void PacedTheHostsDelayLastsExactlyAsLongOverTls()
        {
            // The emulator's mode: the engine waits on its worker thread while simulated time is let pass in steps.
            Assert.Equal(PacedSale(false), PacedSale(true));
        }

        private static string PacedSale(bool tls)
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true, Tls = tls });
            terminal.Boot();
            terminal.Controls.HostDelayMs = 8000;
            Sale(terminal, "4400", "1234");
            long start = terminal.NowMs;
            while (terminal.Screen != UiScreen.Result && terminal.NowMs - start < 20000)
            {
                terminal.Advance(100);
            }

            Assert.Equal("approved", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            return (terminal.NowMs - start) + " ms: " + string.Join(" | ", terminal.ScreenText);
        }

        private static string Run(SimulatedTerminal terminal, string script)
        {
            var output = new StringWriter();
            new ScriptRunner(terminal, new ScriptRunOptions { Output = output }).Run(TerminalScript.Load(Scripts.Of(script)));
            return output.ToString();
        }

        private static string ReadRecord(IRecordStore store, string name)
        {
            var buffer = new byte[4096];
            int length = store.Read(name, buffer, 0, buffer.Length);
            return Encoding.ASCII.GetString(buffer, 0, length);
        }

        private static void Sale(SimulatedTerminal terminal, string amount, string pin)
        {
            foreach (char c in amount + "#" + DemoConfig.Card + "#" + DemoConfig.Expiry + "#" + pin + "#")
            {
                terminal.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }
        }
    }
}
