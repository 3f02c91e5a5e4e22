using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using NanoPos.Cli;
using NanoPos.Emulator;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The browser emulator driven over HTTP as its page drives it (the real server, paced firmware, time pumped by the
    /// clock): either `nanopos emulate --port 0` run in-process, or the same server over a session the test holds (so its
    /// store and keys can be observed too). Every answer of /api/key, /api/state, /api/panel, /api/controls,
    /// /api/power/cut, the page, and the command's output or the host's log go to the corpus.
    /// </summary>
    public sealed class EmulatorTraffic : IDisposable
    {
        /// <summary>The family (after the label) of the display's rows while the card screen shows the number being keyed.</summary>
        public const string CardScreenText = " / /api/state text of the Card screen (live keyed entry)";

        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
        private readonly ScanCorpus _corpus;
        private readonly string _label;
        private readonly Action<string> _observe;
        private readonly SharedWriter _output = new SharedWriter();
        private readonly SharedWriter _error = new SharedWriter();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Thread _command;
        private readonly EmulatorHost _host;
        private readonly EmulatorServer _server;
        private readonly HttpClient _http;
        private int _step;

        /// <summary>Starts `nanopos emulate --port 0` and waits until it serves.</summary>
        public EmulatorTraffic(ScanCorpus corpus)
        {
            _corpus = corpus;
            _label = "nanopos emulate";
            _command = new Thread(() => EmulateCommand.Run(new[] { "--port", "0" }, _output, _error, _stop.Token)) { IsBackground = true, Name = "nanopos emulate" };
            _command.Start();
            string address = _output.WaitFor("open (http://127\\.0\\.0\\.1:\\d+/)", Patience).Groups[1].Value;
            _http = new HttpClient { BaseAddress = new Uri(address), Timeout = Patience };
        }

        /// <summary>Starts the emulator's server over a session, as `nanopos emulate` does, on a free port.</summary>
        /// <param name="corpus">Where everything goes.</param>
        /// <param name="label">The start of the sources' names.</param>
        /// <param name="session">The terminal (paced, as the emulator runs it); the host disposes it.</param>
        /// <param name="observe">Called after every request with its moment (the test observes the session's store and keys).</param>
        public EmulatorTraffic(ScanCorpus corpus, string label, SimulatedTerminalSession session, Action<string> observe)
        {
            _corpus = corpus;
            _label = label;
            _observe = observe;
            _host = new EmulatorHost(session, null, _error.WriteLine);
            _host.Start();
            _server = EmulatorServer.StartAsync(_host, 0).GetAwaiter().GetResult();
            _http = new HttpClient { BaseAddress = _server.Address, Timeout = Patience };
        }

        /// <summary>Gets the screen of the last state read.</summary>
        public string Screen { get; private set; }

        /// <summary>Gets the pending reversals of the last state read.</summary>
        public int PendingReversals { get; private set; }

        /// <summary>Presses keys as the page does: digits, '#' Enter, '*' Cancel, 'A' Menu, 'C' down.</summary>
        public void Press(string keys)
        {
            foreach (char c in keys)
            {
                string key = c switch
                {
                    '#' => "Enter",
                    '*' => "Cancel",
                    'A' => "Menu",
                    'C' => "Function2",
                    _ => "Digit" + c,
                };
                Post("/api/key", "{\"key\":\"" + key + "\"}", "key " + key + " on " + Screen);
            }
        }

        /// <summary>Changes QA controls (JSON of /api/controls).</summary>
        public void Controls(string json) => Post("/api/controls", json, "controls " + json);

        /// <summary>Cuts the power (the terminal reboots).</summary>
        public void CutPower() => Post("/api/power/cut", "{}", "power cut");

        /// <summary>Polls the state until the screen is <paramref name="screen"/> and no reversal is pending (if asked).</summary>
        /// <exception cref="TimeoutException">Not within 30 s.</exception>
        public void WaitFor(string screen, bool noReversalPending = false)
        {
            DateTime until = DateTime.UtcNow + Patience;
            while (true)
            {
                Observe("wait for " + screen, Get("/api/state"));
                if (Screen == screen && (!noReversalPending || PendingReversals == 0))
                {
                    return;
                }

                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException("the emulator stayed on " + Screen + " (pending reversals " + PendingReversals + "), not " + screen);
                }

                Thread.Sleep(50);
            }
        }

        /// <summary>Stops the emulator and adds its output.</summary>
        public void Dispose()
        {
            _corpus.AddText(_label + " / /api/panel", "at the end", Get("/api/panel"));
            _corpus.AddText(_label + " / page", null, Get("/") + Get("/app.js") + Get("/api/keypad"));
            _stop.Cancel();
            _command?.Join(TimeSpan.FromSeconds(15));
            _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _host?.Dispose();
            _http.Dispose();
            _corpus.AddText(_label + " / output", null, _output.ToString());
            _corpus.AddText(_label + (_command != null ? " / error" : " / host log"), null, _error.ToString());
        }

        private void Post(string path, string json, string moment)
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using HttpResponseMessage answer = _http.PostAsync(path, content).GetAwaiter().GetResult();
            string body = answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!answer.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(path + " answered " + (int)answer.StatusCode + ": " + body);
            }

            Observe(moment, body);
        }

        private string Get(string path)
        {
            return _http.GetStringAsync(path).GetAwaiter().GetResult();
        }

        private void Observe(string moment, string stateJson)
        {
            string at = "step " + (++_step) + ": " + moment;
            JsonObject state = JsonNode.Parse(stateJson).AsObject();
            Screen = (string)state["screen"];
            PendingReversals = (int)state["indicators"]["pendingReversals"];
            if (Screen == "Card")
            {
                // The display's rows while a card number is keyed: a source of their own, so the allowance names them only.
                _corpus.AddText(_label + CardScreenText, at, state["text"].ToJsonString());
                state.Remove("text");
            }

            _corpus.AddText(_label + " / /api/state", at, state.ToJsonString());
            _corpus.AddText(_label + " / /api/panel", at, Get("/api/panel"));
            _observe?.Invoke(at);
        }
    }
}
