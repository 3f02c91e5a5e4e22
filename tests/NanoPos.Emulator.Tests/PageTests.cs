using System;
using System.Linq;
using System.Threading.Tasks;
using NanoPos.Hal;
using OpenQA.Selenium;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// The page itself in headless Chromium, over the test double (fast, exact about which keys arrive): the keypad's
    /// labels and keys, the keyboard map, the canvas, the controls and the indicators.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class PageTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

        [BrowserFact]
        public async Task TheOnScreenKeypadHasTheReferenceLabelsAndSendsTheirKeys()
        {
            using var browser = new Browser();
            var terminal = new FakeTerminal();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(terminal);
            var page = new EmulatorPage(browser, emulator.Server.Address);
            page.Open();

            string[] labels = browser.Driver.FindElements(By.CssSelector("#keypad button"))
                .Select(b => b.Text.Split('\n')[0].Trim()).ToArray();
            Assert.Equal("1 2 3 A 4 5 6 B 7 8 9 C * 0 # D", string.Join(" ", labels));

            string[] order = { "Digit1", "Digit2", "Digit3", "Menu", "Digit4", "Digit5", "Digit6", "Function1", "Digit7", "Digit8", "Digit9", "Function2", "Cancel", "Digit0", "Enter", "Clear" };
            page.ClickAll(order);
            Assert.Equal(order, Pressed(emulator, terminal));
        }

        [BrowserFact]
        public async Task TheComputerKeyboardMapsToTheKeypad()
        {
            using var browser = new Browser();
            var terminal = new FakeTerminal();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(terminal);
            var page = new EmulatorPage(browser, emulator.Server.Address);
            page.Open();

            page.Type("0123456789", 10);
            page.Type(Keys.Enter + Keys.Backspace + Keys.Escape + "m" + Keys.F1 + Keys.F2, 6);
            page.Type("#*DABC", 6);
            Assert.Equal(
                new[]
                {
                    "Digit0", "Digit1", "Digit2", "Digit3", "Digit4", "Digit5", "Digit6", "Digit7", "Digit8", "Digit9",
                    "Enter", "Clear", "Cancel", "Menu", "Function1", "Function2",
                    "Enter", "Cancel", "Clear", "Menu", "Function1", "Function2",
                },
                Pressed(emulator, terminal));

            // The page documents the map.
            string help = browser.Driver.FindElement(By.CssSelector("table.help")).Text;
            foreach (string word in new[] { "Backspace", "Esc", "Enter", "M", "F1", "F2" })
            {
                Assert.Contains(word, help);
            }
        }

        [BrowserFact]
        public async Task ControlsAndIndicatorsFollowTheEmulator()
        {
            using var browser = new Browser();
            var terminal = new FakeTerminal();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(terminal);
            var page = new EmulatorPage(browser, emulator.Server.Address);
            page.Open();
            page.AssertCanvasShowsTheFramebuffer();

            page.Button("network-toggle");
            browser.WaitFor(d => d.FindElement(By.Id("led-link")).GetAttribute("class").Contains("off"), Wait, "link LED off");
            Assert.False(Locked(emulator, () => terminal.NetworkUp));
            Assert.Equal("Restore network", browser.Driver.FindElement(By.Id("network-toggle")).Text);
            page.Button("network-toggle");
            browser.WaitFor(d => d.FindElement(By.Id("led-link")).GetAttribute("class").Contains("on"), Wait, "link LED on");

            page.Button("host-maintenance");
            browser.WaitFor(d => d.FindElement(By.Id("led-host")).GetAttribute("class").Contains("warn"), Wait, "host LED amber");
            Assert.True(Locked(emulator, () => terminal.HostMaintenance));

            page.SetHostDelay(4000);
            Assert.Equal(4000, Locked(emulator, () => terminal.HostDelayMs));

            browser.Driver.FindElement(By.CssSelector("#language option[value=Chinese]")).Click();
            browser.WaitFor(_ => Locked(emulator, () => terminal.Language) == NanoPos.Ui.Messages.Language.Chinese, Wait, "language");

            page.Click("Digit7");
            page.Click("Enter");
            page.WaitForScreen(Wait, "Processing");
            page.Button("cut-power");
            browser.WaitFor(d => d.FindElement(By.Id("reversal-count")).Text == "0", Wait, "reversal sent at boot");
            Assert.Equal(2, Locked(emulator, () => terminal.Boots));
            page.WaitForPanelRow("table-ledger", r => r["state"] == "reversed", Wait, "ledger shows the reversal");

            page.Button("skip-time");
            browser.WaitFor(_ => page.State().RootElement.GetProperty("simTimeMs").GetInt64() >= 10_000, Wait, "time skipped");
        }

        private static T Locked<T>(RunningEmulator emulator, Func<T> read)
        {
            return emulator.Host.Read(_ => read()); // under the host's lock: the time pump runs meanwhile
        }

        private static string[] Pressed(RunningEmulator emulator, FakeTerminal terminal)
        {
            return Locked(emulator, () => terminal.Pressed.Select(k => k.ToString()).ToArray());
        }
    }
}
