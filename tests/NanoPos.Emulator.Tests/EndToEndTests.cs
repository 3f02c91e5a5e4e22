using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NanoPos.Emulation;
using OpenQA.Selenium;
using Xunit;
using Xunit.Abstractions;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// The emulator end to end: the real firmware (SimulatedTerminal in paced mode, time pumped with real time) behind
    /// the page, driven in headless Chromium with the mouse and the keyboard. Each test asserts what the page shows
    /// (screen text, and the canvas pixel for pixel against the framebuffer), checks the host ledger in the side panel,
    /// and saves a screenshot to docs/emulator/.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class EndToEndTests
    {
        private static readonly TimeSpan Screen = TimeSpan.FromSeconds(20);
        private readonly ITestOutputHelper _output;

        public EndToEndTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [BrowserFact]
        public async Task ASaleTakenWithTheMouseAndTheKeyboardIsApproved()
        {
            using var browser = new Browser();
            var watch = Stopwatch.StartNew();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(SimulatedTerminalSession.Create());
            EmulatorPage page = Open(browser, emulator);
            page.WaitForScreenName("Idle", Screen);
            page.AssertCanvasShowsTheFramebuffer();
            page.Screenshot("idle");

            // Amount on the computer keyboard: 125.00.
            page.Type("12500", 5);
            page.WaitForScreen(Screen, "125.00");
            page.Type(Keys.Enter, 1);
            page.WaitForScreenName("Card", Screen);

            // Card number with the mouse on the on-screen keypad, Enter (#) too.
            page.ClickAll(DemoConfig.Card.Select(c => "Digit" + c).ToArray());
            page.WaitForScreen(Screen, "6228 4800 0000 0015"); // grouped by four (wrapped on the 128-pixel display)
            page.Click("Enter");

            // Expiry and PIN on the keyboard again.
            page.Type(DemoConfig.Expiry + Keys.Enter, 5);
            page.WaitForScreenName("Pin", Screen);
            page.Type("1234", 4);
            page.WaitForScreen(Screen, "****");
            page.Type(Keys.Enter, 1);

            string screen = page.WaitForScreen(Screen, "Approved", "125.00", "Auth code");
            Dictionary<string, string> charge = page.WaitForPanelRow(
                "table-ledger", r => r["kind"] == "sale" && r["amount"] == "125.00", Screen, "the host ledger shows the sale");
            Assert.Equal("approved", charge["state"]);
            Assert.Equal("00", charge["rc"]);
            Assert.Equal("622848******0015", charge["card"]);
            page.WaitForPanelRow("table-batch", r => r["amount"] == "125.00", Screen, "the batch holds the sale");
            page.Screenshot("sale-approved");
            page.AssertCanvasShowsTheFramebuffer();
            AssertNoFullCardNumber(page);
            _output.WriteLine(screen + "\n" + watch.ElapsedMilliseconds + " ms; " + browser.Version + ", chromedriver " + browser.DriverVersion);
        }

        [BrowserFact]
        public async Task APowerCutDuringAPaymentIsReversedAfterTheRebootNeverCharged()
        {
            using var browser = new Browser();
            var watch = Stopwatch.StartNew();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(SimulatedTerminalSession.Create());
            EmulatorPage page = Open(browser, emulator);
            page.WaitForScreenName("Idle", Screen);

            // The host takes 15 s to answer: plenty of time to cut the power while the terminal waits (also on a busy CI machine).
            page.SetHostDelay(15000);
            page.Type("6600" + Keys.Enter, 5);
            page.WaitForScreenName("Card", Screen);
            page.Type(DemoConfig.Card + Keys.Enter, DemoConfig.Card.Length + 1);
            page.Type(DemoConfig.Expiry + Keys.Enter, 5);
            page.WaitForScreenName("Pin", Screen);
            page.Type("1234" + Keys.Enter, 5);
            page.WaitForScreenName("Processing", Screen);

            // The host has decided (and charged) the sale; its answer is still on the way.
            Dictionary<string, string> sale = page.WaitForPanelRow(
                "table-ledger", r => r["kind"] == "sale" && r["amount"] == "66.00", Screen, "the host ledger shows the sale in flight");
            Assert.Equal("approved", sale["state"]);
            page.AssertCanvasShowsTheFramebuffer();
            page.Screenshot("power-cut-processing");

            page.Button("cut-power");
            page.SetHostDelay(0);
            page.Button("skip-time"); // the boot's reversal may still wait for the old delay: let 10 s of simulated time pass

            // After the reboot the terminal reverses the sale before anything else.
            Dictionary<string, string> reversed = page.WaitForPanelRow(
                "table-ledger", r => r["key"] == sale["key"] && r["state"] == "reversed", TimeSpan.FromSeconds(45), "the host ledger shows the sale reversed");
            Assert.Equal("1", reversed["reversals"]);
            browser.WaitFor(d => d.FindElement(By.Id("reversal-count")).Text == "0", Screen, "no reversal left pending");
            page.WaitForScreenName("Idle", Screen);
            page.AssertCanvasShowsTheFramebuffer();

            // Never charged: nothing of 66.00 in effect at the host, nothing in the terminal's batch; one power cut.
            Assert.DoesNotContain(page.PanelRows("table-ledger"), r => r["amount"] == "66.00" && r["state"] == "approved");
            Assert.DoesNotContain(page.PanelRows("table-batch"), r => r["amount"] == "66.00");
            using (JsonDocument panel = page.Panel())
            {
                JsonElement rows = panel.RootElement.GetProperty("hostLedger").GetProperty("rows");
                Assert.Equal(1, rows.GetArrayLength());
                Assert.Equal("reversed", rows[0][5].GetString());
                Assert.Equal(0, panel.RootElement.GetProperty("pendingReversals").GetProperty("rows").GetArrayLength());
            }

            using (JsonDocument state = page.State())
            {
                Assert.Equal(1, state.RootElement.GetProperty("indicators").GetProperty("powerCuts").GetInt32());
            }

            AssertNoFullCardNumber(page);
            page.Screenshot("power-cut-reversed");
            _output.WriteLine(page.ScreenText + "\n" + watch.ElapsedMilliseconds + " ms");
        }

        [BrowserFact]
        public async Task ADeclineShowsTheHostsReason()
        {
            using var browser = new Browser();
            var watch = Stopwatch.StartNew();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(SimulatedTerminalSession.Create());
            EmulatorPage page = Open(browser, emulator);
            page.WaitForScreenName("Idle", Screen);

            // 1.51 ends in 51: the host declines with 51, insufficient funds.
            page.ClickAll("Digit1", "Digit5", "Digit1", "Enter");
            page.WaitForScreenName("Card", Screen);
            page.Type(DemoConfig.Card + Keys.Enter, DemoConfig.Card.Length + 1);
            page.Type(DemoConfig.Expiry + Keys.Enter, 5);
            page.WaitForScreenName("Pin", Screen);
            page.Type("1234" + Keys.Enter, 5);

            string screen = page.WaitForScreen(Screen, "Declined", "Insufficient funds - try another card");
            page.AssertCanvasShowsTheFramebuffer();
            Dictionary<string, string> decline = page.WaitForPanelRow(
                "table-ledger", r => r["amount"] == "1.51", Screen, "the host ledger shows the decline");
            Assert.Equal("declined", decline["state"]);
            Assert.Equal("51", decline["rc"]);
            Assert.Empty(page.PanelRows("table-batch"));
            page.Screenshot("decline-51");
            _output.WriteLine(screen + "\n" + watch.ElapsedMilliseconds + " ms");
        }

        private static EmulatorPage Open(Browser browser, RunningEmulator emulator)
        {
            var page = new EmulatorPage(browser, emulator.Server.Address);
            page.Open();
            return page;
        }

        private static void AssertNoFullCardNumber(EmulatorPage page)
        {
            string panel = page.Panel().RootElement.GetRawText();
            Assert.DoesNotContain(DemoConfig.Card, panel);
            string side = page.Js<string>("return document.querySelector('section.panel').innerText");
            Assert.DoesNotContain(DemoConfig.Card, side);
            Assert.Contains("622848******0015", side);
        }
    }
}
