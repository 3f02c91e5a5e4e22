using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using NanoPos.Cli;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Ui;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The firmware (<see cref="PosTerminal"/> on the host build) against `nanopos host-sim --verbose --ledger FILE`
    /// run in-process over real TCP on 127.0.0.1, in real time: what the acquirer's operator sees (its log lines,
    /// frame dumps, ledger file) for real terminal traffic. Every record version the terminal writes, every frame it
    /// draws and the wire's plaintext frames (through a <see cref="TapLink"/>) are kept.
    /// </summary>
    public sealed class TcpTraffic : IDisposable
    {
        private const string Label = "terminal over TCP";
        private readonly ScanCorpus _corpus;
        private readonly string _directory;
        private readonly SharedWriter _hostOutput = new SharedWriter();
        private readonly SharedWriter _hostError = new SharedWriter();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Thread _host;
        private readonly ScriptedKeypad _keypad = new ScriptedKeypad();
        private readonly SystemClock _clock = new SystemClock();
        private readonly List<TapLink> _taps = new List<TapLink>();
        private readonly PosTerminal _firmware;
        private readonly int _port;
        private int _step;

        /// <summary>Starts host-sim (a sale of x.77 is recorded, then its connection closed: the terminal must reverse it) and boots the terminal.</summary>
        /// <param name="corpus">Where everything goes.</param>
        /// <param name="directory">A folder for the fault plan, the ledger file and the terminal's store.</param>
        /// <param name="wifiPassword">The Wi-Fi password to provision.</param>
        public TcpTraffic(ScanCorpus corpus, string directory, string wifiPassword)
        {
            _corpus = corpus;
            _directory = directory;
            string plan = Path.Combine(directory, "faults.json");
            File.WriteAllText(plan, "{ \"seed\": 3, \"rules\": [ { \"match\": { \"mti\": 200, \"amountEndsWith\": \"77\" }, \"fault\": \"closeBefore\" } ] }");
            string[] args = { "--port", "0", "--verbose", "--ledger", LedgerPath, "--faults", plan };
            _host = new Thread(() => HostSimCommand.Run(args, _hostOutput, _hostError, _stop.Token)) { IsBackground = true, Name = "nanopos host-sim" };
            _host.Start();
            _port = int.Parse(_hostOutput.WaitFor("listening on 127\\.0\\.0\\.1:(\\d+)", TimeSpan.FromSeconds(30)).Groups[1].Value);

            // Provisioning writes the clear TMK components, technician PIN and Wi-Fi password as input that the first boot
            // moves (hashed, wrapped) and removes: it goes to the store unrecorded; every write from the boot on is scanned.
            var flash = new FileRecordStore(Path.Combine(directory, "tcp-store"));
            string config = DemoConfig.Text(Language.English, false).Replace("host.port=5800", "host.port=" + _port) + "wifi.password=" + wifiPassword + "\n";
            byte[] text = Encoding.UTF8.GetBytes(config);
            flash.Write(TerminalConfig.RecordName, text, 0, text.Length);
            var store = new RecordingStore(flash, corpus, Label);
            Store = store;

            var display = new RecordingDisplay(128, 64, () => false, () => _clock.MonotonicMs, shot =>
                corpus.AddText(Label + (shot.Screen == UiScreen.Card ? " / display frames of the Card screen (live keyed entry)" : " / display frames"), "step " + _step, string.Join("\n", shot.Text)));
            BootRecord boot = BootRecord.Start(store);
            _firmware = new PosTerminal(_keypad, display, store, _clock, new SimulatedDeviceInfo(boot, _clock), new Links(this), new SimulatedRestarter());
            display.Ui = _firmware.Ui;
            _firmware.Boot();
            WaitUntil(() => _firmware.Ui.Screen == UiScreen.Idle && _firmware.Engine.Reversals.PendingCount == 0, "boot");
        }

        /// <summary>Gets the ledger file host-sim writes.</summary>
        public string LedgerPath => Path.Combine(_directory, "host-ledger.log");

        /// <summary>Gets the terminal's store (every write went to the corpus).</summary>
        public IRecordStore Store { get; }

        /// <summary>Gets the screen shown.</summary>
        public UiScreen Screen => _firmware.Ui.Screen;

        /// <summary>Gets the reversals waiting for the host.</summary>
        public int PendingReversals => _firmware.Engine.Reversals.PendingCount;

        /// <summary>Gets every frame the terminal sent, connection by connection.</summary>
        public List<byte[]> SentFrames()
        {
            var frames = new List<byte[]>();
            _taps.ForEach(t => frames.AddRange(t.SentFrames()));
            return frames;
        }

        /// <summary>Gets every frame the terminal received.</summary>
        public List<byte[]> ReceivedFrames()
        {
            var frames = new List<byte[]>();
            _taps.ForEach(t => frames.AddRange(t.ReceivedFrames()));
            return frames;
        }

        /// <summary>Presses keys: digits, '#' Enter, '*' Cancel, 'A' Menu, 'C' down; the engine call of an Enter runs inside it.</summary>
        public void Press(string keys)
        {
            foreach (char c in keys)
            {
                Key key = c switch
                {
                    '#' => Key.Enter,
                    '*' => Key.Cancel,
                    'A' => Key.Menu,
                    'C' => Key.Function2,
                    _ => Key.Digit0 + (c - '0'),
                };
                _step++;
                _keypad.EnqueueTap(key, _clock.MonotonicMs);
                while (_keypad.Pending > 0)
                {
                    _firmware.Step(0);
                }
            }
        }

        /// <summary>Turns the idle loop until a condition holds (a reversal sent by the idle service), at most 30 s.</summary>
        public void WaitUntil(Func<bool> done, string what)
        {
            DateTime until = DateTime.UtcNow.AddSeconds(30);
            while (!done())
            {
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException("the terminal over TCP did not get to: " + what + " (screen " + Screen + ")");
                }

                _firmware.Step(20);
            }
        }

        /// <summary>
        /// Sends host-sim a frame of the terminal's, cut short by 3 bytes (its length header fixed): host-sim logs a
        /// malformed frame, described without its content — the log line most likely to carry a PIN block or a card number.
        /// </summary>
        public void SendMalformed(byte[] frame)
        {
            byte[] cut = frame.AsSpan(0, frame.Length - 3).ToArray();
            cut[0] = (byte)((cut.Length - 2) >> 8);
            cut[1] = (byte)(cut.Length - 2);
            using var client = new System.Net.Sockets.TcpClient("127.0.0.1", _port);
            client.GetStream().Write(cut, 0, cut.Length);
            _hostOutput.WaitFor("malformed frame", TimeSpan.FromSeconds(10));
        }

        /// <summary>Stops host-sim and adds its output and its ledger file.</summary>
        public void Dispose()
        {
            _stop.Cancel();
            _host.Join(TimeSpan.FromSeconds(15));
            _corpus.AddText("nanopos host-sim --verbose / output", null, _hostOutput.ToString());
            _corpus.AddText("nanopos host-sim --verbose / error", null, _hostError.ToString());
            _corpus.AddBytes("nanopos host-sim / ledger file", null, File.ReadAllBytes(LedgerPath));
        }

        // The board's link factory makes a TCP link from the configuration; this one also taps it.
        private sealed class Links : ILinkFactory
        {
            private readonly TcpTraffic _owner;

            public Links(TcpTraffic owner)
            {
                _owner = owner;
            }

            public INetworkLink Create(TerminalConfig config)
            {
                var tap = new TapLink(new TcpNetworkLink(config.HostAddress, config.HostPort));
                _owner._taps.Add(tap);
                return tap;
            }
        }
    }
}
