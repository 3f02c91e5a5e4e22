using System.IO;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Issue 12, end to end in the emulator: a sale goes over TLS with the PIN block encrypted under the PIN key and a MAC
    /// verified both ways; the acquirer refuses a wrong PIN (55); an answer whose MAC is wrong is never believed.
    /// </summary>
    public class SecureSaleTests
    {
        [Fact]
        public void AnEmulatorSaleGoesOverTlsWithAnEncryptedPinAndAVerifiedMacBothWays()
        {
            using var terminal = new SimulatedTerminal();

            string output = Run(terminal, "sale", Scripts.Of("sale"));

            Assert.Contains("Approved", output);
            HostRequestRecord signOn = terminal.Host.Transcript.First(r => r.Mti == Mti.NetworkRequest);
            HostRequestRecord sale = terminal.Host.Transcript.Single(r => r.Mti == Mti.FinancialRequest);
            Assert.Equal(MacCheck.SignOn, signOn.Mac);
            Assert.Equal(MacCheck.Verified, sale.Mac);
            Assert.Equal("00", sale.ResponseCode);

            // The host decrypted field 52 with the PIK it issued and found 1234 (a wrong PIN is 55: the next test).
            Assert.Equal("approved", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);

            // The terminal checked the answer's MAC: a missing or wrong one would be a malformed answer and a reversal.
            Assert.Equal(0, terminal.Power.Firmware.Engine.Exchange.MalformedAnswers);
            Assert.True(terminal.Tls.Host.HandshakesCompleted >= 2, "a TLS handshake per exchange");
            Assert.Equal(0, terminal.Tls.Host.HandshakesFailed);
        }

        [Fact]
        public void TheAcquirerDecryptsThePinBlockAndAnswers55ToAWrongPin()
        {
            using var terminal = new SimulatedTerminal();
            string script = File.ReadAllText(Scripts.Of("sale"))
                .Replace("press 1234\n", "press 9999\n")
                .Replace("expect-message Approved\nexpect-text \"125.00\"\nexpect-message AuthCode\n", "expect-message Declined\nexpect-message Rc55WrongPin\n")
                .Replace("expect-ledger approved\n", "expect-ledger declined\n");

            string output = Run(terminal, "wrong-pin", null, script);

            HostRequestRecord sale = terminal.Host.Transcript.Single(r => r.Mti == Mti.FinancialRequest);
            Assert.Equal(MacCheck.Verified, sale.Mac);
            Assert.Equal("55", sale.ResponseCode);
            Assert.Contains("declined", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Contains("Wrong PIN", output);
        }

        [Fact]
        public void AnApprovalWithABadMacIsReversedNotBelieved()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Host.Faults.Add(new FaultRule { Match = new FaultMatch { Mti = Mti.FinancialRequest }, Kind = FaultKind.BadMac, Times = 1 });
            string script = File.ReadAllText(Scripts.Of("sale"))
                .Replace("expect-message Approved\nexpect-text \"125.00\"\nexpect-message AuthCode\n", "expect-message ReversedNotCharged\n")
                .Replace("expect-ledger approved\n", "expect-ledger reversed\n");

            Run(terminal, "bad-mac", null, script);

            HostRequestRecord sale = terminal.Host.Transcript.First(r => r.Mti == Mti.FinancialRequest);
            Assert.Equal("00", sale.ResponseCode);
            Assert.Equal(MacCheck.Verified, terminal.Host.Transcript.Single(r => r.Mti == Mti.ReversalRequest).Mac);
            Assert.Equal("reversed", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Equal(1, terminal.Power.Firmware.Engine.Exchange.MalformedAnswers);
            Assert.Empty(terminal.Power.Firmware.Engine.Log.BatchEntries);
        }

        private static string Run(SimulatedTerminal terminal, string name, string path, string text = null)
        {
            var output = new StringWriter();
            TerminalScript script = text == null ? TerminalScript.Load(path) : TerminalScript.Parse(text, name);
            new ScriptRunner(terminal, new ScriptRunOptions { Output = output }).Run(script);
            return output.ToString();
        }
    }
}
