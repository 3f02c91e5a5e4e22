using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NanoPos.Ui.Input;
using Xunit;
using Xunit.Abstractions;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Issue 12, item 7: no full PAN, PIN block or key in any journal record, log line, emulator panel or CLI output.
    /// Realistic traffic runs (a sale with PIN, one without, a wrong PIN, a host timeout and its reversal, a power cut
    /// mid-payment, a void, a settlement, the technician menu) on the simulated terminal, in the browser emulator and
    /// against `nanopos host-sim` over TCP; then everything a person or a tool can see is scanned for every form of
    /// every secret (<see cref="SecretCatalog"/>).
    /// </summary>
    [Collection(SecretScanCollection.Name)]
    public class SecretScanTests
    {
        private const string KeyedEntry = "the card screen shows the number as it is keyed, as keyed-entry terminals do (the PIN screen shows stars)";
        private const string DeviceKeyByDesign = "the device key is stored in clear in its own record by design: it wraps every other key (DeviceKeyRecord remarks)";
        private const string EmulatorDisplay = "; the emulator sends the display unscrubbed, pixels and rows alike (PanMask remarks)";
        private const string DemoCardHelp = "the page's help names the demo card to type, as the README does (static text, not card data)";
        private const string TechPinHelp = "the demo terminal's technician PIN is published on the page by design (issue 13 item 5)";

        // Where a secret is expected, and why. Everything else must be clean.
        private static readonly SecretAllowance[] s_allowed =
        {
            new SecretAllowance("simulated terminal / display frames of the Card screen (live keyed entry)", SecretCatalog.Pan, KeyedEntry),
            new SecretAllowance("terminal over TCP / display frames of the Card screen (live keyed entry)", SecretCatalog.Pan, KeyedEntry),
            new SecretAllowance("emulator server / display frames of the Card screen (live keyed entry)", SecretCatalog.Pan, KeyedEntry),
            new SecretAllowance("emulator server" + EmulatorTraffic.CardScreenText, SecretCatalog.Pan, KeyedEntry + EmulatorDisplay),
            new SecretAllowance("nanopos emulate" + EmulatorTraffic.CardScreenText, SecretCatalog.Pan, KeyedEntry + EmulatorDisplay),
            new SecretAllowance("simulated terminal / store record devkey", SecretCatalog.DeviceKey, DeviceKeyByDesign),
            new SecretAllowance("terminal over TCP / store record devkey", SecretCatalog.DeviceKey, DeviceKeyByDesign),
            new SecretAllowance("emulator server / store record devkey", SecretCatalog.DeviceKey, DeviceKeyByDesign),
            new SecretAllowance("emulator server / page", SecretCatalog.Pan, DemoCardHelp, "the demo card <b>«"),
            new SecretAllowance("nanopos emulate / page", SecretCatalog.Pan, DemoCardHelp, "the demo card <b>«"),
            new SecretAllowance("emulator server / page", SecretCatalog.TechnicianPin, TechPinHelp, "technician PIN <b>«"),
            new SecretAllowance("nanopos emulate / page", SecretCatalog.TechnicianPin, TechPinHelp, "technician PIN <b>«"),
            new SecretAllowance("nanopos host-sim --verbose / output", "cardholder PIN #1",
                "the start banner states the simulator's built-in rule (DecisionRules.DefaultPin, documented); PINs set with --card-pin are never printed",
                "; PIN «cardholder PIN #1 / digits» for every card"),
        };

        /// <summary>Names a folder to keep every scanned source in (to read what the scan saw).</summary>
        public const string DumpVariable = "NANOPOS_SECRET_SCAN_DUMP";

        private readonly ITestOutputHelper _output;

        /// <summary>Creates the tests.</summary>
        public SecretScanTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void NoSecretInAnyRecordLogLinePanelOrCliOutput()
        {
            string work = Path.Combine(Path.GetTempPath(), "nanopos-secret-scan-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            var corpus = new ScanCorpus();
            var secrets = new SecretCatalog(DemoConfig.Card, new[] { ScanScenario.Pin, ScanScenario.WrongPin }, DemoConfig.TechnicianPin, ScanScenario.WifiPassword);
            try
            {
                using (var log = new TraceCapture())
                {
                    ScanDays.Simulated(corpus, secrets, work);
                    List<byte[]> wire = ScanDays.OverTcp(corpus, secrets, work);
                    ScanDays.Emulator(corpus, secrets, work);
                    ScanDays.ProvisioningMistakes(corpus, work);
                    Assert.Empty(CliOutputs.RunExampleScripts(corpus));
                    Assert.Equal(wire.Count, CliOutputs.Decode(corpus, wire, work));
                    Assert.Equal(0, CliOutputs.Run(corpus, "demo"));

                    // The power-cut campaign's own card (tools/NanoPos.Torture/FlowContext.Pan), on its host and its journals.
                    secrets.AddCard("6222021234567890123", "the torture campaign's card");
                    Assert.Equal(0, CliOutputs.Run(corpus, "torture", "--quick", "--no-figures"));
                    corpus.AddText("firmware log (Debug.WriteLine, every run above)", null, log.Text);
                    Assert.Contains("nanoPos: boot", log.Text);
                }

                Report(corpus, secrets);
            }
            finally
            {
                Directory.Delete(work, true);
            }
        }

        [Fact]
        public void TheScannerFindsEveryFormOfTheSecretsAndNotTheirMaskedForms()
        {
            var secrets = new SecretCatalog(DemoConfig.Card, new[] { ScanScenario.Pin }, DemoConfig.TechnicianPin, ScanScenario.WifiPassword);
            byte[] pik = Convert.FromHexString("1C49A7F2D53B8E6004B7C1E9A2F8533D");
            secrets.AddWorkingKeys(pik, Convert.FromHexString("9E3A5C7F01D2B468"));
            byte[] deviceKey = Convert.FromHexString("55AA0F1E2D3C4B5A69788796A5B4C3D2");
            secrets.AddDeviceKey(deviceKey);
            var encrypted = new byte[8];
            NanoPos.Security.PinCipher.EncryptFormat0(SecretCatalog.ClearPinBlock(ScanScenario.Pin, DemoConfig.Card), 0, new NanoPos.Security.TripleDes(pik, 0, 16), encrypted, 0);

            // Deliberately unmasked strings, each with the secret it must be found as.
            var leaks = new[]
            {
                new[] { "card " + DemoConfig.Card + " approved", "PAN" },
                new[] { "|6228 4800 0000 0015|", "PAN" },
                new[] { "   |6228 4800 0000  |\n   |0015            |", "PAN" },
                new[] { "\"text\":[\"Card number\",\"6228 4800 0000\",\"0015\"]", "PAN" },
                new[] { "field 2: 10 62 28 48 00 00 00 00 15", "PAN" },
                new[] { Convert.ToHexString(Encoding.ASCII.GetBytes(DemoConfig.Card)).ToLowerInvariant(), "PAN" },
                new[] { "pinblock=0412b07fffffffFE", "cardholder PIN #1 clear format-0 block" },
                new[] { "041234FFFFFFFFFF", "cardholder PIN #1 format-0 PIN field" },
                new[] { "field52=241234ffffffffff", "cardholder PIN #1 format-2 PIN field" },
                new[] { "341234ABCDEFFACE", "cardholder PIN #1" },
                new[] { "52: " + Convert.ToHexString(encrypted), "encrypted PIN block (cardholder PIN #1, PIK #1)" },
                new[] { "> press " + ScanScenario.Pin + " enter", "cardholder PIN #1" },
                new[] { DemoConfig.MasterKey.ToLowerInvariant(), "TMK" },
                new[] { "key FE:DC:BA:98:76:54:32:10 used", "TMK" },
                new[] { "tmk.component.2=" + DemoConfig.MasterKeyComponent2, "TMK component 2" },
                new[] { "pik " + Convert.ToHexString(pik), "PIK #1" },
                new[] { "mak 9e3a5c7f01d2b468", "MAK #1" },
                new[] { "devkey " + Convert.ToHexString(deviceKey), SecretCatalog.DeviceKey },
                new[] { "tech.pin=" + DemoConfig.TechnicianPin, "technician PIN" },
                new[] { "wifi.password=" + ScanScenario.WifiPassword, "Wi-Fi password" },
            };
            foreach (string[] leak in leaks)
            {
                List<SecretFinding> found = SecretScanner.Scan("control", leak[0], secrets.Patterns);
                Assert.True(found.Any(f => f.Pattern.Secret == leak[1]), "the scanner missed the " + leak[1] + " in \"" + leak[0] + "\" (found: " + string.Join(", ", found.Select(f => f.Pattern.Name)) + ")");
            }

            var bytes = new ScanSource("record", Convert.FromHexString("00FF6228480000000015FF00"), false);
            SecretFinding bcd = Assert.Single(SecretScanner.Scan(new[] { bytes }, secrets.Patterns));
            Assert.Equal(2, bcd.Offset);
            Assert.Equal("record @ offset 2: PAN / packed BCD in \"..«PAN / packed BCD»..\"", bcd.ToString());

            // What must pass: the masked card, the TMK's check value, STANs, amounts, times, a PIN shown as stars.
            string clean = "622848******0015 6228 48** **** 0015 |6228 48** ****  |\n   |0015   | kcv " + DemoConfig.MasterKeyCheckValue
                + " stan 001234 amt 000000012345 12:34 12.34 1 2 5 0 0 ****";
            Assert.Empty(SecretScanner.Scan("clean", clean, secrets.Patterns));
        }

        [Fact]
        public void ACardNumberPutInARecordAndALogLineIsFoundWhereItIs()
        {
            // The whole pipeline — store listing, corpus, log capture, allowances — on a terminal given two leaks on purpose.
            string work = Path.Combine(Path.GetTempPath(), "nanopos-secret-scan-control-" + Guid.NewGuid().ToString("N"));
            var corpus = new ScanCorpus();
            var secrets = new SecretCatalog(DemoConfig.Card, new[] { ScanScenario.Pin }, DemoConfig.TechnicianPin, null);
            try
            {
                using (var log = new TraceCapture())
                using (var terminal = new ObservedTerminal("simulated terminal", corpus, secrets, Path.Combine(work, "store"), Path.Combine(work, "ledger.log")))
                {
                    terminal.Play("boot\nexpect-screen Idle\n");
                    byte[] leak = Convert.FromHexString("4E4A0301" + DemoConfig.Card);
                    terminal.Terminal.Store.Write("leak", leak, 0, leak.Length);
                    System.Diagnostics.Debug.WriteLine("nanoPos: card " + DemoConfig.Card + " refused");
                    terminal.Observe("the leaks");
                    corpus.AddText("firmware log", null, log.Text);
                }

                List<SecretFinding> leaks = SecretScanner.Scan(corpus.Sources, secrets.Patterns).Where(f => !s_allowed.Any(a => a.Covers(f))).ToList();

                Assert.Equal(2, leaks.Count);
                Assert.Contains(leaks, f => f.ToString().StartsWith("simulated terminal / store record leak (step 3: the leaks) @ offset 4: PAN / packed BCD", StringComparison.Ordinal));
                Assert.Contains(leaks, f => f.Source.Name == "firmware log" && f.Line > 0 && f.Context.Contains("nanoPos: card «PAN", StringComparison.Ordinal));
            }
            finally
            {
                Directory.Delete(work, true);
            }
        }

        [Fact]
        public void TheClearPinBlockIsTheFirmwaresFormatZeroBlock()
        {
            var block = new byte[8];
            PinBlock.Format0(Encoding.ASCII.GetBytes(ScanScenario.Pin).Select(b => (byte)(b - '0')).ToArray(), 4, DemoConfig.Card, block, 0);

            Assert.Equal("0412B07FFFFFFFFE", Convert.ToHexString(SecretCatalog.ClearPinBlock(ScanScenario.Pin, DemoConfig.Card)));
            Assert.Equal("0412B07FFFFFFFFE", Convert.ToHexString(block));
        }

        private void Report(ScanCorpus corpus, SecretCatalog secrets)
        {
            IReadOnlyList<ScanSource> sources = corpus.Sources;
            string dump = Environment.GetEnvironmentVariable(DumpVariable);
            if (!string.IsNullOrEmpty(dump))
            {
                // To read what was scanned: one file per source, named by its index (the index file maps names).
                Directory.CreateDirectory(dump);
                for (int i = 0; i < sources.Count; i++)
                {
                    File.WriteAllBytes(Path.Combine(dump, i.ToString("D4") + (sources[i].IsText ? ".txt" : ".bin")), sources[i].Bytes);
                }

                File.WriteAllLines(Path.Combine(dump, "index.txt"), sources.Select((source, i) => i.ToString("D4") + " " + source.Name));
            }

            List<SecretFinding> findings = SecretScanner.Scan(sources, secrets.Patterns);
            var allowed = findings.Where(f => s_allowed.Any(a => a.Covers(f))).ToList();
            var leaks = findings.Except(allowed).ToList();
            _output.WriteLine("scanned " + sources.Count + " distinct sources (" + corpus.Offered + " snapshots, " + sources.Sum(s => (long)s.Bytes.Length) + " bytes) for "
                + secrets.Patterns.Count + " patterns (" + secrets.PinKeyCount + " PIN keys)");
            foreach (IGrouping<SecretAllowance, SecretFinding> group in allowed.GroupBy(f => s_allowed.First(a => a.Covers(f))))
            {
                _output.WriteLine("allowed: " + group.Count() + " x " + group.Key.Secret + " in " + group.Key.SourcePrefix + ": " + group.Key.Reason);
            }

            foreach (SecretFinding leak in leaks)
            {
                _output.WriteLine("LEAK: " + leak);
            }

            Assert.True(leaks.Count == 0, leaks.Count + " secret(s) found:\n" + string.Join("\n", leaks.Take(60)));
        }
    }
}
