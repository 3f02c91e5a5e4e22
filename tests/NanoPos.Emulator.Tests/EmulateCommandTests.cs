using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NanoPos.Cli;
using NanoPos.Emulation;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary><c>nanopos emulate</c>: the command's options, its start line, and the real firmware behind the endpoints.</summary>
    public class EmulateCommandTests
    {
        [Fact(Timeout = 60_000)]
        public async Task ServesTheRealTerminalUntilStopped()
        {
            var output = new BlockingWriter();
            var error = new StringWriter();
            using var stop = new CancellationTokenSource();
            Task<int> run = Task.Run(() => EmulateCommand.Run(new[] { "--port", "0" }, output, error, stop.Token));
            try
            {
                Match address = await output.WaitForAsync(new Regex(@"open (http://127\.0\.0\.1:\d+/)"), TimeSpan.FromSeconds(30));
                Assert.True(address.Success, "no start line; output:\n" + output + "\nerror:\n" + error);
                using var http = new HttpClient { BaseAddress = new Uri(address.Groups[1].Value), Timeout = TimeSpan.FromSeconds(10) };

                using JsonDocument state = JsonDocument.Parse(await http.GetStringAsync("/api/state"));
                Assert.Equal("Idle", state.RootElement.GetProperty("screen").GetString());
                Assert.Equal(128 * 64 / 8, Convert.FromBase64String(state.RootElement.GetProperty("frame").GetProperty("data").GetString()).Length);
                Assert.Contains("<canvas", await http.GetStringAsync("/"));

                // The page's own instructions name the firmware's demo card and expiry.
                string html = await http.GetStringAsync("/");
                Assert.Contains(Regex.Replace(DemoConfig.Card, ".{4}(?!$)", "$0 "), html);
                Assert.Contains(DemoConfig.Expiry, html);
            }
            finally
            {
                stop.Cancel();
            }

            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Contains("stopped.", output.ToString());
        }

        [Theory]
        [InlineData("--port", "x")]
        [InlineData("--port", "70000")]
        [InlineData("--port")]
        [InlineData("--language", "fr")]
        [InlineData("--verbose")]
        public void BadOptionsAreUsageErrors(params string[] options)
        {
            var error = new StringWriter();
            var args = new string[options.Length + 1];
            args[0] = "emulate";
            options.CopyTo(args, 1);
            Assert.Equal(2, Program.Run(args, new StringWriter(), error));
            Assert.Contains("usage: nanopos emulate", error.ToString());
        }

        [Fact]
        public void HelpNamesTheVerb()
        {
            var output = new StringWriter();
            Assert.Equal(0, Program.Run(new[] { "help" }, output, new StringWriter()));
            Assert.Contains("emulate [--port N]", output.ToString());
            var usage = new StringWriter();
            Assert.Equal(0, Program.Run(new[] { "emulate", "--help" }, usage, new StringWriter()));
            Assert.Contains("127.0.0.1", usage.ToString());
        }

        [Fact(Timeout = 60_000)]
        public async Task ABusyPortExitsWithOneAndSaysSo()
        {
            using var busy = new TcpListener(IPAddress.Loopback, 0);
            busy.Start();
            int port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var error = new StringWriter();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int code = await Task.Run(() => EmulateCommand.Run(new[] { "--port", port.ToString() }, new StringWriter(), error, stop.Token));
            Assert.Equal(1, code);
            Assert.Contains("127.0.0.1:" + port, error.ToString());
        }

        /// <summary>A writer another thread can wait on for a line.</summary>
        private sealed class BlockingWriter : StringWriter
        {
            private readonly object _gate = new object();

            public override void Write(char value)
            {
                lock (_gate)
                {
                    base.Write(value);
                }
            }

            public override void Write(string value)
            {
                lock (_gate)
                {
                    base.Write(value);
                }
            }

            public override void WriteLine(string value)
            {
                lock (_gate)
                {
                    base.WriteLine(value);
                }
            }

            public override string ToString()
            {
                lock (_gate)
                {
                    return base.ToString();
                }
            }

            public async Task<Match> WaitForAsync(Regex pattern, TimeSpan timeout)
            {
                DateTime until = DateTime.UtcNow + timeout;
                Match match;
                while (!(match = pattern.Match(ToString())).Success && DateTime.UtcNow < until)
                {
                    await Task.Delay(50);
                }

                return match;
            }
        }
    }
}
