using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using NanoPos.Cli;
using NanoPos.Diagnostics;
using NanoPos.Emulation;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// <c>nanopos health decode</c> (issue 13): a scanned health code's text, and the QR code in a picture of the firmware's
    /// own display (the Health QR screen of a simulated terminal exported with the framebuffer-to-PNG code, at several
    /// scales, both colour styles, and inside a larger RGB screenshot), read back to the same report; garbage is refused
    /// with exit 2 (or 1 for a file that is not an image) and a message that says what is wrong.
    /// </summary>
    public class HealthCommandTests
    {
        private static (int Exit, string Output, string Error) Health(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = Program.Run(new[] { "health" }.Concat(args).ToArray(), output, error);
            return (exit, output.ToString().Replace("\r\n", "\n"), error.ToString());
        }

        private static HealthReport KnownReport()
        {
            var report = new HealthReport
            {
                TerminalId = "TERM0042",
                FirmwareVersion = "0.1.0",
                JournalFormat = 3,
                JournalSlotsUsed = 5,
                JournalSlots = 64,
                JournalRepaired = 1,
                JournalLost = 0,
                Boots = 12,
                UnexpectedReboots = 2,
                RebootsDuringPayment = 1,
                UptimeSeconds = 3725,
                PendingReversals = 1,
                OldestReversalAgeSeconds = 90,
                OldestReversalAttempts = 3,
                BatchEntries = 4,
                LastSettlementUnixSeconds = 1795312800, // 2026-11-22 02:00 UTC
                ExchangeWindow = 20,
                ExchangesTotal = 57,
                Timeouts = 2,
                Code91 = 1,
                Code96 = 0,
                Malformed = 1,
                MacFailures = 1,
                LinkFailures = 3,
                LinkUptimeSeconds = -1,
                LastError = 4,
                LastErrorAgeSeconds = 75,
                SignalDbm = -88,
                ConnectMs = -1,
                EchoMs = 41,
                FreeMemoryBytes = 12000,
                KeysLoaded = true,
            };
            report.TestStatus[(int)SelfTestId.Store] = SelfTestStatus.Passed;
            report.TestStatus[(int)SelfTestId.Link] = SelfTestStatus.Failed;
            report.TestReason[(int)SelfTestId.Link] = SelfTestReason.LinkWeakSignal;
            report.TestStatus[(int)SelfTestId.Memory] = SelfTestStatus.Failed;
            report.TestReason[(int)SelfTestId.Memory] = SelfTestReason.MemoryLow;
            return report;
        }

        [Fact]
        public void AKnownCodeIsPrintedAsTheTerminalWordsIt()
        {
            string code = HealthCode.Encode(KnownReport());
            Assert.StartsWith("NPH1 TTERM0042 F0.1.0 J3.5.64.1.0 B12.2.1 U3725 R1.90.3 S4.1795312800 X20.57.2.1.0.1.1.3 L-1.4.75 Q-88.-1.41 M12000 K1 Z", code);

            (int exit, string text, string error) = Health("decode", code, "--utc-offset", "480");

            Assert.True(exit == 0, error);
            Assert.Equal(string.Empty, error);
            Assert.StartsWith("health code: " + code + "\n\n", text);
            string[] expected =
            {
                "Terminal TERM0042", "Firmware 0.1.0", "Up 1h02m", "Boots 12", "Reboots 2", "In payment 1", "Reversals 1", "Oldest 1m30s 3x",
                "Journal 5/64 v3", "Batch 4", "Settled 2026-11-22 10:00", "Last 20 exch.", "Timeouts 2", "91/96 1/0", "Bad answers 1",
                "MAC fails 1", "Link down", "Last error timeout 1m15s", "Echo 41 ms", "Keys loaded", "Free RAM 12000",
                "1 Display -", "3 Flash OK", "5 Link FAIL", "Wi-Fi weak ? dBm - move closer", "7 Memory FAIL", "Memory low: ? B - restart",
            };
            foreach (string line in expected)
            {
                Assert.Contains("\n" + line + "\n", text);
            }

            Assert.Contains("\nLink -88 dBm", text);

            // As a scanner's text pasted without quotes: the same report.
            Assert.Equal(text, Health(new[] { "decode" }.Concat(code.Split(' ')).Concat(new[] { "--utc-offset", "480" }).ToArray()).Output);
        }

        [Fact]
        public void InChineseAndAsJson()
        {
            string code = HealthCode.Encode(KnownReport());

            (int exit, string zh, _) = Health("decode", code, "--language", "zh");
            Assert.Equal(0, exit);
            Assert.Contains("Wi-Fi信号弱?dBm，请靠近路由器", zh);
            Assert.Contains("结算 2026-11-22 02:00", zh);

            (exit, string json, string error) = Health("decode", code, "--json");
            Assert.True(exit == 0, error);
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            Assert.Equal("TERM0042", root.GetProperty("terminalId").GetString());
            Assert.Equal(12, root.GetProperty("boots").GetInt32());
            Assert.Equal(-88, root.GetProperty("signalDbm").GetInt32());
            Assert.Equal(12000, root.GetProperty("freeMemoryBytes").GetInt64());
            Assert.Equal(4, root.GetProperty("lastError").GetInt32());
            Assert.Equal("Timeout", root.GetProperty("lastErrorName").GetString());
            Assert.Equal("2026-11-22T02:00:00Z", root.GetProperty("lastSettlementUtc").GetString());
            Assert.True(root.GetProperty("keysLoaded").GetBoolean());
            Assert.Equal(code, root.GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("collectedAtMs").ValueKind); // only a running terminal knows when
            JsonElement tests = root.GetProperty("selfTests");
            Assert.Equal(7, tests.GetArrayLength());
            JsonElement link = tests[(int)SelfTestId.Link];
            Assert.Equal(4, link.GetProperty("id").GetInt32());
            Assert.Equal("Link", link.GetProperty("name").GetString());
            Assert.Equal("failed", link.GetProperty("status").GetString());
            Assert.Equal("LinkWeakSignal", link.GetProperty("reason").GetString());
            Assert.Equal(41, link.GetProperty("reasonCode").GetInt32());
            Assert.Equal("Wi-Fi weak ? dBm - move closer", link.GetProperty("message").GetString());
            Assert.Equal("passed", tests[(int)SelfTestId.Store].GetProperty("status").GetString());
            Assert.Equal("notRun", tests[(int)SelfTestId.Display].GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, tests[(int)SelfTestId.Display].GetProperty("reason").ValueKind);
            Assert.Equal(JsonValueKind.Null, link.GetProperty("value").ValueKind);
        }

        [Fact]
        public void TheQrCodeOnTheFirmwaresOwnDisplayReadsBackToTheSameReport()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            terminal.LowMemory = true; // a fixed figure, so the report collected now is the one the screen shows
            terminal.TlsUntrusted = true;
            Press(terminal, "A7" + DemoConfig.TechnicianPin + "#2");
            Press(terminal, "5");
            terminal.Press(Key.Cancel);
            Press(terminal, "7");
            terminal.Press(Key.Cancel);
            terminal.Press(Key.Cancel);
            Assert.Equal(UiScreen.TechnicianMenu, terminal.Screen);
            Press(terminal, "4");
            Assert.Equal(UiScreen.HealthQr, terminal.Screen);
            MonochromeFramebuffer frame = terminal.Frame;
            HealthView live = terminal.ReadHealth();
            Assert.Equal("LinkTlsFailed", live.SelfTests[(int)SelfTestId.Link].Reason);

            string folder = Directory.CreateTempSubdirectory("nanopos-health-").FullName;
            try
            {
                // As nanopos run --png writes it (3x, OLED colours), at the panel's own size, large, and dark on light.
                foreach ((int scale, FramebufferPngStyle style) in new[] { (3, FramebufferPngStyle.Oled), (1, FramebufferPngStyle.Oled), (8, FramebufferPngStyle.Oled), (2, FramebufferPngStyle.DarkOnLight) })
                {
                    string png = Path.Combine(folder, "qr-" + scale + "-" + style + ".png");
                    FramebufferPng.WriteFile(frame, png, scale, style);
                    AssertSameReport(live, png, scale + "x " + style);
                }

                // A browser screenshot of the emulator: the canvas (4x, OLED cyan on black) somewhere on a larger RGB page.
                string screenshot = Path.Combine(folder, "page.png");
                File.WriteAllBytes(screenshot, RgbPng.Encode(900, 520, (x, y) =>
                {
                    int fx = (x - 210) / 4, fy = (y - 130) / 4;
                    if (x < 210 || y < 130 || fx >= frame.Width || fy >= frame.Height)
                    {
                        return x < 180 ? (0xF4, 0xF5, 0xF7) : (0xFF, 0xFF, 0xFF); // the page around the terminal
                    }

                    return frame.GetPixel(fx, fy) ? (0x9F, 0xE6, 0xFF) : (0x03, 0x07, 0x0A);
                }));
                AssertSameReport(live, screenshot, "screenshot");

                (int exit, string text, _) = Health("decode", "--image", screenshot);
                Assert.Equal(0, exit);
                Assert.Contains("read from the QR code in " + screenshot, text);
                Assert.Contains("\n5 Link FAIL\nSecure link failed - check CA\n", text);
                Assert.Contains("\n7 Memory FAIL\nMemory low: ? B - restart\n", text);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void GarbageIsRefusedSayingWhatIsWrong()
        {
            (int exit, _, string error) = Health("decode", "hello", "world");
            Assert.Equal(2, exit);
            Assert.Contains("\"hello world\": Not a nanoPos health code: it must start with \"NPH1 \"", error);

            (exit, _, error) = Health("decode", "NPH1 TTERM0001 J3.0.64");
            Assert.Equal(2, exit);
            Assert.Contains("the health code is malformed: Field J has 3 values, not 5.", error);

            (exit, _, error) = Health("decode", "NPH1 M12x4");
            Assert.Equal(2, exit);
            Assert.Contains("Field M has a character that is not a digit: 'x'", error);

            (exit, _, error) = Health("decode", "NPH1 hello");
            Assert.Equal(2, exit);
            Assert.Contains("no field this version knows", error);

            (exit, _, error) = Health("decode", "NPH1X T1");
            Assert.Equal(2, exit);
            Assert.Contains("Not a nanoPos health code", error);

            string folder = Directory.CreateTempSubdirectory("nanopos-health-").FullName;
            try
            {
                // The idle screen: a real picture of the display, without a QR code.
                using var terminal = new SimulatedTerminal();
                terminal.Boot();
                string idle = Path.Combine(folder, "idle.png");
                FramebufferPng.WriteFile(terminal.Frame, idle, 3, FramebufferPngStyle.Oled);
                (exit, _, error) = Health("decode", "--image", idle);
                Assert.Equal(2, exit);
                Assert.Contains("no QR code found in " + idle + " (384x192 pixels)", error);

                // A QR code that is not a health code.
                string other = Path.Combine(folder, "other.png");
                var display = new MonochromeFramebuffer(128, 64);
                NanoPos.Qr.QrEncoder.Encode("HTTPS://EXAMPLE.COM/", 9).DrawTo(display, 0, 0, 1, false);
                FramebufferPng.WriteFile(display, other, 3, FramebufferPngStyle.Oled);
                (exit, _, error) = Health("decode", "--image", other);
                Assert.Equal(2, exit);
                Assert.Contains("the QR code in " + other + " says \"HTTPS://EXAMPLE.COM/\": Not a nanoPos health code", error);

                string noise = Path.Combine(folder, "noise.png");
                File.WriteAllBytes(noise, Enumerable.Range(0, 500).Select(i => (byte)(i * 37)).ToArray());
                (exit, _, error) = Health("decode", "--image", noise);
                Assert.Equal(1, exit);
                Assert.Contains("not an image this tool reads", error);
            }
            finally
            {
                Directory.Delete(folder, true);
            }

            (exit, _, error) = Health("decode", "--image", "/nonexistent/shot.png");
            Assert.Equal(2, exit);
            Assert.Contains("no such file: /nonexistent/shot.png", error);
        }

        [Theory]
        [InlineData(new string[0], "which command? decode")]
        [InlineData(new[] { "encode" }, "unknown command 'encode'")]
        [InlineData(new[] { "decode" }, "not both or neither")]
        [InlineData(new[] { "decode", "NPH1 U1", "--image", "x.png" }, "not both or neither")]
        [InlineData(new[] { "decode", "NPH1 U1", "--language", "fr" }, "--language must be en or zh, got 'fr'")]
        [InlineData(new[] { "decode", "NPH1 U1", "--utc-offset", "noon" }, "--utc-offset needs a whole number, got 'noon'")]
        [InlineData(new[] { "decode", "NPH1 U1", "--utc-offset", "900" }, "--utc-offset must be from -720 to 840, got 900")]
        [InlineData(new[] { "decode", "NPH1 U1", "--verbose" }, "unknown option '--verbose'")]
        public void BadUsageExitsTwo(string[] args, string message)
        {
            (int exit, _, string error) = Health(args);
            Assert.Equal(2, exit);
            Assert.Contains(message, error);
        }

        [Fact]
        public void TheHelpListsTheCommand()
        {
            var output = new StringWriter();
            Assert.Equal(0, Program.Run(new[] { "help" }, output, output));
            Assert.Contains("health decode TEXT... | --image FILE", output.ToString());
            (int exit, string text, _) = Health("decode", "--help");
            Assert.Equal(0, exit);
            Assert.Contains("--image <FILE>", text);
        }

        private static void AssertSameReport(HealthView live, string png, string what)
        {
            (int exit, string json, string error) = Health("decode", "--image", png, "--json");
            Assert.True(exit == 0, what + ": " + error);
            HealthView read = JsonSerializer.Deserialize<HealthView>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web));

            // The code is the report: every figure, every test's status and reason.
            Assert.Equal(live.Code, read.Code);
            Assert.Equal(live.FreeMemoryBytes, read.FreeMemoryBytes);
            Assert.Equal(live.Boots, read.Boots);
            Assert.Equal(live.SelfTests.Select(t => t.Status + "/" + t.Reason + "/" + t.Name), read.SelfTests.Select(t => t.Status + "/" + t.Reason + "/" + t.Name));
        }

        private static void Press(SimulatedTerminal terminal, string keys)
        {
            foreach (char c in keys)
            {
                terminal.Press(c == 'A' ? Key.Menu : c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }
        }

        /// <summary>A minimal RGB PNG writer (colour type 2, 8 bits, filter None), for screenshot-like test pictures.</summary>
        private static class RgbPng
        {
            public static byte[] Encode(int width, int height, Func<int, int, (int R, int G, int B)> pixel)
            {
                using var raw = new MemoryStream();
                using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
                {
                    var row = new byte[1 + (width * 3)];
                    for (int y = 0; y < height; y++)
                    {
                        for (int x = 0; x < width; x++)
                        {
                            (int r, int g, int b) = pixel(x, y);
                            row[1 + (x * 3)] = (byte)r;
                            row[2 + (x * 3)] = (byte)g;
                            row[3 + (x * 3)] = (byte)b;
                        }

                        zlib.Write(row);
                    }
                }

                using var png = new MemoryStream();
                png.Write(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
                var header = new byte[13];
                BigEndian(header, 0, (uint)width);
                BigEndian(header, 4, (uint)height);
                header[8] = 8;
                header[9] = 2;
                Chunk(png, "IHDR", header);
                Chunk(png, "IDAT", raw.ToArray());
                Chunk(png, "IEND", Array.Empty<byte>());
                return png.ToArray();
            }

            private static void Chunk(Stream output, string type, byte[] data)
            {
                var word = new byte[4];
                BigEndian(word, 0, (uint)data.Length);
                output.Write(word);
                byte[] body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
                output.Write(body);
                BigEndian(word, 0, Crc(body));
                output.Write(word);
            }

            private static uint Crc(byte[] data)
            {
                uint crc = 0xFFFFFFFF;
                foreach (byte b in data)
                {
                    crc ^= b;
                    for (int k = 0; k < 8; k++)
                    {
                        crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                    }
                }

                return crc ^ 0xFFFFFFFF;
            }

            private static void BigEndian(byte[] buffer, int at, uint value)
            {
                buffer[at] = (byte)(value >> 24);
                buffer[at + 1] = (byte)(value >> 16);
                buffer[at + 2] = (byte)(value >> 8);
                buffer[at + 3] = (byte)value;
            }
        }
    }
}
