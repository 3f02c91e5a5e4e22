using System;
using System.Linq;
using System.Threading;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The firmware restarts itself out of a failed engine call and its next boot reverses the charge; the simulation
    /// never boots a second firmware while the old one's worker may still write the journal.
    /// </summary>
    public class FaultRecoveryTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void AFailedOutcomeWriteRestartsTheFirmwareAndItsBootReversesTheCharge(bool paced)
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Paced = paced });
            terminal.Boot();
            TypeUpToPin(terminal, "4200");

            // Durable write 1 of the sale is its intent, 2 its outcome: the host approves, the outcome is not recorded.
            ((InMemoryRecordStore)terminal.Store).FailWriteAt(2);
            Press(terminal, "1234#");
            terminal.Advance(200);

            Assert.Equal(UiScreen.Fatal, terminal.Screen);
            Assert.Equal("Please wait", terminal.ScreenText[0].Trim());
            Assert.Contains("Terminal error - restarting", string.Join(" ", terminal.ScreenText.Select(r => r.Trim())));
            Assert.Equal("approved", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Equal(1, terminal.Power.Boots);

            terminal.Advance(PosTerminal.RestartDelayMs + 1000);

            Assert.Equal(2, terminal.Power.Boots);
            Assert.Equal(UiScreen.Idle, terminal.Screen);
            Assert.Equal("reversed", terminal.Views.HostLedger().Single(r => r.Kind == "sale").State);
            Assert.Empty(terminal.Views.PendingReversals());
        }

        [Fact]
        public void AWorkerThatDoesNotStopIsNeverJoinedByASecondFirmware()
        {
            using var stuck = new StuckGate();
            var options = new SimulatedTerminalOptions { Paced = true, WorkerTimeoutMs = 300 };
            options.WrapLink = link => new StuckLink(link, stuck);
            using var terminal = new SimulatedTerminal(options);
            terminal.Boot();
            TypeUpToPin(terminal, "4200");
            Press(terminal, "1234");
            stuck.Armed = true;

            // The sale's connect blocks in the "driver" and ignores the power cut, as a hung native call would.
            Assert.Throws<TimeoutException>(() => terminal.Press(Key.Enter));
            InvalidOperationException cut = Assert.Throws<InvalidOperationException>(() => terminal.Power.Cut());

            Assert.Contains("second firmware", cut.Message);
            Assert.Equal(1, terminal.Power.Boots);
            Assert.Throws<InvalidOperationException>(() => terminal.Advance(100));
            Assert.Throws<InvalidOperationException>(() => terminal.Press(Key.Digit1));
            Assert.Equal(1, terminal.Power.Boots);
            Assert.Contains(terminal.TakeTimeline(), e => e.Event != null && e.Event.StartsWith("simulation stopped", StringComparison.Ordinal));

            stuck.Release();
        }

        private static void TypeUpToPin(SimulatedTerminal terminal, string amount)
        {
            Press(terminal, amount + "#" + DemoConfig.Card + "#" + DemoConfig.Expiry + "#");
        }

        private static void Press(SimulatedTerminal terminal, string keys)
        {
            foreach (char c in keys)
            {
                terminal.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }
        }

        /// <summary>Once armed, blocks connects until released (30 s at most, so a failing test still ends).</summary>
        private sealed class StuckGate : IDisposable
        {
            private readonly ManualResetEventSlim _release = new ManualResetEventSlim(false);

            internal volatile bool Armed;

            internal void Pass()
            {
                if (Armed)
                {
                    _release.Wait(TimeSpan.FromSeconds(30));
                }
            }

            internal void Release() => _release.Set();

            public void Dispose()
            {
                _release.Set();
                _release.Dispose();
            }
        }

        /// <summary>A link whose connect blocks while the gate is armed, whatever happens meanwhile (a hung driver call).</summary>
        private sealed class StuckLink : INetworkLink
        {
            private readonly INetworkLink _inner;
            private readonly StuckGate _gate;

            internal StuckLink(INetworkLink inner, StuckGate gate)
            {
                _inner = inner;
                _gate = gate;
            }

            public LinkState State => _inner.State;

            public int SignalStrengthDbm => _inner.SignalStrengthDbm;

            public bool Connect(int timeoutMs)
            {
                _gate.Pass();
                return _inner.Connect(timeoutMs);
            }

            public void Disconnect() => _inner.Disconnect();

            public int Send(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Send(buffer, offset, count, timeoutMs);

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Receive(buffer, offset, count, timeoutMs);
        }
    }
}
