using System;
using System.IO;

namespace NanoPos.Cli
{
    /// <summary>Entry point of the <c>nanopos</c> command: dispatches to one command per verb.</summary>
    public static class Program
    {
        /// <summary>Runs a verb and returns its exit code (0 success, 1 the check or command failed, 2 usage error).</summary>
        public static int Main(string[] args)
        {
            return Run(args, Console.Out, Console.Error);
        }

        /// <summary>Runs a verb writing to the given streams; used by tests.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            string verb = args.Length == 0 ? "demo" : args[0];
            string[] rest = args.Length == 0 ? Array.Empty<string>() : args[1..];
            switch (verb)
            {
                case "demo":
                    return DemoCommand.Run(rest, output);
                case "profile-check":
                    return ProfileCheckCommand.Run(rest, output, error);
                case "device-build":
                    return DeviceBuildCommand.Run(rest, output, error);
                case "device-test":
                    return DeviceTestCommand.Run(rest, output, error);
                case "device-bench":
                    return DeviceBenchCommand.Run(rest, output, error);
                case "decode":
                    return DecodeCommand.Run(rest, output, error);
                case "mutate":
                    return MutateCommand.Run(rest, output, error);
                case "states":
                    return StatesCommand.Run(rest, output, error);
                case "host-sim":
                    return HostSimCommand.Run(rest, output, error);
                case "torture":
                    return TortureCommand.Run(rest, output, error);
                case "glyphs":
                    return GlyphsCommand.Run(rest, output, error);
                case "run":
                    return RunCommand.Run(rest, output, error);
                case "emulate":
                    return EmulateCommand.Run(rest, output, error);
                case "health":
                    return HealthCommand.Run(rest, output, error);
                case "receipt":
                    return ReceiptCommand.Run(rest, Console.In, output, error);
                case "provision":
                    return ProvisionCommand.Run(rest, output, error);
                case "flash":
                    return FlashCommand.Run(rest, output, error);
                case "help":
                case "--help":
                case "-h":
                    Usage(output);
                    return 0;
                default:
                    error.WriteLine($"nanopos: unknown command '{verb}'.");
                    Usage(error);
                    return 2;
            }
        }

