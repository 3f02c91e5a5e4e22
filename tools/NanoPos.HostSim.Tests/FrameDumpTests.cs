using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using NanoPos.Cli;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>A frame that carries a card number and does not decode is logged without the card number.</summary>
    public class FrameDumpTests
    {
        private const string Pan = Requests.Pan; // 6228480000000000019: in BCD its hex dump reads the same digits
        private static readonly Regex LongDigitRun = new Regex(@"\d{12,}");
        private readonly FrameCodec _codec = new FrameCodec(CupTerminalProfile.Instance);

        [Fact]
        public void AWellFramedSaleCutShortShowsItsStructureButNoFieldContent()
        {
            byte[] frame = CutShort(Pack(Requests.Sale(1, 12500)), 3);

            string dump = FrameDump.Describe(frame, CupTerminalProfile.Instance);

            Assert.StartsWith("length " + (frame.Length - 2) + " tpdu 6000030000 mti 0200 bitmap 7038048000C08010 (fields 2 3 4 11 12 13 22 25 41 42 49 60); ", dump);
            Assert.EndsWith(" bytes of field content not shown", dump);
            Assert.DoesNotContain("622848", dump);
            Assert.DoesNotMatch(LongDigitRun, dump);
        }

        [Fact]
        public void AFrameWithoutItsTpduShiftsTheCardNumberIntoTheBitmapAndItIsMasked()
        {
            byte[] good = Pack(Requests.Sale(1, 12500));
            good[9] |= 0x80; // a secondary bitmap: 16 bytes from the bitmap's place, the whole card number among them
            byte[] noTpdu = new byte[good.Length - 5];
            Array.Copy(good, 7, noTpdu, 2, good.Length - 7);
            noTpdu[0] = (byte)((noTpdu.Length - 2) >> 8);
            noTpdu[1] = (byte)(noTpdu.Length - 2);
            Assert.Contains(Pan, Hex.ToHex(noTpdu)); // what the old dump would have shown

            string dump = FrameDump.Describe(noTpdu, CupTerminalProfile.Instance);

            Assert.DoesNotContain(Pan, dump);
            Assert.DoesNotContain(Pan[..16], dump);
            Assert.DoesNotMatch(LongDigitRun, dump);
            Assert.Contains("digit runs masked", dump);
            Assert.DoesNotContain("(fields", dump);
        }

        [Fact]
        public void TheServerLogsAMalformedSaleWithoutItsCardNumber()
        {
            using var host = new RunningHost(requireMac: false);
            using (HostSimClient bad = host.Connect())
            {
                bad.SendRaw(CutShort(Pack(Requests.Sale(1, 12500)), 3));
                Assert.Equal(ClientReplyKind.Closed, bad.Receive(RunningHost.Timeout).Kind);
            }

            HostSimEvent malformed = host.WaitFor(HostSimEventKind.MalformedFrame);
            string line = malformed.ToString();

            Assert.Equal(60, malformed.Error.Field); // decoding stopped at the last field, long after the card number
            Assert.Contains("malformed frame: field 60", line);
            Assert.Contains("mti 0200", line);
            Assert.DoesNotContain("622848000000", line);
            Assert.DoesNotMatch(LongDigitRun, line);
        }

        [Fact]
        public void TheCommandPrintsNoCardNumberForMalformedFrames()
        {
            var output = new LockedWriter();
            using var stop = new CancellationTokenSource();
            int exit = -1;
            var thread = new Thread(() => exit = HostSimCommand.Run(new[] { "--port", "0", "--verbose", "--blocked-pan", Pan, "--mac-optional" }, output, new StringWriter(), stop.Token));
            thread.Start();
            try
            {
                int port = WaitForPort(output);
                using (HostSimClient bad = HostSimClient.Connect(port, RunningHost.Timeout))
                {
                    bad.SendRaw(CutShort(Pack(Requests.Sale(1, 12500)), 3));
                    bad.Receive(RunningHost.Timeout);
                }

                using (HostSimClient good = HostSimClient.Connect(port, RunningHost.Timeout))
                {
                    Assert.Equal("14", good.Exchange(Requests.Sale(2, 12500), RunningHost.Timeout).GetString(39));
                }

                WaitFor(output, "malformed frame");
                WaitFor(output, "rc 14");
            }
            finally
            {
                stop.Cancel();
                Assert.True(thread.Join(10_000));
            }

            Assert.Equal(0, exit);
            Assert.DoesNotContain(Pan, output.ToString());
            Assert.DoesNotMatch(new Regex("622848[0-9]"), output.ToString()); // the masked form has '*' after the first 6
            Assert.Contains("622848*********0019", output.ToString());
        }

        [Fact]
        public void AMistypedBlockedCardIsMaskedInTheUsageError()
        {
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            Assert.Equal(2, HostSimCommand.Run(new[] { "--blocked-pan", Pan + "X" }, new StringWriter(), error, stop.Token));
            Assert.DoesNotContain(Pan, error.ToString());
            Assert.Contains("622848**********019X", error.ToString());
        }

        [Theory]
        [InlineData("0000", "length 0 tpdu (none) mti (none) bitmap (none); 0 bytes of field content not shown")]
        [InlineData("0003600003", "length 3 tpdu 600003 mti (none) bitmap (none); 0 bytes of field content not shown")]
        [InlineData("000A6000030000020070", "length 10 tpdu 6000030000 mti 0200 bitmap 70; 0 bytes of field content not shown")]
        public void FramesCutAnywhereAreDescribedWithoutFailing(string hex, string expected)
        {
            Assert.Equal(expected, FrameDump.Describe(Hex.Parse(hex), CupTerminalProfile.Instance));
        }

        [Fact]
        public void DigitRunsOf12OrMoreAreMaskedAsCardNumbers()
        {
            Assert.Equal("abc 12345678901 def", FrameDump.MaskDigitRuns("abc 12345678901 def"));
            Assert.Equal("x********9012y", FrameDump.MaskDigitRuns("x123456789012y"));
            Assert.Equal("C196228" + new string('*', 17) + "0000F", FrameDump.MaskDigitRuns("C196228480000000000019000000F"));
        }

        private byte[] Pack(IsoMessage message)
        {
            var buffer = new byte[1024];
            int length = _codec.Pack(message, Tpdu.Create(3, 0), buffer, 0);
            return buffer.AsSpan(0, length).ToArray();
        }

        /// <summary>Drops the last bytes of a frame and fixes its length header, so the frame arrives whole but the message does not decode.</summary>
        private static byte[] CutShort(byte[] frame, int drop)
        {
            byte[] cut = frame.AsSpan(0, frame.Length - drop).ToArray();
            cut[0] = (byte)((cut.Length - 2) >> 8);
            cut[1] = (byte)(cut.Length - 2);
            return cut;
        }

        private static int WaitForPort(LockedWriter output)
        {
            return int.Parse(WaitFor(output, @"listening on 127\.0\.0\.1:(\d+)").Groups[1].Value);
        }

        private static Match WaitFor(LockedWriter output, string pattern)
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 10_000)
            {
                Match match = Regex.Match(output.ToString(), pattern);
                if (match.Success)
                {
                    return match;
                }

                Thread.Sleep(20);
            }

            throw new TimeoutException("No output matched " + pattern + "; output so far:\n" + output);
        }
    }
}
