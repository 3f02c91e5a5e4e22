using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using NanoPos.Cli;
using NanoPos.Diagnostics;
using NanoPos.Emulation;
using NanoPos.Ui;
using NanoPos.Ui.Messages;
using OpenQA.Selenium;
using Xunit;
using Xunit.Abstractions;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// Issue 13 end to end in headless Chromium over the real firmware (paced, time pumped): a field technician's visit.
    /// Faults injected from the QA panel (untrusted TLS certificate, low memory), the technician menu behind its PIN, the
    /// link and memory self-tests failing with their reasons, the health report, then the health QR code: the page's
    /// canvas pixels are read back with ZXing.Net (and a screenshot of the page with <c>nanopos health decode --image</c>)
    /// and give the same figures as <c>GET /api/health</c>. Screenshots go to docs/emulator/ with NANOPOS_UPDATE_DOCS=1.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class HealthEndToEndTests
    {
        private static readonly TimeSpan Screen = TimeSpan.FromSeconds(20);

        // Figures that grow with time between the moment the QR code was drawn and the moment /api/health collects.
        private static readonly HashSet<string> Ages = new HashSet<string>
        {
            "uptimeSeconds", "linkUptimeSeconds", "lastErrorAgeSeconds", "oldestReversalAgeSeconds",
        };

        private readonly ITestOutputHelper _output;

        public HealthEndToEndTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [BrowserFact]
        public async Task ATechnicianSeesTheFaultsInTheSelfTestsAndTheHealthQrCodeSaysWhatTheApiSays()
        {
            using var browser = new Browser();
            var watch = Stopwatch.StartNew();
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(SimulatedTerminalSession.Create());
            var page = new EmulatorPage(browser, emulator.Server.Address);
            page.Open();
            page.WaitForScreenName("Idle", Screen);

            // Two faults from the QA panel: the host presents a certificate the terminal's CA did not sign, memory is low.
            Assert.True(browser.Driver.FindElement(By.Id("faults")).Displayed, "the self-test faults are on the page");
            foreach (string fault in new[] { "tlsUntrusted", "lowMemory" })
            {
                page.Button("fault-" + fault);
                browser.WaitFor(_ => page.State().RootElement.GetProperty("controls").GetProperty(fault).GetBoolean(), Screen, fault + " set");
            }

            // Technician menu: M, 7, the PIN, Enter; 2 self-tests; 5 the link test.
            page.Type("m7" + DemoConfig.TechnicianPin + Keys.Enter, 7);
            page.WaitForScreenName("TechnicianMenu", Screen);
            page.Type("2", 1);
            page.WaitForScreenName("SelfTest", Screen);
            page.Type("5", 1);
            string link = page.WaitForScreen(Screen, "Link", "FAIL", "Secure link failed");
            page.AssertCanvasShowsTheFramebuffer();
            page.Screenshot("selftest-link-failed");

            // 7 the memory test (back to the list first).
            page.Type(Keys.Escape + "7", 2);
            page.WaitForScreen(Screen, "Memory", "FAIL", "Memory low: 12000 B");

            // 3 the health report, then # its QR code.
            page.Type(Keys.Escape + Keys.Escape + "3", 3);
            page.WaitForScreenName("Health", Screen);
            page.WaitForScreen(Screen, "Terminal TERM0001");
            page.Screenshot("health-report");
            page.Type(Keys.Enter, 1);
            page.WaitForScreenName("HealthQr", Screen);
            page.AssertCanvasShowsTheFramebuffer();

            // The canvas as a camera sees it: every pixel's luminance, read in the page, decoded by ZXing.Net.
            var canvas = (IDictionary<string, object>)((IJavaScriptExecutor)browser.Driver).ExecuteScript(@"
                const c = document.getElementById('display');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let s = '';
                for (let i = 0; i < d.length; i += 4) s += String.fromCharCode(Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]));
                return { width: c.width, height: c.height, gray: btoa(s) };");
            int width = Convert.ToInt32(canvas["width"]);
            int height = Convert.ToInt32(canvas["height"]);
            string scanned = HealthQrImage.Find(Convert.FromBase64String((string)canvas["gray"]), width, height);
            Assert.NotNull(scanned);
            Assert.StartsWith(HealthCode.Prefix + " ", scanned);

            using JsonDocument api = page.Health();
            AssertSameFigures(scanned, api.RootElement);
            JsonElement linkTest = api.RootElement.GetProperty("selfTests")[(int)SelfTestId.Link];
            Assert.Equal("LinkTlsFailed", linkTest.GetProperty("reason").GetString());
            Assert.Equal("certificate not trusted", linkTest.GetProperty("detail").GetString());
            Assert.Equal("MemoryLow", api.RootElement.GetProperty("selfTests")[(int)SelfTestId.Memory].GetProperty("reason").GetString());

            // A screenshot of the whole page, as a technician would send it, read by the nanopos command.
            string shot = page.Screenshot("health-qr");
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.True(Program.Run(new[] { "health", "decode", "--image", shot, "--json" }, output, error) == 0, error.ToString());
            using JsonDocument fromShot = JsonDocument.Parse(output.ToString());
            Assert.Equal(scanned, fromShot.RootElement.GetProperty("code").GetString());
            _output.WriteLine(link + "\n" + scanned + "\n" + watch.ElapsedMilliseconds + " ms");
        }

        /// <summary>The code read from the screen and the report /api/health collects now have the same figures (ages may have grown).</summary>
        private static void AssertSameFigures(string scanned, JsonElement api)
        {
            var report = new HealthReport();
            HealthCode.Decode(scanned, report);
            using JsonDocument screen = JsonDocument.Parse(JsonSerializer.Serialize(HealthView.From(report, Language.English), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            int compared = 0;
            foreach (JsonProperty figure in screen.RootElement.EnumerateObject())
            {
                if (figure.Name is "code" or "collectedAtMs" or "selfTests")
                {
                    continue;
                }

                JsonElement now = api.GetProperty(figure.Name);
                if (Ages.Contains(figure.Name) && figure.Value.GetInt64() >= 0)
                {
                    long grown = now.GetInt64() - figure.Value.GetInt64();
                    Assert.True(grown >= 0 && grown < 120, figure.Name + ": " + figure.Value + " on the screen, " + now + " now");
                }
                else
                {
                    Assert.True(figure.Value.ToString() == now.ToString(), figure.Name + ": " + figure.Value + " on the screen, " + now + " from /api/health");
                }

                compared++;
            }

            Assert.True(compared >= 30, "every figure compared: " + compared);
            JsonElement tests = screen.RootElement.GetProperty("selfTests");
            for (int i = 0; i < SelfTestSuite.Count; i++)
            {
                foreach (string member in new[] { "id", "name", "status", "reason", "reasonCode" })
                {
                    Assert.Equal(tests[i].GetProperty(member).ToString(), api.GetProperty("selfTests")[i].GetProperty(member).ToString());
                }
            }
        }
    }
}
