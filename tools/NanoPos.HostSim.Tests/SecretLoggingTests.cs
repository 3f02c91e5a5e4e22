using System;
using System.Linq;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim.Tests
{
    /// <summary>The PIN block (52), the working keys (62) and the MAC (64) never reach a log line, whole frames or broken ones.</summary>
    public class SecretLoggingTests
    {
        [Fact]
        public void TheRequestLinesOfASignOnAndAPinSaleShowNoBlockNoKeyAndNoMac()
        {
            using var host = new RunningHost(requireMac: true);
            using HostSimClient client = host.Connect();
            IsoMessage signOnAnswer = client.Exchange(Requests.SignOn(1), RunningHost.Timeout);
            SecurityKeys keys = Secure.Keys(signOnAnswer);
            IsoMessage sale = Secure.WithPin(Requests.Sale(2, 12500), "1234", keys.PinKey);
            client.SendRaw(Secure.Frame(sale, keys.MacKey));
            ClientReply answer = client.Receive(RunningHost.Timeout);
            host.WaitFor(HostSimEventKind.Request, 2);

            string log = string.Join("\n", host.Events(HostSimEventKind.Request).Select(e => e.ToString()));

            Assert.Equal("00", answer.Message.GetString(39));
            foreach (byte[] secret in new[] { sale.GetBytes(52), sale.GetBytes(64), answer.Message.GetBytes(64), signOnAnswer.GetBytes(62) })
            {
                Assert.DoesNotContain(Convert.ToHexString(secret), log, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(Convert.ToHexString(secret, 0, 4), log, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("1234", log);
        }

        [Fact]
        public void AMalformedFrameWithAPinBlockKeysAndAMacIsDescribedWithoutThem()
        {
            IsoMessage request = Requests.Sale(1, 12500);
            byte[] block = { 0x9A, 0x3C, 0x51, 0xE7, 0x0D, 0x88, 0x42, 0xB6 };
            byte[] keys = Enumerable.Range(0, 40).Select(i => (byte)(0xA0 + i)).ToArray();
            request.Set(52, block);
            request.Set(53, Secure.SecurityControl);
            request.Set(62, keys);
            request.Set(64, new byte[] { 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x30, 0x31 });
            byte[] frame = Secure.Plain(request);
            byte[] cut = frame.AsSpan(0, frame.Length - 3).ToArray();
            cut[0] = (byte)((frame.Length - 2) >> 8);
            cut[1] = (byte)(frame.Length - 2);

            string dump = FrameDump.Describe(cut, CupTerminalProfile.Instance);

            Assert.DoesNotContain(Convert.ToHexString(block, 0, 3), dump);
            Assert.DoesNotContain(Convert.ToHexString(keys, 0, 3), dump);
            Assert.DoesNotContain("41424344", dump);
            Assert.DoesNotContain("ABCDEF", dump);
            Assert.Contains("52 53", dump);
        }

        [Fact]
        public void TheProfileMasksThePinBlockAndTheKeysEntirely()
        {
            var message = new IsoMessage { Mti = Mti.NetworkResponse };
            message.Set(52, new byte[8]);
            message.Set(62, new byte[40]);

            Assert.Equal("[secret, 8 bytes]", FieldMasker.Display(message, CupTerminalProfile.Instance, 52));
            Assert.Equal("[secret, 40 bytes]", FieldMasker.Display(message, CupTerminalProfile.Instance, 62));
        }
    }
}
