using System;
using System.Collections.Generic;
using System.IO;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>
    /// `nanopos flash`: the refusal without --prepared, the nanoff command printed exactly as it runs, a missing nanoff,
    /// nanoff's failure; nanoff is found on a search path the test gives (empty for "not installed") and run by a recorder,
    /// or, in the last tests, as a real child process (a stand-in script named nanoff).
    /// </summary>
    public sealed class FlashCommandTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "nanopos-flash-" + Guid.NewGuid().ToString("N"));
        private readonly string _image;
        private readonly string _tools;

        public FlashCommandTests()
        {
            _tools = Path.Combine(_root, "tools with space");
            Directory.CreateDirectory(_tools);
            _image = Path.Combine(_root, "NanoPos.App.bin");
            File.WriteAllBytes(_image, new byte[] { 0x4E, 0x46, 0x4D, 0x52, 1, 2, 3, 4 });
        }

        [Fact]
        public void WithoutPreparedNothingRunsAndTheTerminalStepIsNamed()
        {
            var runner = new RecordingRunner();
            var (exit, output, error) = Flash(Locator(withNanoff: true), runner, "--port", "COM3", "--target", "ESP32_REV0", "--image", _image);
            Assert.Equal(2, exit);
            Assert.Contains("refused: the terminal must show \"Ready for update\" from Technician menu > Prepare for update first", error);
            Assert.Contains("--prepared confirms it does", error);
            Assert.Equal(string.Empty, output);
            Assert.Empty(runner.Calls);
        }

        [Fact]
        public void ItPrintsTheExactNanoffCommandItRuns()
        {
            var runner = new RecordingRunner();
            var (exit, output, error) = Flash(Locator(withNanoff: true), runner, "--port", "/dev/ttyUSB0", "--target", "ESP32_REV0", "--image", _image, "--prepared");
            Assert.True(exit == 0, error);
            string expected = "nanoff --target ESP32_REV0 --serialport /dev/ttyUSB0 --deploy --image " + _image;
            Assert.Contains(Environment.NewLine + expected + Environment.NewLine, output);
            var call = Assert.Single(runner.Calls);
            Assert.Equal(Path.Combine(_tools, NanoffName), call.File);
            Assert.Equal(expected, "nanoff " + string.Join(" ", call.Arguments));
        }

        [Fact]
        public void FirmwareThenImageWithAnAddressRunInOrderAndAFailureStopsTheRest()
        {
            var runner = new RecordingRunner();
            var (exit, output, _) = Flash(Locator(withNanoff: true), runner, "--port", "COM3", "--target", "ESP32_PSRAM_REV0", "--image", _image, "--address", "0x1C0000", "--firmware", "--prepared");
            Assert.Equal(0, exit);
            Assert.Equal(2, runner.Calls.Count);
            Assert.Equal(new[] { "--target", "ESP32_PSRAM_REV0", "--serialport", "COM3", "--update" }, runner.Calls[0].Arguments);
            Assert.Equal(new[] { "--target", "ESP32_PSRAM_REV0", "--serialport", "COM3", "--deploy", "--image", _image, "--address", "0x1C0000" }, runner.Calls[1].Arguments);
            Assert.True(output.IndexOf("--update", StringComparison.Ordinal) < output.IndexOf("--deploy", StringComparison.Ordinal));

            var failing = new RecordingRunner { ExitCode = 3 };
            var (failed, _, error) = Flash(Locator(withNanoff: true), failing, "--port", "COM3", "--target", "ESP32_REV0", "--image", _image, "--firmware", "--prepared");
            Assert.Equal(1, failed);
            Assert.Single(failing.Calls);
            Assert.Contains("nanoff exited with code 3", error);
        }

        [Fact]
        public void DryRunPrintsTheCommandAndRunsNothing()
        {
            var runner = new RecordingRunner();
            var (exit, output, _) = Flash(Locator(withNanoff: false), runner, "--port", "COM3", "--target", "ESP32_REV0", "--image", _image, "--dry-run");
            Assert.Equal(0, exit);
            Assert.Contains("nanoff --target ESP32_REV0 --serialport COM3 --deploy --image " + _image, output);
            Assert.Contains("refused until --prepared", output);
            Assert.Contains("dotnet tool install -g nanoff", output);
            Assert.Empty(runner.Calls);
        }

        [Fact]
        public void WithNanoffAbsentFromPathItSaysHowToInstallIt()
        {
            var runner = new RecordingRunner();
            var (exit, _, error) = Flash(new ToolLocator(string.Empty, null, OperatingSystem.IsWindows()), runner, "--port", "COM3", "--target", "ESP32_REV0", "--image", _image, "--prepared");
            Assert.Equal(1, exit);
            Assert.Contains("nanoff is not on PATH; install it with: dotnet tool install -g nanoff", error);
            Assert.Empty(runner.Calls);
        }

        [Theory]
        [InlineData("--port", null, "--port is required")]
        [InlineData("--target", "esp32_rev0", "--target must be a nanoff target name such as ESP32_REV0")]
        [InlineData("--image", "{missing}", "does not exist.")]
        [InlineData("--image", "{pe}", "is not a deployment image (.bin)")]
        [InlineData("--address", "1C0000", "--address must be a flash address in hex such as 0x1C0000, got '1C0000'.")]
        public void AWrongValueIsRefusedNamingItsFlag(string flag, string value, string expected)
        {
            var args = new Dictionary<string, string> { ["--port"] = "COM3", ["--target"] = "ESP32_REV0", ["--image"] = _image };
            if (value == null)
            {
                args.Remove(flag);
            }
            else
            {
                args[flag] = value switch
                {
                    "{missing}" => Path.Combine(_root, "nothing.bin"),
                    "{pe}" => WriteFile("NanoPos.App.pe"),
                    _ => value,
                };
            }

            var list = new List<string> { "--prepared" };
            foreach (var pair in args)
            {
                list.Add(pair.Key);
                list.Add(pair.Value);
            }

            var runner = new RecordingRunner();
            var (exit, _, error) = Flash(Locator(withNanoff: true), runner, list.ToArray());
            Assert.Equal(2, exit);
            Assert.Contains(expected, error);
            Assert.Empty(runner.Calls);
        }

        [Fact]
        public void ARealNanoffOnThePathIsRunWithEachArgumentIntact()
        {
            WriteFakeNanoff(0);
            var (exit, output, error) = Flash(Locator(withNanoff: false), new ProcessRunner(), "--port", "COM3", "--target", "ESP32_REV0", "--image", _image, "--prepared");
            Assert.True(exit == 0, error);
            Assert.Contains("fake nanoff got: --target ESP32_REV0 --serialport COM3 --deploy --image " + _image, output);
        }

        [Fact]
        public void ARealNanoffThatFailsFailsTheCommand()
        {
            WriteFakeNanoff(5);
            var (exit, _, error) = Flash(Locator(withNanoff: false), new ProcessRunner(), "--port", "COM3", "--target", "ESP32_REV0", "--image", _image, "--prepared");
            Assert.Equal(1, exit);
            Assert.Contains("nanoff exited with code 5", error);
        }

        [Fact]
        public void TheCommandIsDispatchedByTheNanoposProgram()
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(2, Program.Run(new[] { "flash", "--target", "ESP32_REV0" }, output, error));
            Assert.Contains("nanopos flash: --port is required", error.ToString());
            Assert.Equal(2, Program.Run(new[] { "provision" }, output, error));
            Assert.Contains("nanopos provision: --terminal-id is required.", error.ToString());
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static string NanoffName => OperatingSystem.IsWindows() ? "nanoff.cmd" : "nanoff";

        private static (int Exit, string Output, string Error) Flash(ToolLocator locator, IProcessRunner runner, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = FlashCommand.Run(args, output, error, new FlashTool(locator, runner));
            return (exit, output.ToString(), error.ToString());
        }

        private ToolLocator Locator(bool withNanoff)
        {
            if (withNanoff)
            {
                WriteFakeNanoff(0);
            }

            return new ToolLocator(Path.Combine(_root, "empty") + Path.PathSeparator + _tools, ".EXE;.CMD", OperatingSystem.IsWindows());
        }

        private void WriteFakeNanoff(int exitCode)
        {
            string path = Path.Combine(_tools, NanoffName);
            if (OperatingSystem.IsWindows())
            {
                File.WriteAllText(path, "@echo fake nanoff got: %*\r\n@exit /b " + exitCode + "\r\n");
            }
            else
            {
                File.WriteAllText(path, "#!/bin/sh\necho \"fake nanoff got: $*\"\nexit " + exitCode + "\n");
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private string WriteFile(string name)
        {
            string path = Path.Combine(_root, name);
            File.WriteAllBytes(path, new byte[] { 1 });
            return path;
        }

        private sealed class RecordingRunner : IProcessRunner
        {
            public List<(string File, string[] Arguments)> Calls { get; } = new List<(string, string[])>();

            public int ExitCode { get; set; }

            public int Run(string fileName, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
            {
                Calls.Add((fileName, new List<string>(arguments).ToArray()));
                return ExitCode;
            }
        }
    }
}
