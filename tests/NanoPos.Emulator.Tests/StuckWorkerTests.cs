using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using NanoPos.Emulation;
using NanoPos.Hal;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>A firmware worker that does not stop is an error the page shows, not a hang and not a second firmware.</summary>
    public class StuckWorkerTests
    {
        [Fact]
        public void AWorkerThatDoesNotStopIsReportedAsAnErrorAndNoSecondFirmwareBoots()
        {
            using var release = new ManualResetEventSlim(false);
            var armed = new StrongBox();
            var options = new SimulatedTerminalOptions { Paced = true, WorkerTimeoutMs = 300 };
            options.WrapLink = link => new StuckLink(link, armed, release);
            var terminal = new SimulatedTerminal(options);
            var log = new List<string>();
            using var host = new EmulatorHost(new SimulatedTerminalSession(terminal), new EmulatorHostOptions { PumpTime = false }, log.Add);
            host.Start();
            foreach (char c in "4200#" + DemoConfig.Card + "#" + DemoConfig.Expiry + "#1234")
            {
                host.Press(c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }

            armed.Value = true;
            host.Press(Key.Enter);
            var watch = Stopwatch.StartNew();
            EmulatorState state = host.CutPower();

            Assert.True(watch.ElapsedMilliseconds < 5000, "answered, not hung: " + watch.ElapsedMilliseconds + " ms");
            Assert.NotNull(state.Error);
            Assert.Contains("InvalidOperationException", state.Error);
            Assert.Contains("second firmware", state.Error);
            Assert.Equal(1, terminal.Power.Boots);
            state = host.Advance(200);
            Assert.Contains("second firmware", state.Error);
            Assert.Equal(1, terminal.Power.Boots);
            Assert.Contains(log, line => line.Contains("second firmware", StringComparison.Ordinal));

            release.Set();
        }

        private sealed class StrongBox
        {
            public volatile bool Value;
        }

        /// <summary>A link whose connect blocks once armed, whatever happens meanwhile (a hung driver call), until released.</summary>
        private sealed class StuckLink : INetworkLink
        {
            private readonly INetworkLink _inner;
            private readonly StrongBox _armed;
            private readonly ManualResetEventSlim _release;

            internal StuckLink(INetworkLink inner, StrongBox armed, ManualResetEventSlim release)
            {
                _inner = inner;
                _armed = armed;
                _release = release;
            }

            public LinkState State => _inner.State;

            public int SignalStrengthDbm => _inner.SignalStrengthDbm;

            public bool Connect(int timeoutMs)
            {
                if (_armed.Value)
                {
                    _release.Wait(TimeSpan.FromSeconds(30));
                }

                return _inner.Connect(timeoutMs);
            }

            public void Disconnect() => _inner.Disconnect();

            public int Send(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Send(buffer, offset, count, timeoutMs);

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => _inner.Receive(buffer, offset, count, timeoutMs);
        }
    }
}
