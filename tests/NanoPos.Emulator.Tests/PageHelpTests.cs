using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NanoPos.Emulation;
using NanoPos.Hal;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// The page's help tells a technician how to open the technician menu, PIN included (issue 13, item 5: it used to
    /// be only in a sub-README), and the PIN it names is the one the demo terminal accepts.
    /// </summary>
    public sealed class PageHelpTests
    {
        [Fact]
        public async Task TheHelpNamesTheSupervisorPinForRefunds()
        {
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(new FakeTerminal());
            using var http = new HttpClient { BaseAddress = emulator.Server.Address, Timeout = TimeSpan.FromSeconds(10) };
            string html = await http.GetStringAsync("/");
            Match paragraph = Regex.Match(html, "<p class=\"hint\" id=\"how-to-pay\">(.*?)</p>", RegexOptions.Singleline);
            Assert.True(paragraph.Success);
            Assert.Contains("supervisor PIN <b>" + DemoConfig.SupervisorPin + "</b>", paragraph.Groups[1].Value);
        }

        [Fact]
        public async Task TheHelpNamesTheTechnicianPinAndThatPinOpensTheMenu()
        {
            string help;
            await using (RunningEmulator emulator = await RunningEmulator.StartAsync(new FakeTerminal()))
            {
                using var http = new HttpClient { BaseAddress = emulator.Server.Address, Timeout = TimeSpan.FromSeconds(10) };
                string html = await http.GetStringAsync("/");
                Match paragraph = Regex.Match(html, "<p class=\"hint\" id=\"technician-help\">(.*?)</p>", RegexOptions.Singleline);
                Assert.True(paragraph.Success, "a technician paragraph in the page's help");
                help = paragraph.Groups[1].Value;
            }

            Assert.Contains("technician PIN <b>" + DemoConfig.TechnicianPin + "</b>", help);
            Assert.Contains("<kbd>7</kbd>", help);

            // Issue 13: what the menu holds for a field technician, and how the health QR code is read back.
            Assert.Contains("2 self-tests", help);
            Assert.Contains("3 health report", help);
            Assert.Contains("4 health QR", help);
            Assert.Contains("<b>Self-test faults</b>", help);
            Assert.Contains("<b>QR code</b>", help);
            Assert.Contains("nanopos health decode --image", help);
            Assert.Contains("GET /api/health", help);

            // What the page says works on the real firmware: Menu, 7, the PIN it names, Enter.
            string pin = Regex.Match(help, "technician PIN <b>([0-9]+)</b>").Groups[1].Value;
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.Press(Key.Menu);
            terminal.Press(Key.Digit7);
            foreach (char c in pin)
            {
                terminal.Press(Key.Digit0 + (c - '0'));
            }

            terminal.Press(Key.Enter);
            Assert.Equal(UiScreen.TechnicianMenu, terminal.Screen);
        }
    }
}