        private static void Usage(TextWriter w)
        {
            w.WriteLine("usage: nanopos [command] [options]");
            w.WriteLine();
            w.WriteLine("  (no command), demo   Show what the firmware core does today, on the host build.");
            w.WriteLine("  profile-check        Compile every device project (full emit) against the real nanoFramework assemblies where they");
            w.WriteLine("                       exist here (mscorlib from NuGet, the toolchain's lib/) and the API profile for the others.");
            w.WriteLine("      --solution FILE  Solution whose .nfproj projects are checked (default: nanoPos.sln above the current folder).");
            w.WriteLine("      --project FILE   Check only this .nfproj (repeatable).");
            w.WriteLine("      --profile DIR    Profile folder (default: tools/nanoframework-profile in the solution folder).");
            w.WriteLine("      --dump-stubs DIR Also write the generated C# reference stubs to DIR.");
            w.WriteLine("  device-build [--project NAME]...");
            w.WriteLine("                       Compile every device project and turn it into a .pe with the real MetadataProcessor; print the");
            w.WriteLine("                       .pe sizes and the App's deployment against the ESP32 deploy partition (exit 1 on any failure).");
            w.WriteLine("  device-test [--project NAME]... [--junit FILE] [--timeout S] [--verbose] [--solution FILE] [--toolchain DIR]");
            w.WriteLine("                       Run the device test projects on the real nanoCLR interpreter; ends with 'N passed, N failed, N skipped';");
            w.WriteLine("                       exit 1 on any failure or when no test ran. Toolchain: $NANOPOS_NF_TOOLCHAIN or ../shared/nanoframework-toolchain.");
            w.WriteLine("  device-bench [--json FILE] [--compare FILE] [--timeout S]");
            w.WriteLine("                       Run tools/NanoPos.DeviceBench on nanoCLR: time and managed allocation per operation (codec,");
            w.WriteLine("                       approved sale, journal recovery); --json saves the figures, --compare prints saved ones beside them.");
            w.WriteLine("  states [--format mermaid|dot]  Draw the transaction state machine from the firmware's table.");
            w.WriteLine("  decode HEX... | --file F [--profile cup|ascii] [--message]");
            w.WriteLine("                       Print an ISO 8583 frame field by field, masked, or its typed error (exit 1).");
            w.WriteLine("  mutate [--frames N] [--seed S]  Unpack N (default 100000) randomly damaged frames; exit 1 on any crash.");
            w.WriteLine("  host-sim [--port N] [--faults FILE] [--ledger FILE] [--seed N] [--blocked-pan PAN]... [--tmk HEX32]");
            w.WriteLine("           [--card-pin PAN=PIN]... [--mac-optional] [--tls [--tls-name NAME] [--tls-ca-out FILE]]");
            w.WriteLine("           [--max-connections N] [--idle-timeout S] [--verbose] | --bench [--bench-sales N] [--bench-rounds N] [--bench-dir DIR]");
            w.WriteLine("                       Run the acquirer host simulator on 127.0.0.1 (default port 5800) until Ctrl+C; a MAC is");
            w.WriteLine("                       required unless --mac-optional; --bench measures its approved sales per second with 0, 5,000");
            w.WriteLine("                       and 50,000 entries in the ledger file. 'nanopos host-sim --help' explains every option.");
            w.WriteLine("  glyphs [--unifont PATH] [--check]");
            w.WriteLine("                       Generate the firmware's font data (AsciiFont.cs, CjkGlyphs.cs) from GNU Unifont and the");
            w.WriteLine("                       message catalog; --check only compares (exit 1 when the committed files differ).");
            w.WriteLine("  torture [--seed N] [--flow NAME|all] [--quick] [--no-figures] [--verbose] [--violations N] [--list]");
            w.WriteLine("                       Power-cut campaign: cut and tear every durable write of every flow, reboot, check the host ledger; exit 1 on any violation.");
            w.WriteLine("  emulate [--port N] [--language en|zh]");
            w.WriteLine("                       The virtual terminal in the browser: firmware + acquirer host simulator in this process,");
            w.WriteLine("                       page on http://127.0.0.1:N/ (default 5080; 0 = any free port) until Ctrl+C.");
            w.WriteLine("  run --script FILE [--png DIR] [--language en|zh] [--ascii] [--paced]");
            w.WriteLine("                       Boot the firmware on the host against the in-process acquirer and play a terminal script");
            w.WriteLine("                       (keys, time, power cuts, link/host faults, expectations; tools/NanoPos.Emulation/README.md),");
            w.WriteLine("                       printing every screen (PNG per screen with --png); exit 1 when an expectation fails.");
            w.WriteLine("  health decode TEXT... | --image FILE [--language en|zh] [--utc-offset MINUTES] [--json]");
            w.WriteLine("                       Read a terminal's health code (the technician's Health QR screen): the text a scanner");
            w.WriteLine("                       shows, or the QR code in a screenshot or photo; print the report (--json: as JSON).");
            w.WriteLine("  receipt decode TEXT | --text-file FILE|- | --image FILE [--decimals N] [--json]");
            w.WriteLine("                       Read an e-receipt (the receipt QR code of a result or history detail): the text a");
            w.WriteLine("                       scanner shows, or the QR code in a screenshot or photo; print its fields.");
            w.WriteLine("  provision --terminal-id ID --merchant-id ID --merchant-name NAME --host HOST:PORT --wifi-ssid SSID --tech-pin N");
            w.WriteLine("            [--wifi-password PW] [--tmk-components HEX,HEX[,HEX] --tmk-kcv HEX8] [--ca FILE.pem] [--holidays FILE] [--set KEY=V]... --out DIR");
            w.WriteLine("                       Write the records a board's store holds (config, ca, holidays) and the JSON for nanoff --filedeployment;");
            w.WriteLine("                       '--check DIR' checks such a folder. 'nanopos provision --help' lists every option.");
            w.WriteLine("  flash --port PORT --target TARGET --image FILE.bin [--address 0xHEX] [--firmware] [--prepared] [--dry-run]");
            w.WriteLine("                       Deploy the application image with nanoff (--firmware: update nanoCLR first), printing each command;");
            w.WriteLine("                       refused without --prepared (the terminal shows \"Ready for update\"); --dry-run only prints.");
            w.WriteLine("  help                 This text.");
        }
    }
}
