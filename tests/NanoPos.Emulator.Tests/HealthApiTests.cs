using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NanoPos.Diagnostics;
using NanoPos.Emulation;
using NanoPos.Hal;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// Issue 13 over HTTP, no browser: <c>GET /api/health</c> is the firmware's own report (collected under the session's
    /// lock through <c>TerminalUi.Health</c>) with its QR code's text; the self-test faults are controls like the others
    /// (posted, validated, reported in the state), and a posted fault makes its self-test fail on the real firmware.
    /// </summary>
    public sealed class HealthApiTests
    {
        private static readonly string[] FaultNames =
        {
            "displayBusError", "flashWriteFailure", "flashFull", "clockNotSet", "wifiDown", "weakSignal", "dnsFailure",
            "hostRefusesTcp", "tlsUntrusted", "hostSilent", "hostBadMac", "lowMemory",
        };

        [Fact]
        public async Task TheHealthReportIsTheFirmwaresWithItsCode()
        {
            await using Session session = await Session.StartAsync(new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true }));
            using (JsonDocument posted = await session.Post("/api/controls", "{\"lowMemory\":true}"))
            {
                Assert.True(posted.RootElement.GetProperty("controls").GetProperty("lowMemory").GetBoolean());
            }

            // The memory test, from the technician menu, as a technician runs it.
            foreach (Key key in new[] { Key.Menu, Key.Digit7 }.Concat(DemoConfig.TechnicianPin.Select(c => Key.Digit0 + (c - '0'))).Concat(new[] { Key.Enter, Key.Digit2, Key.Digit7 }))
            {
                (await session.Post("/api/key", "{\"key\":\"" + key + "\"}")).Dispose();
            }

            await session.Post("/api/advance", "{\"ms\":500}");
            using JsonDocument health = await session.Get("/api/health");
            JsonElement root = health.RootElement;
            Assert.Equal("TERM0001", root.GetProperty("terminalId").GetString());
            Assert.Equal(FirmwareVersion.Current.ToString(), root.GetProperty("firmwareVersion").GetString());
            Assert.Equal(1, root.GetProperty("boots").GetInt32());
            Assert.Equal(SelfTestFaults.LowMemoryBytes, root.GetProperty("freeMemoryBytes").GetInt64());
            Assert.True(root.GetProperty("keysLoaded").GetBoolean());
            Assert.True(root.GetProperty("collectedAtMs").GetInt64() > 0);
            JsonElement memory = root.GetProperty("selfTests")[(int)SelfTestId.Memory];
            Assert.Equal("Memory", memory.GetProperty("name").GetString());
            Assert.Equal("failed", memory.GetProperty("status").GetString());
            Assert.Equal("MemoryLow", memory.GetProperty("reason").GetString());
            Assert.Equal("Memory low: 12000 B - restart", memory.GetProperty("message").GetString());
            Assert.Equal(SelfTestFaults.LowMemoryBytes, memory.GetProperty("value").GetInt64());

            // The code carries the same report, the firmware's decoder reads it back.
            string code = root.GetProperty("code").GetString();
            var decoded = new HealthReport();
            HealthCode.Decode(code, decoded);
            Assert.Equal(SelfTestReason.MemoryLow, decoded.TestReason[(int)SelfTestId.Memory]);
            Assert.Equal(SelfTestFaults.LowMemoryBytes, decoded.FreeMemoryBytes);
            Assert.Equal("TERM0001", decoded.TerminalId);
        }

        [Fact]
        public async Task TheLocalTimeControlShowsTheFundsDateOfASaleOnTheSaturdayNightBeforeAHolidayWeek()
        {
            // Issue 14's "done when", over HTTP on the real firmware: Sat 14 Feb 2026 23:30, after the cut-off and before
            // the Spring Festival week, is paid on Tue 24 Feb (T+1).
            await using Session session = await Session.StartAsync(new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true }));
            (await session.Post("/api/controls", "{\"localTime\":\"2026-02-14T23:30\"}")).Dispose();
            foreach (char c in "8800#" + DemoConfig.Card + "#1229#1234#")
            {
                Key key = c == '#' ? Key.Enter : Key.Digit0 + (c - '0');
                (await session.Post("/api/key", "{\"key\":\"" + key + "\"}")).Dispose();
            }

            string[] text = null;
            for (int i = 0; i < 50; i++)
            {
                using JsonDocument state = await session.Post("/api/advance", "{\"ms\":200}");
                text = state.RootElement.GetProperty("text").EnumerateArray().Select(e => e.GetString()).ToArray();
                if (state.RootElement.GetProperty("screen").GetString() == "Result")
                {
                    break;
                }
            }

            Assert.Equal("Funds Tue 24 Feb", text[3].Trim());
            using HttpResponseMessage refused = await session.PostRaw("/api/controls", "{\"localTime\":\"Saturday night\"}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("yyyy-MM-ddTHH:mm", await refused.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task EveryFaultIsAControlReportedInTheStateAndClearedAgain()
        {
            await using Session session = await Session.StartAsync(new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true }));
            using (JsonDocument before = await session.Get("/api/state"))
            {
                JsonElement controls = before.RootElement.GetProperty("controls");
                Assert.All(FaultNames, name => Assert.False(controls.GetProperty(name).GetBoolean(), name));
                Assert.Equal("None", controls.GetProperty("deadKey").GetString());
            }

            string all = "{" + string.Join(",", FaultNames.Where(n => n != "flashWriteFailure").Select(n => "\"" + n + "\":true")) + ",\"deadKey\":\"Digit5\",\"flashWriteFailure\":true}";
            using (JsonDocument on = await session.Post("/api/controls", all))
            {
                JsonElement controls = on.RootElement.GetProperty("controls");
                Assert.All(FaultNames, name => Assert.True(controls.GetProperty(name).GetBoolean(), name));
                Assert.Equal("Digit5", controls.GetProperty("deadKey").GetString());
            }

            Assert.True(session.Terminal.Faults.WifiDown && session.Terminal.Faults.HostSilent && session.Terminal.Faults.TlsUntrusted);
            Assert.Equal(Key.Digit5, session.Terminal.Faults.DeadKey);

            string none = "{" + string.Join(",", FaultNames.Select(n => "\"" + n + "\":false")) + ",\"deadKey\":\"none\"}";
            using (JsonDocument off = await session.Post("/api/controls", none))
            {
                JsonElement controls = off.RootElement.GetProperty("controls");
                Assert.All(FaultNames, name => Assert.False(controls.GetProperty(name).GetBoolean(), name));
                Assert.Equal("None", controls.GetProperty("deadKey").GetString());
            }

            Assert.Equal("none", session.Terminal.Faults.Current.ToString());
        }

        [Theory]
        [InlineData("{\"wifiDown\":true,\"deadKey\":\"Digit55\"}", "Unknown deadKey 'Digit55'")]
        [InlineData("{\"wifiDown\":true,\"hostDelayMs\":-1}", "hostDelayMs must be between")]
        public async Task ABadFaultIsRefusedAndChangesNothing(string body, string message)
        {
            await using Session session = await Session.StartAsync(new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true }));
            HttpResponseMessage response = await session.PostRaw("/api/controls", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, error.RootElement.GetProperty("error").GetString());
            Assert.False(session.Terminal.Faults.WifiDown);
        }

        [Fact]
        public async Task TheUntrustedCertificateNeedsTlsAndChangesNothingWithout()
        {
            await using Session session = await Session.StartAsync(new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true, Tls = false }));
            HttpResponseMessage response = await session.PostRaw("/api/controls", "{\"lowMemory\":true,\"tlsUntrusted\":true}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("TLS is off", await response.Content.ReadAsStringAsync());
            Assert.False(session.Terminal.Faults.LowMemory);
        }

        [Fact]
        public async Task ADoubleWithoutFaultsOrHealthSaysSo()
        {
            await using RunningEmulator emulator = await RunningEmulator.StartAsync(new FakeTerminal());
            using var http = new HttpClient { BaseAddress = emulator.Server.Address, Timeout = TimeSpan.FromSeconds(10) };
            HttpResponseMessage health = await http.GetAsync("/api/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("No health report", await health.Content.ReadAsStringAsync());

            HttpResponseMessage fault = await http.PostAsync("/api/controls", new StringContent("{\"wifiDown\":true}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, fault.StatusCode);
            Assert.Contains("no self-test faults", await fault.Content.ReadAsStringAsync());

            using JsonDocument state = JsonDocument.Parse(await http.GetStringAsync("/api/state"));
            Assert.Equal(JsonValueKind.Null, state.RootElement.GetProperty("controls").GetProperty("wifiDown").ValueKind);
        }

        /// <summary>The real firmware behind the server, its time pump off (each test lets time pass itself).</summary>
        private sealed class Session : IAsyncDisposable
        {
            private readonly EmulatorHost _host;
            private readonly EmulatorServer _server;
            private readonly HttpClient _http;

            private Session(SimulatedTerminal terminal, EmulatorHost host, EmulatorServer server)
            {
                Terminal = terminal;
                _host = host;
                _server = server;
                _http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };
            }

            public SimulatedTerminal Terminal { get; }

            public static async Task<Session> StartAsync(SimulatedTerminal terminal)
            {
                var host = new EmulatorHost(new SimulatedTerminalSession(terminal), new EmulatorHostOptions { PumpTime = false });
                host.Start();
                return new Session(terminal, host, await EmulatorServer.StartAsync(host, 0));
            }

            public async Task<JsonDocument> Get(string path)
            {
                HttpResponseMessage response = await _http.GetAsync(path);
                string body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, path + ": " + (int)response.StatusCode + " " + body);
                return JsonDocument.Parse(body);
            }

            public async Task<JsonDocument> Post(string path, string json)
            {
                HttpResponseMessage response = await PostRaw(path, json);
                string body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, path + " " + json + ": " + (int)response.StatusCode + " " + body);
                return JsonDocument.Parse(body);
            }

            public Task<HttpResponseMessage> PostRaw(string path, string json)
            {
                return _http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
            }

            public async ValueTask DisposeAsync()
            {
                _http.Dispose();
                await _server.DisposeAsync();
                _host.Dispose();
            }
        }
    }
}
