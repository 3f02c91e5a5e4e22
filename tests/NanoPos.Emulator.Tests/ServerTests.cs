using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NanoPos.Hal;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>The server's endpoints over a test double (no browser, no firmware), with the time pump off.</summary>
    public sealed class ServerTests : IAsyncLifetime
    {
        private readonly FakeTerminal _terminal = new FakeTerminal();
        private EmulatorHost _host;
        private EmulatorServer _server;
        private HttpClient _http;

        public async Task InitializeAsync()
        {
            _host = new EmulatorHost(_terminal, new EmulatorHostOptions { PumpTime = false });
            _host.Start();
            _server = await EmulatorServer.StartAsync(_host, 0);
            _http = new HttpClient { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(10) };
        }

        public async Task DisposeAsync()
        {
            _http?.Dispose();
            if (_server != null)
            {
                await _server.DisposeAsync();
            }

            _host?.Dispose();
        }

        [Fact]
        public void ListensOnLoopbackOnlyOnAnEphemeralPort()
        {
            Assert.Equal("127.0.0.1", _server.Address.Host);
            Assert.NotEqual(0, _server.Address.Port);
            Assert.NotEqual(5080, _server.Address.Port);
        }

        [Fact]
        public async Task ServesThePageAndItsFiles()
        {
            string html = await _http.GetStringAsync("/");
            Assert.Contains("<canvas id=\"display\"", html);
            Assert.Contains("Cut power", html);
            Assert.Contains("Backspace", html);
            Assert.Contains("function draw", await _http.GetStringAsync("/app.js"));
            Assert.Contains(".keypad", await _http.GetStringAsync("/style.css"));
            HttpResponseMessage missing = await _http.GetAsync("/nothing-here");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        [Fact]
        public async Task StateHoldsTheFramebufferTextIndicatorsAndControls()
        {
            using JsonDocument state = await GetJson("/api/state");
            JsonElement root = state.RootElement;
            Assert.Equal("Idle", root.GetProperty("screen").GetString());
            Assert.Equal("nanoPos", root.GetProperty("text")[0].GetString());
            JsonElement frame = root.GetProperty("frame");
            Assert.Equal(128, frame.GetProperty("width").GetInt32());
            Assert.Equal(64, frame.GetProperty("height").GetInt32());
            Assert.Equal(_terminal.Frame.Buffer, Convert.FromBase64String(frame.GetProperty("data").GetString()));
            Assert.True(root.GetProperty("indicators").GetProperty("link").GetBoolean());
            Assert.True(root.GetProperty("indicators").GetProperty("power").GetBoolean());
            Assert.Equal(0, root.GetProperty("indicators").GetProperty("pendingReversals").GetInt32());
            Assert.Equal("English", root.GetProperty("controls").GetProperty("language").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        }

        [Fact]
        public async Task KeypadIsTheReferenceLayout()
        {
            using JsonDocument keypad = await GetJson("/api/keypad");
            var labels = new StringBuilder();
            var keys = new StringBuilder();
            foreach (JsonElement row in keypad.RootElement.GetProperty("rows").EnumerateArray())
            {
                foreach (JsonElement key in row.EnumerateArray())
                {
                    labels.Append(key.GetProperty("label").GetString());
                    keys.Append(key.GetProperty("key").GetString()).Append(' ');
                }

                labels.Append('/');
            }

            Assert.Equal("123A/456B/789C/*0#D/", labels.ToString());
            Assert.Equal(
                "Digit1 Digit2 Digit3 Menu Digit4 Digit5 Digit6 Function1 Digit7 Digit8 Digit9 Function2 Cancel Digit0 Enter Clear ",
                keys.ToString());
        }

        [Fact]
        public async Task KeysReachTheFirmwareInOrderAndTheAnswerIsTheNewState()
        {
            foreach (string key in new[] { "Digit1", "digit2", "Digit5" })
            {
                (await PostJson("/api/key", "{\"key\":\"" + key + "\"}")).EnsureSuccessStatusCode();
            }

            HttpResponseMessage enter = await PostJson("/api/key", "{\"key\":\"Enter\"}");
            using JsonDocument state = JsonDocument.Parse(await enter.Content.ReadAsStringAsync());
            Assert.Equal("Processing", state.RootElement.GetProperty("screen").GetString());
            Assert.Equal(new[] { Key.Digit1, Key.Digit2, Key.Digit5, Key.Enter }, _terminal.Pressed);
        }

        [Theory]
        [InlineData("{\"key\":\"None\"}")]
        [InlineData("{\"key\":\"3\"}")]
        [InlineData("{\"key\":\"Reboot\"}")]
        [InlineData("{}")]
        public async Task UnknownKeysAreRefusedWithTheListOfKeys(string body)
        {
            HttpResponseMessage response = await PostJson("/api/key", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Digit0", await response.Content.ReadAsStringAsync());
            Assert.Empty(_terminal.Pressed);
        }

        [Fact]
        public async Task PostsThatAreNotJsonAreRefused()
        {
            // A form post from another site needs no CORS preflight; the server only takes application/json.
            var form = new StringContent("key=Digit1", Encoding.UTF8, "application/x-www-form-urlencoded");
            HttpResponseMessage response = await _http.PostAsync("/api/key", form);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            var text = new StringContent("{\"key\":\"Digit1\"}", Encoding.UTF8, "text/plain");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _http.PostAsync("/api/key", text)).StatusCode);
            var none = new HttpRequestMessage(HttpMethod.Post, "/api/power/cut");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _http.SendAsync(none)).StatusCode);
            Assert.Empty(_terminal.Pressed);
            Assert.Equal(1, _terminal.Boots);
        }

        [Fact]
        public async Task AForeignHostHeaderIsRefused()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/state");
            request.Headers.Host = "attacker.example";
            HttpResponseMessage response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var local = new HttpRequestMessage(HttpMethod.Get, "/api/state");
            local.Headers.Host = "localhost:" + _server.Address.Port;
            Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(local)).StatusCode);
        }

        [Fact]
        public async Task ControlsChangeTheSessionAndAreReportedBack()
        {
            HttpResponseMessage response = await PostJson("/api/controls", "{\"networkUp\":false,\"hostMaintenance\":true,\"hostDelayMs\":2500,\"language\":\"zh\"}");
            response.EnsureSuccessStatusCode();
            Assert.False(_terminal.NetworkUp);
            Assert.True(_terminal.HostMaintenance);
            Assert.Equal(2500, _terminal.HostDelayMs);
            Assert.Equal(NanoPos.Ui.Messages.Language.Chinese, _terminal.Language);
            using JsonDocument state = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            JsonElement controls = state.RootElement.GetProperty("controls");
            Assert.False(controls.GetProperty("networkUp").GetBoolean());
            Assert.Equal("Chinese", controls.GetProperty("language").GetString());
            Assert.False(state.RootElement.GetProperty("indicators").GetProperty("link").GetBoolean());

            // A partial change leaves the rest alone.
            (await PostJson("/api/controls", "{\"networkUp\":true}")).EnsureSuccessStatusCode();
            Assert.True(_terminal.NetworkUp);
            Assert.True(_terminal.HostMaintenance);
        }

        [Theory]
        [InlineData("{\"hostDelayMs\":-1}")]
        [InlineData("{\"hostDelayMs\":120001}")]
        [InlineData("{\"language\":\"Klingon\"}")]
        public async Task OutOfRangeControlsAreRefusedAndChangeNothing(string body)
        {
            HttpResponseMessage response = await PostJson("/api/controls", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("error", await response.Content.ReadAsStringAsync());
            Assert.Equal(0, _terminal.HostDelayMs);
            Assert.Equal(NanoPos.Ui.Messages.Language.English, _terminal.Language);
        }

        [Theory]
        [InlineData("/api/controls", "{\"hostDelay\":2500}", "'hostDelay'")]
        [InlineData("/api/controls", "{\"networkUp\":\"no\"}", "networkUp")]
        [InlineData("/api/controls", "{\"hostDelayMs\":", "not valid")]
        [InlineData("/api/key", "{\"kee\":\"Enter\"}", "'kee'")]
        [InlineData("/api/advance", "{\"ms\":\"soon\"}", "ms")]
        [InlineData("/api/advance", "[1,2]", "not valid")]
        public async Task MisspelledMistypedAndBrokenBodiesAre400WithTheErrorNamed(string path, string body, string named)
        {
            HttpResponseMessage response = await PostJson(path, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            string text = await response.Content.ReadAsStringAsync();
            using JsonDocument error = JsonDocument.Parse(text);
            string message = error.RootElement.GetProperty("error").GetString();
            Assert.Contains(named, message);
            Assert.DoesNotContain("NanoPos.", message);
            Assert.Equal(0, _terminal.HostDelayMs);
        }

        [Fact]
        public async Task AdvanceMovesSimulatedTimeInSteps()
        {
            await Press("Digit5", "Enter");
            HttpResponseMessage response = await PostJson("/api/advance", "{\"ms\":20000}");
            using JsonDocument state = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(20000, state.RootElement.GetProperty("simTimeMs").GetInt64()); // the session's clock
            Assert.Equal("Idle", state.RootElement.GetProperty("screen").GetString());
            Assert.Equal(HttpStatusCode.BadRequest, (await PostJson("/api/advance", "{\"ms\":600001}")).StatusCode);
        }

        [Fact]
        public async Task PowerCutDuringProcessingLeadsToAReversalAtBoot()
        {
            await PostJson("/api/controls", "{\"hostDelayMs\":5000}");
            await Press("Digit1", "Digit0", "Digit0", "Enter");
            await PostJson("/api/advance", "{\"ms\":1000}");
            Assert.Equal("Processing", _terminal.ScreenName);
            HttpResponseMessage cut = await PostJson("/api/power/cut", "{}");
            using JsonDocument state = JsonDocument.Parse(await cut.Content.ReadAsStringAsync());
            Assert.Equal(1, state.RootElement.GetProperty("indicators").GetProperty("powerCuts").GetInt32());
            Assert.Equal(2, _terminal.Boots);
            using JsonDocument panel = await GetJson("/api/panel");
            JsonElement ledger = panel.RootElement.GetProperty("hostLedger");
            Assert.Equal("state", ledger.GetProperty("columns")[5].GetString());
            Assert.Equal("reversed", ledger.GetProperty("rows")[0][5].GetString());
        }

        [Fact]
        public async Task ThePanelNeverCarriesAFullCardNumber()
        {
            await Press("Digit9", "Enter");
            string json = await _http.GetStringAsync("/api/panel");
            Assert.DoesNotContain(_terminal.LeakyPan, json);
            Assert.Contains("622848*********0019", json);
            Assert.DoesNotMatch(new Regex("[0-9]{13,}"), json);
        }

        [Fact]
        public async Task ThePanelNeverCarriesACardNumberGroupedBySpacesEither()
        {
            _terminal.LeakyPan = "6228 4800 0000 0000 019";
            await Press("Digit9", "Enter");
            string json = await _http.GetStringAsync("/api/panel");
            Assert.DoesNotContain(_terminal.LeakyPan, json);
            Assert.Contains("6228 48** **** ***0 019", json);
            Assert.DoesNotMatch(PanMaskTests.CardNumber, json);
        }

        [Fact]
        public async Task ErrorsAndTheLogAreScrubbedToo()
        {
            var log = new System.Collections.Generic.List<string>();
            var terminal = new FakeTerminal { AdvanceFault = new InvalidOperationException("card 6228 4800 0000 0015 / 6228480000000015 refused") };
            using var host = new EmulatorHost(terminal, new EmulatorHostOptions { PumpTime = false }, log.Add);
            host.Start();
            await using EmulatorServer server = await EmulatorServer.StartAsync(host, 0);
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };
            (await http.PostAsync("/api/advance", new StringContent("{\"ms\":100}", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

            string json = await http.GetStringAsync("/api/state");
            Assert.Contains("card 6228 48** **** 0015 / 622848******0015 refused", json);
            Assert.DoesNotMatch(PanMaskTests.CardNumber, json);
            Assert.Single(log);
            Assert.Contains("622848******0015 refused", log[0]);
            Assert.DoesNotMatch(PanMaskTests.CardNumber, log[0]);

            HttpResponseMessage unknown = await http.PostAsync("/api/key", new StringContent("{\"key\":\"Key 6228480000000015\"}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            string refusal = await unknown.Content.ReadAsStringAsync();
            Assert.Contains("622848******0015", refusal);
            Assert.DoesNotMatch(PanMaskTests.CardNumber, refusal);
            HttpResponseMessage notFound = await http.GetAsync("/api/6228480000000015");
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.DoesNotMatch(PanMaskTests.CardNumber, await notFound.Content.ReadAsStringAsync());
        }

        [Fact]
        public void ThePanelScansTheJournalOnceAndTheStateNever()
        {
            var session = new SimulatedTerminalSession(new NanoPos.Emulation.SimulatedTerminal());
            using var host = new EmulatorHost(session, new EmulatorHostOptions { PumpTime = false });
            host.Start();
            host.Press(Key.Digit5);
            int scans = session.Terminal.Views.JournalScans;

            for (int i = 0; i < 5; i++)
            {
                host.Snapshot();
            }

            Assert.Equal(scans, session.Terminal.Views.JournalScans);
            host.ReadPanel();
            Assert.Equal(scans + 1, session.Terminal.Views.JournalScans);
        }

        [Fact]
        public void TheStateNamesTlsAndThePinnedCasFingerprintAndTheDoubleSaysNothing()
        {
            var session = SimulatedTerminalSession.Create();
            using var host = new EmulatorHost(session, new EmulatorHostOptions { PumpTime = false });
            host.Start();

            string fingerprint = NanoPos.Emulation.SimulatedTls.Fingerprint(session.Terminal.Tls.Host.Authority.Authority);
            string security = host.Snapshot().Indicators.LinkSecurity;
            Assert.Matches("^TLS 1\\.[23] · CA SHA-256 ", security);
            Assert.EndsWith(NanoPos.Emulation.SimulatedTls.ShortFingerprint(fingerprint), security);
            Assert.Equal(string.Empty, _host.Snapshot().Indicators.LinkSecurity);
        }

        [Fact]
        public async Task AFirmwareErrorIsReportedAndTheServerKeepsAnswering()
        {
            _terminal.AdvanceFault = new InvalidOperationException("journal scan failed");
            HttpResponseMessage response = await PostJson("/api/advance", "{\"ms\":100}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using JsonDocument state = await GetJson("/api/state");
            Assert.Contains("journal scan failed", state.RootElement.GetProperty("error").GetString());
        }

        [Fact]
        public async Task ACallThatDoesNotReturnMakesRequestsAnswerBusyNotHang()
        {
            var terminal = new FakeTerminal { PressGate = new System.Threading.ManualResetEventSlim(false) };
            using var host = new EmulatorHost(terminal, new EmulatorHostOptions { PumpTime = false, LockTimeoutMs = 300 });
            host.Start();
            await using EmulatorServer server = await EmulatorServer.StartAsync(host, 0);
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };
            Task<HttpResponseMessage> stuck = http.PostAsync("/api/key", new StringContent("{\"key\":\"Digit1\"}", Encoding.UTF8, "application/json"));
            await Task.Delay(100);
            HttpResponseMessage busy = await http.GetAsync("/api/state");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Contains("has not answered", await busy.Content.ReadAsStringAsync());
            terminal.PressGate.Set();
            Assert.Equal(HttpStatusCode.OK, (await stuck).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/state")).StatusCode);
        }

        [Fact]
        public void TheTimePumpFollowsRealTime()
        {
            var terminal = new FakeTerminal();
            using var host = new EmulatorHost(terminal, new EmulatorHostOptions { PumpIntervalMs = 10 });
            host.Start();
            System.Threading.Thread.Sleep(400);
            long simulated = host.Snapshot().SimTimeMs;
            Assert.InRange(simulated, 200, 2000);
            host.Dispose();
            long stopped = host.Snapshot().SimTimeMs;
            System.Threading.Thread.Sleep(100);
            Assert.Equal(stopped, host.Snapshot().SimTimeMs);
        }

        [Fact]
        public async Task ABusyPortIsReportedClearly()
        {
            using var busy = new TcpListener(IPAddress.Loopback, 0);
            busy.Start();
            int port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var host = new EmulatorHost(new FakeTerminal(), new EmulatorHostOptions { PumpTime = false });
            host.Start();
            var e = await Assert.ThrowsAsync<System.IO.IOException>(() => EmulatorServer.StartAsync(host, port));
            Assert.Contains("127.0.0.1:" + port, e.Message);
        }

        private async Task Press(params string[] keys)
        {
            foreach (string key in keys)
            {
                (await PostJson("/api/key", "{\"key\":\"" + key + "\"}")).EnsureSuccessStatusCode();
            }
        }

        private async Task<JsonDocument> GetJson(string path)
        {
            return JsonDocument.Parse(await _http.GetStringAsync(path));
        }

        private Task<HttpResponseMessage> PostJson(string path, string json)
        {
            return _http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        }
    }
}
