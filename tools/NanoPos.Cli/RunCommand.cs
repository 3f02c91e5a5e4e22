using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using NanoPos.Emulation;
using NanoPos.Ui.Messages;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos run [SCRIPT]... [--script FILE]... [--png DIR] [--language en|zh] [--ascii] [--paced]</c>: boots the firmware
    /// on the host against the in-process acquirer, plays each terminal script (keys, time, power cuts, link and host faults,
    /// expectations; the language is in tools/NanoPos.Emulation/README.md) on a terminal of its own, prints every screen as
    /// text (and as PNG with --png), then the host's ledger with amounts as money, and last one line per script. Exit 0
    /// when every expectation of every script held, 1 when one failed, 2 on bad usage or a script that cannot be read.
    /// </summary>
    public static class RunCommand
    {
        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var positional = new Argument<string[]>("SCRIPT") { Description = "A terminal script to play (as many as wanted).", Arity = ArgumentArity.ZeroOrMore };
            Option<string[]> scripts = CliOption.Repeated("--script", "FILE", "A terminal script to play.");
            Option<string> png = CliOption.Text("--png", "DIR", "Also write every screen as a PNG to DIR (with several scripts, DIR/<script>/).");
            Option<Language> language = CliOption.Language("The language the terminal is provisioned in.");
            Option<bool> ascii = CliOption.Flag("--ascii", "Also print every screen's pixels as text.");
            Option<bool> paced = CliOption.Flag("--paced", "Run engine calls on the firmware's worker thread (the emulator's mode).");
            var verb = new VerbCommand(
                "run",
                "[SCRIPT]... [--script FILE]... [--png DIR] [--language en|zh] [--ascii] [--paced]",
                "Boot the firmware on the host against the in-process acquirer and play terminal scripts (keys, time, power cuts, "
                + "link/host faults, expectations; tools/NanoPos.Emulation/README.md), printing every screen (PNG per screen with --png).\n\n"
                + "Exit 0 when every expectation of every script held, 1 when one failed, 2 on bad usage or a script that cannot be read.")
            {
                positional, scripts, png, language, ascii, paced,
            };
            verb.SetAction(parsed =>
            {
                var files = new List<string>(parsed.GetValue(scripts));
                files.AddRange(parsed.GetValue(positional) ?? Array.Empty<string>());
                return Run(files, parsed.GetValue(png), parsed.GetValue(language), parsed.GetValue(ascii), parsed.GetValue(paced), context);
            });
            return verb;
        }

        private static int Run(List<string> files, string png, Language language, bool ascii, bool paced, CliContext context)
        {
            TextWriter output = context.Output;
            TextWriter error = context.Error;
            if (files.Count == 0)
            {
                error.WriteLine("nanopos run: give a script, as SCRIPT or --script FILE.");
                error.WriteLine("usage: nanopos run [SCRIPT]... [--script FILE]... [--png DIR] [--language en|zh] [--ascii] [--paced]");
                return Program.UsageError;
            }

            // Every script is read before any runs, so a mistyped name is found at once, not after minutes of others.
            var parsed = new List<TerminalScript>();
            foreach (string file in files)
            {
                try
                {
                    parsed.Add(TerminalScript.Load(file));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ScriptException)
                {
                    error.WriteLine("nanopos run: " + file + ": " + e.Message);
                    return Program.UsageError;
                }
            }

            var outcomes = new List<string>();
            int failed = 0;
            foreach (TerminalScript script in parsed)
            {
                string folder = png == null || parsed.Count == 1 ? png : Path.Combine(png, Path.GetFileNameWithoutExtension(script.Name));
                if (parsed.Count > 1)
                {
                    output.WriteLine();
                }

                bool ok = Play(script, folder, language, ascii, paced, output, error, out string outcome);
                failed += ok ? 0 : 1;
                outcomes.Add(outcome);
            }

            if (parsed.Count > 1)
            {
                output.WriteLine();
                foreach (string outcome in outcomes)
                {
                    output.WriteLine("  " + outcome);
                }

                output.WriteLine($"{parsed.Count} scripts: {parsed.Count - failed} passed, {failed} failed");
            }

            return failed == 0 ? 0 : 1;
        }

        private static bool Play(TerminalScript parsed, string png, Language language, bool ascii, bool paced, TextWriter output, TextWriter error, out string outcome)
        {
            output.WriteLine("nanopos run: " + parsed.Name + " (" + parsed.Commands.Count + " commands, language " + MessageCatalog.LanguageCode(language)
                + (paced ? ", paced" : string.Empty) + ") on the host build of the firmware, simulated drivers, in-process acquirer");
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Language = language, Paced = paced });
            var runner = new ScriptRunner(terminal, new ScriptRunOptions { Output = output, PngDirectory = png, Ascii = ascii });
            bool ok = true;
            try
            {
                runner.Run(parsed);
            }
            catch (ScriptException e)
            {
                // A failed expect-text names the text it wanted and the rows shown: a card number among them is masked.
                error.WriteLine("nanopos run: " + parsed.Name + ": " + CardNumberText.Mask(e.Message));
                ok = false;
            }

            output.WriteLine();
            output.WriteLine("host ledger (card numbers masked):");
            foreach (LedgerRow row in terminal.HostLedger())
            {
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}  {1,-8} {2,12}  {3,-19} rc {4,-2}  {5}{6}",
                    row.Key, row.Kind, Money.Format(row.AmountMinor), row.MaskedPan, row.ResponseCode, row.State, row.Reversals > 0 ? " (reversals received: " + row.Reversals + ")" : string.Empty));
            }

            if (terminal.HostTls != null)
            {
                // The scripted run talks TLS by default, as a board with host.tls=on: say so, with the CA it pinned.
                output.WriteLine("link: " + (terminal.LinkSecurity.Length > 0 ? terminal.LinkSecurity : "TLS") + "; the host completed "
                    + terminal.HostTls.HandshakesCompleted + " handshake(s)");
            }

            outcome = ok
                ? parsed.Name + ": " + runner.Printed.Count + " screens, every expectation held" + (png != null ? "; PNGs in " + png : string.Empty)
                : parsed.Name + ": FAILED (see above)";
            output.WriteLine(outcome);
            return ok;
        }
    }
}
