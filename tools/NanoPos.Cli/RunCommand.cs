using System;
using System.Globalization;
using System.IO;
using NanoPos.Emulation;
using NanoPos.Ui.Messages;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos run --script FILE [--png DIR] [--language en|zh] [--ascii] [--paced]</c>: boots the firmware on the
    /// host against the in-process acquirer, plays a terminal script (keys, time, power cuts, link and host faults,
    /// expectations; the language is in tools/NanoPos.Emulation/README.md), prints every screen as text (and as PNG
    /// with --png), then the host's ledger. Exit 0 when every expectation held, 1 when one failed, 2 on bad usage.
    /// </summary>
    public static class RunCommand
    {
        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            string script = null;
            string png = null;
            bool ascii = false;
            bool paced = false;
            Language language = Language.English;
            for (int i = 0; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--script" when value != null:
                        script = value;
                        i++;
                        break;
                    case "--png" when value != null:
                        png = value;
                        i++;
                        break;
                    case "--language" when value != null:
                        if (!MessageCatalog.TryParseLanguage(value, out language))
                        {
                            error.WriteLine("nanopos run: --language takes en or zh, not '" + value + "'.");
                            return 2;
                        }

                        i++;
                        break;
                    case "--ascii":
                        ascii = true;
                        break;
                    case "--paced":
                        paced = true;
                        break;
                    default:
                        error.WriteLine("nanopos run: unknown option '" + args[i] + "'.");
                        error.WriteLine("usage: nanopos run --script FILE [--png DIR] [--language en|zh] [--ascii] [--paced]");
                        return 2;
                }
            }

            if (script == null)
            {
                error.WriteLine("usage: nanopos run --script FILE [--png DIR] [--language en|zh] [--ascii] [--paced]");
                return 2;
            }

            TerminalScript parsed;
            try
            {
                parsed = TerminalScript.Load(script);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ScriptException)
            {
                error.WriteLine("nanopos run: " + script + ": " + e.Message);
                return 2;
            }

            output.WriteLine("nanopos run: " + parsed.Name + " (" + parsed.Commands.Count + " commands, language " + MessageCatalog.LanguageCode(language)
                + (paced ? ", paced" : string.Empty) + ") on the host build of the firmware, simulated drivers, in-process acquirer");
            using var terminal = new SimulatedTerminal(new SimulatedTerminalOptions { Language = language, Paced = paced });
            var runner = new ScriptRunner(terminal, new ScriptRunOptions { Output = output, PngDirectory = png, Ascii = ascii });
            int code = 0;
            try
            {
                runner.Run(parsed);
            }
            catch (ScriptException e)
            {
                // A failed expect-text names the text it wanted and the rows shown: a card number among them is masked.
                error.WriteLine("nanopos run: " + parsed.Name + ": " + CardNumberText.Mask(e.Message));
                code = 1;
            }

            output.WriteLine();
            output.WriteLine("host ledger (card numbers masked):");
            foreach (LedgerRow row in terminal.HostLedger())
            {
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}  {1,-8} {2,10}  {3,-19} rc {4,-2}  {5}{6}",
                    row.Key, row.Kind, row.AmountMinor, row.MaskedPan, row.ResponseCode, row.State, row.Reversals > 0 ? " (reversals received: " + row.Reversals + ")" : string.Empty));
            }

            if (terminal.HostTls != null)
            {
                // The scripted run talks TLS by default, as a board with host.tls=on: say so, with the CA it pinned.
                output.WriteLine("link: " + (terminal.LinkSecurity.Length > 0 ? terminal.LinkSecurity : "TLS") + "; the host completed "
                    + terminal.HostTls.HandshakesCompleted + " handshake(s)");
            }

            output.WriteLine(code == 0
                ? parsed.Name + ": " + runner.Printed.Count + " screens, every expectation held" + (png != null ? "; PNGs in " + png : string.Empty)
                : parsed.Name + ": FAILED (see above)");
            return code;
        }
    }
}
