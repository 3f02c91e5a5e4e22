using System;
using System.Linq;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Issue 13: every QA fault of the simulated terminal (the emulator's self-test faults) makes its self-test fail with
    /// its reason, run from the technician menu as a technician runs it, and the reason's text is on the screen; without
    /// faults the tests that need nobody pass; the health report collected through the firmware carries the result.
    /// </summary>
    public class SelfTestFaultTests
    {
        public static TheoryData<string, SelfTestId, SelfTestReason, string> Faults => new TheoryData<string, SelfTestId, SelfTestReason, string>
        {
            { "displayBusError", SelfTestId.Display, SelfTestReason.DisplayBusError, "Display bus error - check its cable" },
            { "deadKey", SelfTestId.Keypad, SelfTestReason.KeysMissing, "Keys not working: 5" },
            { "flashWriteFailure", SelfTestId.Store, SelfTestReason.StoreWriteFailed, "Flash write failed - replace board" },
            { "flashFull", SelfTestId.Store, SelfTestReason.StoreLowSpace, "Flash nearly full:" },
            { "clockNotSet", SelfTestId.Clock, SelfTestReason.ClockNotSet, "Time not set - check Wi-Fi and time server" },
            { "wifiDown", SelfTestId.Link, SelfTestReason.LinkNoRadio, "Wi-Fi not joined - check name and password" },
            { "weakSignal", SelfTestId.Link, SelfTestReason.LinkWeakSignal, "Wi-Fi weak -88 dBm - move closer" },
            { "dnsFailure", SelfTestId.Link, SelfTestReason.LinkNameFailed, "Host name not found - check DNS" },
            { "hostRefusesTcp", SelfTestId.Link, SelfTestReason.LinkTcpFailed, "Host not reachable - check address" },
            { "tlsUntrusted", SelfTestId.Link, SelfTestReason.LinkTlsFailed, "Secure link failed - check CA" },
            { "hostSilent", SelfTestId.Host, SelfTestReason.HostNoAnswer, "Host did not answer - call acquirer" },
            { "hostBadMac", SelfTestId.Host, SelfTestReason.HostBadAnswer, "Host answer failed checks - sign on" },
            { "lowMemory", SelfTestId.Memory, SelfTestReason.MemoryLow, "Memory low: 12000 B - restart" },
        };

        [Theory]
        [MemberData(nameof(Faults))]
        public void EachFaultFailsItsSelfTestWithItsReason(string fault, SelfTestId test, SelfTestReason reason, string text)
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            Inject(terminal, fault);

            string screen = Run(terminal, test);

            SelfTestResult result = terminal.Power.Firmware.Ui.Health.Tests.Get(test).Result;
            Assert.True(result.Status == SelfTestStatus.Failed && result.Reason == reason, fault + ": " + result.Status + " " + result.Reason + " (" + result.Detail + ")\n" + screen);
            Assert.Contains(text, screen);

            HealthView health = terminal.Views.ReadHealth();
            SelfTestView view = health.SelfTests[(int)test];
            Assert.Equal("failed", view.Status);
            Assert.Equal(reason.ToString(), view.Reason);
            Assert.Equal((int)reason, view.ReasonCode);
            Assert.StartsWith(text.Split(':')[0], view.Message);
            Assert.Contains(" Z", health.Code);
            var decoded = new HealthReport();
            HealthCode.Decode(health.Code, decoded);
            Assert.Equal(reason, decoded.TestReason[(int)test]);
            Assert.Equal(SelfTestStatus.Failed, decoded.TestStatus[(int)test]);
        }

        [Fact]
        public void WithoutFaultsTheTestsThatNeedNobodyPass()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            foreach (SelfTestId test in new[] { SelfTestId.Store, SelfTestId.Clock, SelfTestId.Link, SelfTestId.Host, SelfTestId.Memory })
            {
                string screen = Run(terminal, test);
                SelfTestResult result = terminal.Power.Firmware.Ui.Health.Tests.Get(test).Result;
                Assert.True(result.Status == SelfTestStatus.Passed, test + ": " + result.Reason + " (" + result.Detail + ")\n" + screen);
                Assert.Contains("OK", screen);
                terminal.Press(Key.Cancel);
            }

            Assert.Equal("TLS", terminal.Power.Firmware.Ui.Health.Tests.Get(SelfTestId.Link).Result.Detail.Split(',').Last().Trim().Split(' ')[0]);
        }

        [Theory]
        [InlineData("wifiDown", SelfTestReason.LinkNoRadio)]
        [InlineData("dnsFailure", SelfTestReason.LinkNameFailed)]
        [InlineData("tlsUntrusted", SelfTestReason.LinkTlsFailed)]
        [InlineData("hostRefusesTcp", SelfTestReason.LinkTcpFailed)]
        public void ThePacedTerminalOfTheEmulatorProbesTheLinkStageByStage(string fault, SelfTestReason reason)
        {
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true });
            terminal.Boot();
            Inject(terminal, fault);

            string screen = Run(terminal, SelfTestId.Link);

            SelfTestResult result = terminal.Power.Firmware.Ui.Health.Tests.Get(SelfTestId.Link).Result;
            Assert.True(result.Status == SelfTestStatus.Failed && result.Reason == reason, fault + ": " + result.Status + " " + result.Reason + " (" + result.Detail + ")\n" + screen);
            Assert.Equal(reason.ToString(), terminal.Views.ReadHealth().SelfTests[(int)SelfTestId.Link].Reason);
        }

        [Fact]
        public void FaultsOutliveAPowerCutAndClearingThemLetsTheTestsPassAgain()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Faults.WifiDown = true;
            terminal.Faults.LowMemory = true;
            terminal.Faults.ClockNotSet = true;
            terminal.Power.Cut();

            Assert.Equal(SelfTestReason.LinkNoRadio, Result(terminal, SelfTestId.Link).Reason);
            Assert.Equal(SelfTestReason.MemoryLow, Result(terminal, SelfTestId.Memory).Reason);
            Assert.Equal(SelfTestReason.ClockNotSet, Result(terminal, SelfTestId.Clock).Reason);

            terminal.Faults.Apply(new TerminalFaults { WifiDown = false, LowMemory = false, ClockNotSet = false });
            Assert.Equal("none", terminal.Faults.Current.ToString());
            Assert.Equal(SelfTestStatus.Passed, Result(terminal, SelfTestId.Link).Status);
            Assert.Equal(SelfTestStatus.Passed, Result(terminal, SelfTestId.Memory).Status);
            Assert.Equal(SelfTestStatus.Passed, Result(terminal, SelfTestId.Clock).Status);
        }

        [Fact]
        public void TheFlashWriteFailureFiresOnceAndTheFullFlashIsGivenBack()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            long free = terminal.Store.FreeBytes;
            terminal.Faults.FlashWriteFailure = true;
            Assert.True(terminal.Faults.FlashWriteFailure);
            Assert.Equal(SelfTestReason.StoreWriteFailed, Result(terminal, SelfTestId.Store).Reason);
            Assert.False(terminal.Faults.FlashWriteFailure);
            Assert.Equal(SelfTestStatus.Passed, Result(terminal, SelfTestId.Store).Status);

            terminal.Faults.FlashFull = true;
            Assert.Equal(SelfTestFaults.FlashFullFreeBytes, terminal.Store.FreeBytes);
            SelfTestResult full = Result(terminal, SelfTestId.Store);
            Assert.Equal(SelfTestReason.StoreLowSpace, full.Reason);
            Assert.True(full.Value < StoreSelfTest.MinimumFreeBytes);

            // A payment still goes through on the last 4 KB.
            Sale(terminal, "1000");
            Assert.Equal("approved", terminal.Views.HostLedger().Last().State);

            terminal.Faults.FlashFull = false;
            Assert.False(terminal.Store.Exists(SelfTestFaults.FlashFillRecord));
            Assert.True(terminal.Store.FreeBytes > free - 2048);
            Assert.Equal(SelfTestStatus.Passed, Result(terminal, SelfTestId.Store).Status);
        }

        [Fact]
        public void ADeadKeyIsDroppedEverywhereNotOnlyInTheTest()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Faults.DeadKey = Key.Digit5;
            Press(terminal, "1526");
            Assert.Contains("1.26", string.Join(" ", terminal.ScreenText));
            terminal.Faults.DeadKey = Key.None;
            Assert.Equal(Key.None, terminal.Faults.DeadKey);
        }

        [Fact]
        public void BadChangesAreRefusedWholeAndTheUntrustedCertificateNeedsTls()
        {
            using var plain = new SimulatedTerminal(new SimulatedTerminalOptions { Tls = false });
            plain.Boot();
            Assert.Throws<ArgumentException>(() => plain.Faults.Apply(new TerminalFaults { LowMemory = true, TlsUntrusted = true }));
            Assert.False(plain.Faults.LowMemory);
            Assert.Throws<ArgumentException>(() => plain.Faults.Apply(new TerminalFaults { WifiDown = true, DeadKey = (Key)999 }));
            Assert.False(plain.Faults.WifiDown);
            Assert.Throws<InvalidOperationException>(() => plain.Faults.TlsUntrusted = true);
        }

        [Fact]
        public void TheHealthReportOfTheFirmwareComesOutAsJsonWithItsCode()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Faults.LowMemory = true;
            Result(terminal, SelfTestId.Memory);

            HealthView health = terminal.Views.ReadHealth();
            Assert.Equal("TERM0001", health.TerminalId);
            Assert.Equal(FirmwareVersion.Current.ToString(), health.FirmwareVersion);
            Assert.Equal(1, health.Boots);
            Assert.Equal(SelfTestFaults.LowMemoryBytes, health.FreeMemoryBytes);
            Assert.True(health.KeysLoaded);
            Assert.Equal(7, health.SelfTests.Count);
            Assert.Equal(new[] { "Display", "Keypad", "Store", "Clock", "Link", "Host", "Memory" }, health.SelfTests.Select(t => t.Name));
            Assert.Equal("notRun", health.SelfTests[0].Status);
            SelfTestView memory = health.SelfTests[(int)SelfTestId.Memory];
            Assert.Equal("Memory low: 12000 B - restart", memory.Message);
            Assert.Equal(SelfTestFaults.LowMemoryBytes, memory.Value);
            Assert.StartsWith("NPH1 T" + "TERM0001" + " F" + FirmwareVersion.Current, health.Code);
            Assert.Contains(" M12000 ", health.Code);
            Assert.EndsWith(".360", health.Code); // memory, the last test: failed (3) x 100 + MemoryLow (60)
            Assert.Equal(terminal.NowMs, health.CollectedAtMs);
        }

        /// <summary>Sets one fault by its JSON name, as the emulator's controls do.</summary>
        internal static void Inject(SimulatedTerminal terminal, string fault)
        {
            var change = new TerminalFaults();
            switch (fault)
            {
                case "displayBusError": change.DisplayBusError = true; break;
                case "deadKey": change.DeadKey = Key.Digit5; break;
                case "flashWriteFailure": change.FlashWriteFailure = true; break;
                case "flashFull": change.FlashFull = true; break;
                case "clockNotSet": change.ClockNotSet = true; break;
                case "wifiDown": change.WifiDown = true; break;
                case "weakSignal": change.WeakSignal = true; break;
                case "dnsFailure": change.DnsFailure = true; break;
                case "hostRefusesTcp": change.HostRefusesTcp = true; break;
                case "tlsUntrusted": change.TlsUntrusted = true; break;
                case "hostSilent": change.HostSilent = true; break;
                case "hostBadMac": change.HostBadMac = true; break;
                case "lowMemory": change.LowMemory = true; break;
                default: throw new ArgumentException(fault);
            }

            terminal.Faults.Apply(change);
            Assert.Contains(fault, terminal.Faults.Current.ToString());
        }

        /// <summary>
        /// Runs one self-test from the technician menu (Menu 7, PIN, Enter, 2, the test's number) as a technician does, the
        /// interactive ones too (display: every page confirmed; keypad: every key once, then * twice), and returns every row
        /// the result screen shows (scrolled).
        /// </summary>
        internal static string Run(SimulatedTerminal terminal, SelfTestId test)
        {
            if (terminal.Screen != UiScreen.SelfTest)
            {
                Press(terminal, "A7" + DemoConfig.TechnicianPin + "#2");
            }

            Assert.Equal(UiScreen.SelfTest, terminal.Screen);
            Press(terminal, ((int)test + 1).ToString());
            if (test == SelfTestId.Display)
            {
                Press(terminal, "#");
                for (int page = 0; page < 40 && terminal.Power.Firmware.Ui.Health.Tests.Get(test).Result.Status == SelfTestStatus.Running; page++)
                {
                    Press(terminal, "#");
                }
            }
            else if (test == SelfTestId.Keypad)
            {
                Press(terminal, "#");
                KeyMap map = KeyMap.Reference;
                for (int r = 0; r < KeyMap.Rows; r++)
                {
                    for (int c = 0; c < KeyMap.Columns; c++)
                    {
                        terminal.Press(map.GetKey(r, c));
                    }
                }

                terminal.Press(Key.Cancel);
            }

            // The automatic tests run through the engine's runner; a paced terminal lives through their waits.
            for (int i = 0; i < 60 && terminal.Power.Firmware.Ui.Health.Tests.Get(test).Result.Status == SelfTestStatus.Running; i++)
            {
                terminal.Advance(1000);
            }

            terminal.Advance(200);
            return ResultText(terminal);
        }

        /// <summary>The result screen's text as one line: title, status, and the body scrolled to its end (the display wraps it).</summary>
        internal static string ResultText(SimulatedTerminal terminal)
        {
            string[] shown = terminal.ScreenText;
            var lines = shown.ToList();
            for (int i = 0; i < 10; i++)
            {
                terminal.Press(Key.Function2);
                string[] now = terminal.ScreenText;
                if (now.SequenceEqual(shown))
                {
                    break;
                }

                lines.Add(now[now.Length - 1]);
                shown = now;
            }

            return string.Join(" ", string.Join(" ", lines).Split((char[])null, StringSplitOptions.RemoveEmptyEntries));
        }

        private static SelfTestResult Result(SimulatedTerminal terminal, SelfTestId test)
        {
            Run(terminal, test);
            terminal.Press(Key.Cancel);
            return terminal.Power.Firmware.Ui.Health.Tests.Get(test).Result;
        }

        private static void Sale(SimulatedTerminal terminal, string cents)
        {
            if (terminal.Screen != UiScreen.Idle)
            {
                Press(terminal, "***");
            }

            Press(terminal, cents + "#" + DemoConfig.Card + "#" + DemoConfig.Expiry + "#1234#");
            terminal.Press(Key.Enter);
        }

        internal static void Press(SimulatedTerminal terminal, string keys)
        {
            foreach (char c in keys)
            {
                terminal.Press(c switch
                {
                    'A' => Key.Menu,
                    '#' => Key.Enter,
                    '*' => Key.Cancel,
                    _ => Key.Digit0 + (c - '0'),
                });
            }
        }
    }
}
