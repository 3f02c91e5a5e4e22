using System;
using System.IO;
using System.Linq;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary><c>nanopos run</c>: prints every screen, writes PNGs, exits 1 on a failed expectation and 2 on bad usage.</summary>
    public class RunCommandTests
    {
        [Theory]
        [InlineData("en", "Approved")]
        [InlineData("zh", "交易成功")]
        public void RunsAScriptPrintsItsScreensAndWritesAPngPerScreen(string language, string approved)
        {
            string png = Path.Combine(Path.GetTempPath(), "nanopos-run-" + Guid.NewGuid().ToString("N"));
            var output = new StringWriter();
            var error = new StringWriter();
            try
            {
                int code = Program.Run(new[] { "run", "--script", Scripts.Of("sale"), "--language", language, "--png", png }, output, error);

                Assert.True(code == 0, error.ToString());
                string text = output.ToString();
                Assert.Contains("|" + approved, text);
                Assert.Contains("every expectation held", text);
                Assert.Contains("host ledger (card numbers masked):", text);
                Assert.Contains("      125.00  622848******0015    rc 00  approved", text);
                Assert.Matches("link: TLS 1\\.[23] · CA SHA-256 [0-9A-F:]+…; the host completed 2 handshake", text);
                string[] files = Directory.GetFiles(png, "*.png").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                Assert.Contains("01-Boot.png", files);
                Assert.Contains(files, f => f.EndsWith("-Result.png", StringComparison.Ordinal));
                byte[] first = File.ReadAllBytes(Path.Combine(png, files[0]));
                Assert.Equal(0x89, first[0]);
                Assert.Equal((byte)'P', first[1]);
            }
            finally
            {
                if (Directory.Exists(png))
                {
                    Directory.Delete(png, true);
                }
            }
        }

        [Fact]
        public void SeveralScriptsRunEachOnItsOwnTerminalAndEachIsReported()
        {
            string failing = Path.Combine(Path.GetTempPath(), "nanopos-fail-" + Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllText(failing, "boot\nexpect-screen Result\n");
            var output = new StringWriter();
            var error = new StringWriter();
            try
            {
                // One by --script, two by position; one of them fails its expectation.
                int code = Program.Run(new[] { "run", "--script", Scripts.Of("sale"), Scripts.Of("decline-51"), failing }, output, error);

                string text = output.ToString();
                Assert.Equal(1, code);
                Assert.Contains("  sale: ", text);
                Assert.Contains("  decline-51: ", text);
                Assert.Contains("  " + Path.GetFileNameWithoutExtension(failing) + ": FAILED (see above)", text);
                Assert.Contains("3 scripts: 2 passed, 1 failed", text);

                // Each script boots a terminal of its own: the ledger of the second holds its decline, not the first's sale.
                string[] ledgers = text.Split("host ledger (card numbers masked):");
                Assert.Equal(4, ledgers.Length);
                Assert.DoesNotContain("rc 51", ledgers[1].Split("nanopos run:")[0]);
                Assert.Contains("rc 51", ledgers[2].Split("nanopos run:")[0]);
            }
            finally
            {
                File.Delete(failing);
            }
        }

        [Fact]
        public void AFailedExpectationExitsWithOneAndNamesTheLine()
        {
            string script = Path.Combine(Path.GetTempPath(), "nanopos-fail-" + Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllText(script, "boot\nexpect-screen Result\n");
            var error = new StringWriter();
            try
            {
                int code = Program.Run(new[] { "run", "--script", script }, new StringWriter(), error);

                Assert.Equal(1, code);
                Assert.Contains("line 2: expected the screen Result, shown: Idle", error.ToString());
            }
            finally
            {
                File.Delete(script);
            }
        }

        [Theory]
        [InlineData("run")]
        [InlineData("run --script")]
        [InlineData("run --script x.txt --language fr")]
        [InlineData("run --bogus")]
        [InlineData("run --script does-not-exist.txt")]
        public void BadUsageExitsWithTwo(string line)
        {
            var error = new StringWriter();

            int code = Program.Run(line.Split(' '), new StringWriter(), error);

            Assert.Equal(2, code);
            Assert.NotEmpty(error.ToString());
        }
    }
}
