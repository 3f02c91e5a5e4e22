using System;
using System.IO;
using System.Linq;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// Where the browser comes from: Debian's <c>chromium</c> and <c>chromium-driver</c> (/usr/bin/chromium,
    /// /usr/bin/chromedriver; NANOPOS_CHROMIUM and NANOPOS_CHROMEDRIVER override). Nothing is downloaded:
    /// Selenium is given both paths, so its driver manager never runs.
    /// </summary>
    internal static class BrowserPaths
    {
        public static string Chromium { get; } = Environment.GetEnvironmentVariable("NANOPOS_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";

        public static string ChromeDriver { get; } = Environment.GetEnvironmentVariable("NANOPOS_CHROMEDRIVER") is { Length: > 0 } d ? d : "/usr/bin/chromedriver";

        /// <summary>Null when both are present, else why the browser tests cannot run.</summary>
        public static string Missing
        {
            get
            {
                string[] missing = new[] { Chromium, ChromeDriver }.Where(p => !File.Exists(p)).ToArray();
                return missing.Length == 0
                    ? null
                    : "Browser tests skipped: " + string.Join(" and ", missing) + " not found. Install Debian's chromium and chromium-driver "
                      + "(apt-get install chromium chromium-driver; .ci/run does this) or set NANOPOS_CHROMIUM / NANOPOS_CHROMEDRIVER.";
            }
        }
    }

    /// <summary>The browser tests run one at a time (each has its own Chromium and emulator): kind to a 2-core CI machine.</summary>
    [CollectionDefinition(Name)]
    public sealed class BrowserCollection
    {
        public const string Name = "Browser";
    }

    /// <summary>A test that needs headless Chromium: skipped, with the reason, only when chromium or chromedriver is absent.</summary>
    public sealed class BrowserFactAttribute : FactAttribute
    {
        public BrowserFactAttribute()
        {
            Timeout = 180_000;
            if (BrowserPaths.Missing is string reason)
            {
                Skip = reason;
            }
        }
    }

    /// <summary>One headless Chromium under chromedriver, with a fresh profile, closed on Dispose. Every wait is bounded.</summary>
    public sealed class Browser : IDisposable
    {
        private readonly string _profile;
        private readonly ChromeDriverService _service;

        public Browser()
        {
            _profile = Path.Combine(Path.GetTempPath(), "nanopos-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_profile);
            _service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserPaths.ChromeDriver), Path.GetFileName(BrowserPaths.ChromeDriver));
            _service.HideCommandPromptWindow = true;
            _service.SuppressInitialDiagnosticInformation = true;
            var options = new ChromeOptions { BinaryLocation = BrowserPaths.Chromium };
            // Headless on a closed network: no sandbox (root in CI), no GPU, and none of Chromium's own traffic.
            options.AddArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=1560,1180", "--user-data-dir=" + _profile);
            Driver = new ChromeDriver(_service, options, TimeSpan.FromSeconds(60));
            Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
            Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(15);
            Driver.Manage().Timeouts().ImplicitWait = TimeSpan.Zero;
        }

        public ChromeDriver Driver { get; }

        public string Version => Driver.Capabilities.GetCapability("browserVersion") as string;

        public string DriverVersion => (Driver.Capabilities.GetCapability("chrome") as System.Collections.Generic.Dictionary<string, object>)?["chromedriverVersion"] as string;

        /// <summary>Waits until <paramref name="condition"/> returns a non-default value, or fails with <paramref name="what"/> and the last value seen.</summary>
        public T WaitFor<T>(Func<IWebDriver, T> condition, TimeSpan timeout, string what)
        {
            var wait = new WebDriverWait(Driver, timeout) { PollingInterval = TimeSpan.FromMilliseconds(100), Message = what };
            wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
            return wait.Until(condition);
        }

        public void Dispose()
        {
            try
            {
                Driver.Quit();
            }
            catch (WebDriverException)
            {
            }

            Driver.Dispose();
            _service.Dispose();
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
