using System.IO;
using System.Threading;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// The security options of <c>nanopos host-sim</c>: a mistyped key, card or PIN is refused without being echoed; a
    /// MAC is required unless <c>--mac-optional</c> says otherwise, and the start-up line tells which.
    /// </summary>
    public class HostSimSecurityOptionTests
    {
        [Theory]
        [InlineData("--tmk", "00112233445566778899AABBCCDDEEF", "--tmk: The terminal master key must be exactly 32 hexadecimal digits.")]
        [InlineData("--tmk", "00112233445566778899AABBCCDDEEFG", "--tmk: The terminal master key must be exactly 32 hexadecimal digits.")]
        [InlineData("--card-pin", "6228480000000000019=12a4", "--card-pin for 622848*********0019: the PIN must be 4 to 12 digits.")]
        [InlineData("--card-pin", "6228480000000000019", "--card-pin needs PAN=PIN")]
        [InlineData("--tls-name", "bank.test", "--tls-name and --tls-ca-out need --tls.")]
        public void BadSecurityOptionsAreUsageErrorsThatRepeatNoSecret(string option, string value, string message)
        {
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            int exit = HostSimCommand.Run(new[] { "--port", "0", option, value }, new StringWriter(), error, stop.Token);

            Assert.Equal(2, exit);
            Assert.Contains("nanopos host-sim: " + message, error.ToString());
            Assert.DoesNotContain(value, error.ToString());
            Assert.DoesNotContain("6228480000000000019", error.ToString());
        }

        [Fact]
        public void TheTmkAndCardPinsReachTheSimulatorWhichRequiresAMacByDefault()
        {
            var output = new LockedWriter();
            using var stop = new CancellationTokenSource();
            int exit = -1;
            var thread = new Thread(() => exit = HostSimCommand.Run(
                new[] { "--port", "0", "--tmk", "00112233445566778899aabbccddeeff", "--card-pin", "6228480000000000019=8765" }, output, new StringWriter(), stop.Token));
            try
            {
                thread.Start();
                string line = HostSimCommandTests.WaitFor(output, "keys: .*").Value;
                int port = int.Parse(HostSimCommandTests.WaitFor(output, @"listening on 127\.0\.0\.1:(\d+)").Groups[1].Value);
                using (HostSimClient client = HostSimClient.Connect(port, RunningHost.Timeout))
                {
                    Assert.Equal("A0", client.Exchange(Requests.Sale(2, 12500), RunningHost.Timeout).GetString(39));
                }

                Assert.DoesNotContain("(the demo TMK)", line);
                Assert.Contains("MAC required", line);
                Assert.Contains("--mac-optional", line);
                Assert.Contains("own PINs for 622848*********0019", line);
                Assert.DoesNotContain("8765", output.ToString());
                Assert.DoesNotContain("00112233", output.ToString());
            }
            finally
            {
                stop.Cancel();
                Assert.True(thread.Join(10_000), "host-sim did not stop");
            }

            Assert.Equal(0, exit);
        }

        [Fact]
        public void MacOptionalDecidesARequestWithoutAMacAndSaysSoAtStart()
        {
            var output = new LockedWriter();
            using var stop = new CancellationTokenSource();
            int exit = -1;
            var thread = new Thread(() => exit = HostSimCommand.Run(new[] { "--port", "0", "--mac-optional" }, output, new StringWriter(), stop.Token));
            try
            {
                thread.Start();
                string line = HostSimCommandTests.WaitFor(output, "keys: .*").Value;
                int port = int.Parse(HostSimCommandTests.WaitFor(output, @"listening on 127\.0\.0\.1:(\d+)").Groups[1].Value);
                using (HostSimClient client = HostSimClient.Connect(port, RunningHost.Timeout))
                {
                    Assert.Equal("00", client.Exchange(Requests.Sale(2, 12500), RunningHost.Timeout).GetString(39));
                }

                Assert.Contains("MAC optional (--mac-optional)", line);
                Assert.DoesNotContain("MAC required", line);
            }
            finally
            {
                stop.Cancel();
                Assert.True(thread.Join(10_000), "host-sim did not stop");
            }

            Assert.Equal(0, exit);
        }

        [Fact]
        public void TheRequireMacFlagIsGoneAndSaysSoRatherThanBeingIgnored()
        {
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            Assert.Equal(2, HostSimCommand.Run(new[] { "--port", "0", "--require-mac" }, new StringWriter(), error, stop.Token));
            Assert.Contains("nanopos host-sim: unknown option '--require-mac'.", error.ToString());
            Assert.Contains("[--mac-optional]", error.ToString());
        }
    }
}
