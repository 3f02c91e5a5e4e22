using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NanoPos.Emulation;
using NanoPos.Hal;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    public class PanMaskTests
    {
        /// <summary>13 or more digits, adjacent or separated by single spaces: what PanMask treats as a card number.</summary>
        internal static readonly Regex CardNumber = new Regex("[0-9](?: ?[0-9]){12,}");

        [Theory]
        [InlineData("6228480000000000019", "622848*********0019")]
        [InlineData("card 4111111111111111 ok", "card 411111******1111 ok")]
        [InlineData("4111111111111=2512", "411111***1111=2512")]
        [InlineData("622848*********0019", "622848*********0019")]
        [InlineData("RRN 065659000001 STAN 000042", "RRN 065659000001 STAN 000042")]
        [InlineData("", "")]
        [InlineData(null, null)]
        public void MasksRunsOf13OrMoreDigitsOnly(string text, string expected)
        {
            Assert.Equal(expected, PanMask.Scrub(text));
        }

        [Theory]
        [InlineData("6228 4800 0000 0015", "6228 48** **** 0015")]
        [InlineData("card 6228 4800 0000 0015 ok", "card 6228 48** **** 0015 ok")]
        [InlineData("6228 4800 0000 0000 019", "6228 48** **** ***0 019")]
        [InlineData("622 848 000 000 0015", "622 848 *** *** 0015")]
        [InlineData("6228 4800 0000 0", "6228 48** *000 0")]
        [InlineData("6228 4800 0000", "6228 4800 0000")]
        [InlineData("6228  4800 0000 0015", "6228  4800 0000 0015")]
        [InlineData("6228 4800\n0000 0015", "6228 4800\n0000 0015")]
        [InlineData("amount 125.00 stan 000042 rc 00", "amount 125.00 stan 000042 rc 00")]
        public void MasksDigitsGroupedBySingleSpacesTooKeepingTheSpaces(string text, string expected)
        {
            Assert.Equal(expected, PanMask.Scrub(text));
            Assert.DoesNotMatch(CardNumber, PanMask.Scrub(text).Replace('*', 'x'));
        }

        [Fact]
        public void TheDisplayShowsTheCardAsTypedAndNothingElseCarriesIt()
        {
            // As on the terminal itself, the card screen shows the number being keyed (grouped by four); the side
            // panel, the error and the log never carry it.
            var log = new List<string>();
            using var host = new EmulatorHost(new SimulatedTerminalSession(new SimulatedTerminal()), new EmulatorHostOptions { PumpTime = false }, log.Add);
            host.Start();
            EmulatorState state = null;
            foreach (char c in "12500#" + DemoConfig.Card)
            {
                state = host.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }

            Assert.Equal("Card", state.Screen);
            Assert.Contains("6228 4800 0000", string.Join(" ", state.Text));
            Assert.Contains("0015", string.Join(" ", state.Text));
            foreach (char c in "#" + DemoConfig.Expiry + "#1234#")
            {
                state = host.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }

            Assert.Equal("Result", state.Screen);
            EmulatorPanel panel = host.ReadPanel();
            string[] cells = new[] { panel.HostLedger, panel.Journal, panel.Batch, panel.PendingReversals }
                .SelectMany(t => t.Rows).SelectMany(r => r).ToArray();
            Assert.Contains("622848******0015", cells);
            Assert.DoesNotContain(cells, cell => CardNumber.IsMatch(cell));
            Assert.Null(state.Error);
            Assert.Empty(log);
        }
    }
}
