using System;
using System.Collections.Generic;
using System.Linq;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.HostSim;
using NanoPos.Terminal;
using NanoPos.Transactions;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// A <see cref="SimulatedTerminal"/> (file store, TLS, the real firmware and the in-process acquirer) driven by a
    /// script one key at a time, and after every key and command everything a person or a tool could see is handed to
    /// a <see cref="ScanCorpus"/>: every frame drawn, every record of the store, the side-panel views, the host's
    /// transcript, ledger and ledger log; the clear keys of the moment go to the <see cref="SecretCatalog"/>.
    /// </summary>
    public sealed class ObservedTerminal : IDisposable
    {
        /// <summary>The terminal ID of the demo configuration (the host keeps working keys per terminal ID).</summary>
        public const string TerminalId = "TERM0001";

        private readonly string _label;
        private readonly ScanCorpus _corpus;
        private readonly SecretCatalog _secrets;
        private readonly FileRecordStore _store;
        private readonly LedgerFileWriter _ledgerLog;
        private readonly List<TapLink> _wire = new List<TapLink>();
        private int _step;

        /// <summary>Creates the terminal over a store in <paramref name="storeDirectory"/>, with its host's ledger logged to <paramref name="ledgerPath"/>.</summary>
        /// <param name="label">The start of the sources' names.</param>
        /// <param name="corpus">Where everything goes.</param>
        /// <param name="secrets">Where the keys of each moment go.</param>
        /// <param name="storeDirectory">The terminal's flash.</param>
        /// <param name="ledgerPath">The host's ledger log.</param>
        /// <param name="paced">The emulator's mode: engine calls on the firmware's worker thread.</param>
        public ObservedTerminal(string label, ScanCorpus corpus, SecretCatalog secrets, string storeDirectory, string ledgerPath, bool paced = false)
        {
            _label = label;
            _corpus = corpus;
            _secrets = secrets;
            // The wire under TLS: ciphertext, which must not carry a secret either (the tap sits below the TLS link).
            var options = new SimulatedTerminalOptions { StoreDirectory = storeDirectory, Paced = paced };
            options.WrapLink = link =>
            {
                var tap = new TapLink(link);
                _wire.Add(tap);
                return tap;
            };
            Terminal = new SimulatedTerminal(options);
            _store = (FileRecordStore)Terminal.Store;

            // The acquirer's own database, as `nanopos host-sim --ledger` keeps it: one line per decided request.
            _ledgerLog = new LedgerFileWriter(Terminal.Host.Ledger, ledgerPath);
        }

        /// <summary>Gets the terminal.</summary>
        public SimulatedTerminal Terminal { get; }

        /// <summary>Gets how many times the TMK record unwrapped to the demo TMK (the unwrap path is proven right).</summary>
        public int MasterKeyRecordsVerified { get; private set; }

        /// <summary>Gets how many times the technician PIN's record unwrapped to a PIN hash (the scan knows the hash to look for).</summary>
        public int TechnicianPinRecordsVerified { get; private set; }

        /// <summary>Gets the ledger log's path.</summary>
        public string LedgerPath => _ledgerLog.Path;

        /// <summary>Provisions the demo configuration plus a Wi-Fi password (DemoConfig has none), as a technician would.</summary>
        public void Provision(string wifiPassword)
        {
            Terminal.Power.Provision();
            ConfigRecord.Set(Terminal.Store, "wifi.password", wifiPassword);
        }

        /// <summary>Plays a script (tools/NanoPos.Emulation/README.md), observing after every key and every command.</summary>
        /// <exception cref="ScriptException">An expectation did not hold (the scenario did not happen as planned).</exception>
        public void Play(string script)
        {
            foreach (ScriptCommand c in TerminalScript.Parse(script, _label).Commands)
            {
                switch (c.Verb)
                {
                    case "boot":
                        Terminal.Boot();
                        break;
                    case "press":
                        foreach (Key key in TerminalScript.Keys(c))
                        {
                            string screen = Terminal.Screen.ToString();
                            Terminal.Press(key);
                            Observe(key + " on " + screen);
                        }

                        break;
                    case "wait":
                        Terminal.Advance(c.Number(0));
                        break;
                    case "cut-power":
                        if (c.Args.Count == 0)
                        {
                            Terminal.Power.Cut();
                        }
                        else
                        {
                            Terminal.Power.ArmCut((int)c.Number(1));
                        }

                        break;
                    case "reboot":
                        Terminal.Power.Reboot();
                        break;
                    case "host":
                        Terminal.Controls.HostDelayMs = (int)c.Number(1);
                        break;
                    default:
                        ScriptExpectations.Check(Terminal, c);
                        break;
                }

                Observe(c.Text);
            }
        }

        /// <summary>Hands everything visible now to the corpus, and the clear keys of the moment to the catalog.</summary>
        public void Observe(string moment)
        {
            string at = "step " + (++_step) + ": " + moment;
            foreach (TimelineEntry entry in Terminal.TakeTimeline())
            {
                if (entry.Shot == null)
                {
                    _corpus.AddText(_label + " / timeline events", at, entry.Event);
                    continue;
                }

                // The card screen shows the number as it is keyed (the firmware's design, as on every keyed terminal): its
                // frames are a source of their own, so that an allowance can name exactly them.
                string family = entry.Shot.Screen == NanoPos.Ui.UiScreen.Card ? " / display frames of the Card screen (live keyed entry)" : " / display frames";
                _corpus.AddText(_label + family, at, string.Join("\n", entry.Shot.Text));
            }

            ObserveStore(at);
            Tuple<byte[], byte[]> hostKeys = ClearKeys.FromHost(Terminal.Host.Security, TerminalId);
            if (hostKeys != null)
            {
                _secrets.AddWorkingKeys(hostKeys.Item1, hostKeys.Item2);
            }

            PanelSnapshot views = Terminal.Views.Panel();
            _corpus.AddText(_label + " / side-panel views (journal, batch, pending, host ledger)", at, string.Join("\n",
                views.Journal.Concat(views.Batch).Concat(views.PendingReversals).Select(r => r.ToString())
                    .Concat(Terminal.Views.HostLedger().Select(r => r.ToString()))
                    .Append("link: " + Terminal.Tls.LinkSecurity)));
            _corpus.AddText(_label + " / host transcript", at, string.Join("\n", Terminal.Host.Transcript.Select(r => r + " mac " + r.Mac + " effect " + r.Effect + " note " + r.Note)));
            _corpus.AddText(_label + " / host ledger as JSON (LedgerFile.ToJson)", at, LedgerFile.ToJson(Terminal.Host.Ledger));
        }

        /// <summary>
        /// Tells whether the PIN and MAC keys the terminal holds now (keys.work unwrapped with devkey) are those the host
        /// issued it: both ways of finding the clear keys agree, so the scan looks for the right bytes.
        /// </summary>
        public bool StoredKeysAreTheHosts()
        {
            byte[] deviceKey = ClearKeys.FromDeviceKeyRecord(StoreRecords.Read(_store, DeviceKeyRecord.RecordName));
            Tuple<byte[], byte[]> stored = ClearKeys.FromWorkingKeysRecord(deviceKey, StoreRecords.Read(_store, KeyRing.WorkingKeysRecord));
            Tuple<byte[], byte[]> host = ClearKeys.FromHost(Terminal.Host.Security, TerminalId);
            return stored != null && host != null && stored.Item1.AsSpan().SequenceEqual(host.Item1) && stored.Item2.AsSpan().SequenceEqual(host.Item2);
        }

        /// <summary>Stops the terminal, closes the ledger log and adds its file.</summary>
        public void Dispose()
        {
            Terminal.Dispose();
            _ledgerLog.Dispose();
            _corpus.AddBytes(_label + " / host ledger log file", null, System.IO.File.ReadAllBytes(_ledgerLog.Path));
            for (int i = 0; i < _wire.Count; i++)
            {
                _corpus.AddBytes(_label + " / TLS wire (ciphertext)", "boot " + (i + 1), _wire[i].AllBytes());
            }
        }

        private void ObserveStore(string at)
        {
            List<KeyValuePair<string, byte[]>> records = StoreRecords.ReadAll(_store);
            byte[] deviceKey = ClearKeys.FromDeviceKeyRecord(records.FirstOrDefault(r => r.Key == DeviceKeyRecord.RecordName).Value);
            if (deviceKey != null)
            {
                _secrets.AddDeviceKey(deviceKey);
            }

            foreach (KeyValuePair<string, byte[]> record in records)
            {
                _corpus.AddBytes(_label + " / store record " + record.Key, at, record.Value);
                if (deviceKey == null)
                {
                    continue;
                }

                if (record.Key == TerminalConfig.RecordName)
                {
                    _secrets.AddTechnicianPinHash(System.Text.Encoding.UTF8.GetString(record.Value));
                }
                else if (record.Key == TerminalSecrets.TechnicianPinRecord)
                {
                    if (_secrets.AddStoredTechnicianPinHash(ClearKeys.FromSecretRecord(deviceKey, record.Key, record.Value)))
                    {
                        TechnicianPinRecordsVerified++;
                    }
                }
                else if (record.Key == KeyRing.WorkingKeysRecord)
                {
                    Tuple<byte[], byte[]> keys = ClearKeys.FromWorkingKeysRecord(deviceKey, record.Value);
                    if (keys != null)
                    {
                        _secrets.AddWorkingKeys(keys.Item1, keys.Item2);
                    }
                }
                else if (record.Key == KeyRing.MasterKeyRecord
                    && Convert.ToHexString(ClearKeys.FromMasterKeyRecord(deviceKey, record.Value) ?? Array.Empty<byte>()) == DemoConfig.MasterKey)
                {
                    MasterKeyRecordsVerified++;
                }
            }
        }
    }
}
