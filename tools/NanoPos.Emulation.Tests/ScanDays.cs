using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.Emulator;
using NanoPos.Terminal;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>The three runs of the secret scan: the simulated terminal, the firmware against host-sim over TCP, the browser emulator.</summary>
    public static class ScanDays
    {
        private static readonly string Card = DemoConfig.Card + "#" + DemoConfig.Expiry + "#";

        /// <summary>The scripted day (<see cref="ScanScenario.Day"/>) on the simulated terminal, observed after every key.</summary>
        public static void Simulated(ScanCorpus corpus, SecretCatalog secrets, string directory)
        {
            using var terminal = new ObservedTerminal("simulated terminal", corpus, secrets, Path.Combine(directory, "store"), Path.Combine(directory, "ledger.log"));
            terminal.Provision(ScanScenario.WifiPassword);
            terminal.Play(ScanScenario.Day());

            // The keys the scan looks for are the keys used: the TMK record unwraps to the demo TMK, every boot's sign-on
            // gave a PIN key, and the host's keys of the moment are those the terminal stored.
            Assert.True(terminal.MasterKeyRecordsVerified > 0, "the TMK record never unwrapped to the demo TMK");
            Assert.True(terminal.TechnicianPinRecordsVerified > 0, "the record secret.techpin never unwrapped to a PIN hash");
            Assert.True(secrets.PinKeyCount >= terminal.Terminal.Power.Boots, secrets.PinKeyCount + " PIN keys seen for " + terminal.Terminal.Power.Boots + " boots");
            Assert.True(terminal.StoredKeysAreTheHosts(), "the keys unwrapped from keys.work are not the keys the host issued");
        }

        /// <summary>
        /// The firmware against `nanopos host-sim --verbose --ledger` over TCP: a sale with PIN, a wrong PIN, a sale whose
        /// answer never comes (reversed), one without PIN, a void, a settlement, the technician menu, then a malformed frame.
        /// </summary>
        /// <returns>The plaintext frames of the wire, both ways (for `nanopos decode`).</returns>
        public static List<byte[]> OverTcp(ScanCorpus corpus, SecretCatalog secrets, string directory)
        {
            using var tcp = new TcpTraffic(corpus, directory, ScanScenario.WifiPassword);
            Sale(tcp, "12500", ScanScenario.Pin + "#", UiScreen.Result);
            Sale(tcp, "3000", ScanScenario.WrongPin + "#", UiScreen.Result);
            Sale(tcp, "777", ScanScenario.Pin + "#", UiScreen.Result);
            tcp.WaitUntil(() => tcp.PendingReversals == 0, "the reversal of the sale whose answer never came");
            Sale(tcp, "5000", "#", UiScreen.Result);
            tcp.Press("A5");
            Assert.Equal(UiScreen.History, tcp.Screen);
            tcp.Press("#CCCCCCC#");
            Assert.Equal(UiScreen.VoidConfirm, tcp.Screen);
            tcp.Press("#");
            Assert.Equal(UiScreen.Result, tcp.Screen);
            tcp.Press("#A6#");
            Assert.Equal(UiScreen.Result, tcp.Screen);
            tcp.Press("#A7" + DemoConfig.TechnicianPin + "#");
            Assert.Equal(UiScreen.TechnicianMenu, tcp.Screen);
            tcp.Press("1***");

            byte[] deviceKey = ClearKeys.FromDeviceKeyRecord(StoreRecords.Read(tcp.Store, DeviceKeyRecord.RecordName));
            secrets.AddDeviceKey(deviceKey);
            secrets.AddTechnicianPinHash(System.Text.Encoding.UTF8.GetString(StoreRecords.Read(tcp.Store, TerminalConfig.RecordName)));
            Assert.True(secrets.AddStoredTechnicianPinHash(ClearKeys.FromSecretRecord(deviceKey, TerminalSecrets.TechnicianPinRecord, StoreRecords.Read(tcp.Store, TerminalSecrets.TechnicianPinRecord))),
                "the record secret.techpin does not unwrap to a PIN hash");
            tcp.SendMalformed(tcp.SentFrames().Find(WireSecrets.HasPinBlock));
            Tuple<int, int> learned = WireSecrets.Learn(secrets, tcp.SentFrames(), tcp.ReceivedFrames());
            Assert.True(learned.Item1 >= 3, "PIN blocks on the wire: " + learned.Item1);
            Assert.True(learned.Item2 >= 1, "sign-on keys on the wire: " + learned.Item2);
            var frames = new List<byte[]>(tcp.SentFrames());
            frames.AddRange(tcp.ReceivedFrames());
            return frames;
        }

        /// <summary>
        /// The emulator's server over a session the test observes (store, keys, frames), driven over HTTP: a sale with PIN,
        /// a wrong PIN, one without PIN, a host delay and a power cut mid-payment (reversed after the reboot), the
        /// technician menu, a settlement. Then `nanopos emulate` itself for one sale, for its own output.
        /// </summary>
        public static void Emulator(ScanCorpus corpus, SecretCatalog secrets, string directory)
        {
            using (var observed = new ObservedTerminal("emulator server", corpus, secrets, Path.Combine(directory, "emulator-store"), Path.Combine(directory, "emulator-ledger.log"), true))
            {
                observed.Provision(ScanScenario.WifiPassword);
                using var emulator = new EmulatorTraffic(corpus, "emulator server", new SimulatedTerminalSession(observed.Terminal), observed.Observe);
                emulator.WaitFor("Idle", true);
                // Three amounts: the same card and amount again would stop at the duplicate-sale guard's question.
                int amount = 2000;
                foreach (string pin in new[] { ScanScenario.Pin, ScanScenario.WrongPin, string.Empty })
                {
                    Pay(emulator, amount.ToString() + "#" + Card + pin + "#");
                    amount += 100;
                }

                emulator.Controls("{\"hostDelayMs\":40000}");
                emulator.Press("8800#" + Card + ScanScenario.Pin + "#");
                emulator.WaitFor("Processing");
                emulator.Controls("{\"hostDelayMs\":0}");
                emulator.CutPower();
                emulator.WaitFor("Idle", true);
                emulator.Press("A7" + DemoConfig.TechnicianPin + "#");
                emulator.WaitFor("TechnicianMenu");
                emulator.Press("1***");
                emulator.WaitFor("Idle");
                Pay(emulator, "A6#");
                Assert.True(observed.Terminal.Power.Boots >= 2, "the power cut did not reboot the terminal");
            }

            using var command = new EmulatorTraffic(corpus);
            command.WaitFor("Idle", true);
            Pay(command, "12500#" + Card + ScanScenario.Pin + "#");
        }

        /// <summary>
        /// Provisioning mistakes (a TMK component one digit short, a wrong check value, a technician PIN with a stray
        /// character, a Wi-Fi password with a control character): the error screen and the log line name the key; the
        /// value, which is a secret or most of one, must appear in neither. (The record itself holds what was provisioned,
        /// as provisioning input does until a boot accepts it: it is not scanned.)
        /// </summary>
        public static void ProvisioningMistakes(ScanCorpus corpus, string directory)
        {
            var mistakes = new[]
            {
                new[] { "tmk.component.1", DemoConfig.MasterKeyComponent1.Substring(0, 31) },
                new[] { "tmk.kcv", "00000000" },
                new[] { "tech.pin", DemoConfig.TechnicianPin + "#" },
                new[] { "wifi.password", ScanScenario.WifiPassword + "\u0007" },
            };
            for (int i = 0; i < mistakes.Length; i++)
            {
                using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { StoreDirectory = Path.Combine(directory, "mistake-" + i) });
                terminal.Power.Provision();
                ConfigRecord.Set(terminal.Store, mistakes[i][0], mistakes[i][1]);
                terminal.Boot();
                Assert.Equal(UiScreen.ConfigError, terminal.Screen);
                foreach (TimelineEntry entry in terminal.TakeTimeline())
                {
                    corpus.AddText("provisioning mistakes / display frames", mistakes[i][0], entry.Shot == null ? entry.Event : string.Join("\n", entry.Shot.Text));
                }
            }
        }

        private static void Pay(EmulatorTraffic emulator, string keys)
        {
            emulator.Press(keys);
            emulator.WaitFor("Result");
            emulator.Press("#");
            emulator.WaitFor("Idle");
        }

        private static void Sale(TcpTraffic tcp, string amount, string pin, UiScreen expected)
        {
            tcp.Press(amount + "#" + Card + pin);
            Assert.Equal(expected, tcp.Screen);
            tcp.Press("#");
            Assert.Equal(UiScreen.Idle, tcp.Screen);
        }
    }
}
