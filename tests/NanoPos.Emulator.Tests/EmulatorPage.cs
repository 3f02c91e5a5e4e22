using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>The emulator's page as a test sees it: keys, controls, the display (text and canvas pixels), the side panel.</summary>
    internal sealed class EmulatorPage
    {
        private static readonly TimeSpan Short = TimeSpan.FromSeconds(10);
        private readonly Browser _browser;
        private readonly Uri _address;
        private readonly HttpClient _http;

        public EmulatorPage(Browser browser, Uri address)
        {
            _browser = browser;
            _address = address;
            _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        }

        private IWebDriver Driver => _browser.Driver;

        public void Open()
        {
            Driver.Navigate().GoToUrl(_address);
            _browser.WaitFor(d => d.FindElement(By.Id("keypad")).GetAttribute("data-ready") == "true", Short, "the keypad was not built");
            _browser.WaitFor(d => Js<long>("return window.nanoPos.frames") > 0, Short, "the display was never drawn");
        }

        /// <summary>Clicks the on-screen key with this key name (Digit1, Enter, Clear …) and waits until the page has sent it.</summary>
        public void Click(string key)
        {
            long sent = Js<long>("return window.nanoPos.keysSent");
            Driver.FindElement(By.Id("key-" + key)).Click();
            _browser.WaitFor(_ => Js<long>("return window.nanoPos.keysSent") > sent, Short, "the page did not send " + key);
        }

        public void ClickAll(params string[] keys)
        {
            foreach (string key in keys)
            {
                Click(key);
            }
        }

        /// <summary>Types on the computer keyboard (Selenium key strings: "125", Keys.Enter …) and waits until the page has sent every key.</summary>
        public void Type(string text, int keyCount)
        {
            long sent = Js<long>("return window.nanoPos.keysSent");
            new Actions(Driver).SendKeys(text).Perform();
            _browser.WaitFor(_ => Js<long>("return window.nanoPos.keysSent") >= sent + keyCount, Short, "the page did not send the typed keys: " + text);
        }

        public void Button(string id)
        {
            Driver.FindElement(By.Id(id)).Click();
            ((IJavaScriptExecutor)Driver).ExecuteScript("document.activeElement.blur()"); // keys go to the keypad, not the button
        }

        /// <summary>The name of the screen the page shows (from the firmware, e.g. Idle, Processing).</summary>
        public string ScreenName => Driver.FindElement(By.Id("screen-name")).Text;

        public void WaitForScreenName(string name, TimeSpan timeout)
        {
            string last = null;
            try
            {
                _browser.WaitFor(_ => (last = ScreenName) == name, timeout, "screen " + name);
            }
            catch (WebDriverTimeoutException)
            {
                throw new Xunit.Sdk.XunitException("The page never showed the " + name + " screen within " + timeout.TotalSeconds + " s; last: " + last + "\n" + ScreenText);
            }
        }

        public void SetHostDelay(int ms)
        {
            // Select-all and type, as a person does (WebDriver's Clear also blurs the field, and the next poll would
            // then put the current value back before the new one is typed).
            IWebElement input = Driver.FindElement(By.Id("host-delay"));
            input.SendKeys(Keys.Control + "a");
            input.SendKeys(ms.ToString());
            Button("host-delay-set");
            _browser.WaitFor(_ => State().RootElement.GetProperty("controls").GetProperty("hostDelayMs").GetInt32() == ms, Short, "host delay not set");
            ((IJavaScriptExecutor)Driver).ExecuteScript("document.activeElement.blur()"); // keyboard back to the keypad
        }

        /// <summary>The screen text the page shows under the display.</summary>
        public string ScreenText => Driver.FindElement(By.Id("screen-text")).Text;

        /// <summary>
        /// Waits until the page's screen text contains every part (case-insensitive; the display wraps long lines, so
        /// line breaks count as spaces) and returns it.
        /// </summary>
        public string WaitForScreen(TimeSpan timeout, params string[] parts)
        {
            string last = null;
            try
            {
                return _browser.WaitFor(
                    _ =>
                    {
                        last = ScreenText;
                        string flat = Flat(last);
                        return parts.All(p => flat.Contains(Flat(p), StringComparison.OrdinalIgnoreCase)) ? last : null;
                    },
                    timeout,
                    "screen never showed " + string.Join(" + ", parts));
            }
            catch (WebDriverTimeoutException e)
            {
                throw new Xunit.Sdk.XunitException("The screen never showed \"" + string.Join("\" + \"", parts) + "\" within " + timeout.TotalSeconds + " s; last screen:\n" + last + "\n" + e.Message);
            }
        }

        /// <summary>
        /// Asserts the canvas is the firmware's framebuffer, pixel for pixel: reads every scaled square of the canvas,
        /// checks it is one colour, and compares the 128x64 bits with the frame /api/state serves (retrying while the
        /// display changes).
        /// </summary>
        public void AssertCanvasShowsTheFramebuffer()
        {
            string lastProblem = null;
            DateTime until = DateTime.UtcNow + Short;
            while (DateTime.UtcNow < until)
            {
                var canvas = (IDictionary<string, object>)((IJavaScriptExecutor)Driver).ExecuteScript(@"
                    const c = document.getElementById('display');
                    const w = 128, h = 64, s = c.width / w;
                    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    let bits = '', mixed = 0;
                    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                      let first = -1;
                      for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) {
                        const i = (((y * s + dy) * c.width) + (x * s + dx)) * 4;
                        const on = d[i] + d[i + 1] + d[i + 2] > 300 ? 1 : 0;
                        if (first < 0) first = on; else if (on !== first) mixed++;
                      }
                      bits += first;
                    }
                    return { bits, mixed, scale: s, frame: window.nanoPos.lastFrame };");
                string bits = (string)canvas["bits"];
                long mixed = Convert.ToInt64(canvas["mixed"]);
                string drawn = (string)canvas["frame"];
                string served = State().RootElement.GetProperty("frame").GetProperty("data").GetString();
                string expected = Bits(Convert.FromBase64String(drawn));
                if (mixed != 0)
                {
                    lastProblem = mixed + " sub-pixels differ from their square: pixels are not integer-scaled squares";
                }
                else if (Convert.ToInt64(canvas["scale"]) < 2)
                {
                    lastProblem = "scale " + canvas["scale"];
                }
                else if (bits != expected)
                {
                    lastProblem = "canvas differs from the frame the page drew";
                }
                else if (drawn != served)
                {
                    lastProblem = "the page has not drawn the server's latest frame yet";
                }
                else
                {
                    Assert.Contains('1', bits); // something is lit
                    return;
                }

                Thread.Sleep(150);
            }

            Assert.Fail("The canvas does not show the framebuffer: " + lastProblem);
        }

        /// <summary>The rows of a side-panel table as column → cell maps (from the page's DOM).</summary>
        public List<Dictionary<string, string>> PanelRows(string tableId)
        {
            IWebElement table = Driver.FindElement(By.Id(tableId));
            string[] columns = table.FindElements(By.CssSelector("thead th")).Select(th => th.Text).ToArray();
            var rows = new List<Dictionary<string, string>>();
            foreach (IWebElement tr in table.FindElements(By.CssSelector("tbody tr")))
            {
                string[] cells = tr.FindElements(By.TagName("td")).Select(td => td.Text).ToArray();
                if (cells.Length == columns.Length && columns.Length > 0)
                {
                    rows.Add(columns.Zip(cells).ToDictionary(p => p.First, p => p.Second));
                }
            }

            return rows;
        }

        /// <summary>Waits until a panel table (on the page) has a row that satisfies <paramref name="match"/>, and returns it.</summary>
        public Dictionary<string, string> WaitForPanelRow(string tableId, Func<Dictionary<string, string>, bool> match, TimeSpan timeout, string what)
        {
            return _browser.WaitFor(_ => PanelRows(tableId).FirstOrDefault(match), timeout, what);
        }

        public JsonDocument State()
        {
            return JsonDocument.Parse(_http.GetStringAsync("/api/state").GetAwaiter().GetResult());
        }

        public JsonDocument Health()
        {
            return JsonDocument.Parse(_http.GetStringAsync("/api/health").GetAwaiter().GetResult());
        }

        public JsonDocument Panel()
        {
            return JsonDocument.Parse(_http.GetStringAsync("/api/panel").GetAwaiter().GetResult());
        }

        /// <summary>
        /// Saves a screenshot of the whole page as NAME.png and returns the path: into artifacts/screenshots/emulator,
        /// or into docs/emulator (the pictures the README shows) when NANOPOS_UPDATE_DOCS=1, so a plain test run
        /// never modifies committed files.
        /// </summary>
        public string Screenshot(string name)
        {
            bool updateDocs = Environment.GetEnvironmentVariable("NANOPOS_UPDATE_DOCS") == "1";
            string folder = updateDocs
                ? Path.Combine(RepoPaths.Root, "docs", "emulator")
                : Path.Combine(RepoPaths.Root, "artifacts", "screenshots", "emulator");
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, name + ".png");
            ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);
            return path;
        }

        public T Js<T>(string script)
        {
            object value = ((IJavaScriptExecutor)Driver).ExecuteScript(script);
            return (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string Flat(string text)
        {
            return string.Join(" ", text.Split((char[])null, StringSplitOptions.RemoveEmptyEntries));
        }

        internal static string Bits(byte[] frame, int width = 128, int height = 64)
        {
            var sb = new StringBuilder(width * height);
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    sb.Append((frame[((y / 8) * width) + x] >> (y % 8) & 1) == 1 ? '1' : '0');
                }
            }

            return sb.ToString();
        }
    }

    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        private static string FindRoot()
        {
            for (DirectoryInfo d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "nanoPos.sln")))
                {
                    return d.FullName;
                }
            }

            throw new InvalidOperationException("nanoPos.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
