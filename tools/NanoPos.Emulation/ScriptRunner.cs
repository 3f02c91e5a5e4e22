using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Host;
using NanoPos.Terminal;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulation
{
    /// <summary>
    /// Runs a <see cref="TerminalScript"/> on a <see cref="SimulatedTerminal"/>: performs each command, prints every
    /// new screen (its text rows in a frame, optionally ASCII art and a PNG), and checks the expectations. The first
    /// failed expectation ends the run with a <see cref="ScriptException"/>.
    /// </summary>
    /// <remarks>
    /// The text it prints is a log, so it shows no card number and no PIN (issue 12): card numbers are masked first 6 +
    /// last 4 (<see cref="CardNumberText"/>) in the echoed commands and in the screens' rows (the card screen shows the
    /// number being keyed), and the digits of a <c>press</c> that land on a PIN screen are echoed as '*' (the echo is
    /// <see cref="ScriptEcho"/>'s). The PNGs and the <c>--ascii</c> art are the display's pixels, as the terminal shows them.
    /// </remarks>
    public sealed class ScriptRunner
    {
        private readonly SimulatedTerminal _terminal;
        private readonly ScriptRunOptions _options;
        private readonly List<ScreenShot> _printed = new List<ScreenShot>();
        private ScreenShot _last;

        /// <summary>Creates a runner.</summary>
        /// <param name="terminal">The terminal to drive.</param>
        /// <param name="options">Output settings.</param>
        public ScriptRunner(SimulatedTerminal terminal, ScriptRunOptions options)
        {
            _terminal = terminal ?? throw new ArgumentNullException(nameof(terminal));
            _options = options ?? new ScriptRunOptions();
        }

        /// <summary>Gets every screen printed so far, in order.</summary>
        public IReadOnlyList<ScreenShot> Printed => _printed;

        /// <summary>Runs every command of a script.</summary>
        /// <param name="script">The script.</param>
        /// <exception cref="ScriptException">A command failed or an expectation did not hold.</exception>
        public void Run(TerminalScript script)
        {
            TextWriter w = _options.Output;
            if (_options.PngDirectory != null)
            {
                Directory.CreateDirectory(_options.PngDirectory);
            }

            foreach (ScriptCommand command in script.Commands)
            {
                if (command.Verb == "press")
                {
                    Press(command);
                }
                else
                {
                    // An expectation may name a card number ("expect-text" of the card screen): the echo is a log.
                    w.WriteLine(ScriptEcho.Of(command));
                    Execute(command);
                }

                Flush(command.Verb == "show");
            }
        }

        /// <summary>
        /// Presses the keys, then echoes the command with what a log must not show masked: digits typed on a PIN screen
        /// (cardholder or technician) as '*', card numbers as first 6 + last 4. Written when the keys are done (or one
        /// failed), before the screens they drew, so the output reads as before.
        /// </summary>
        private void Press(ScriptCommand c)
        {
            IReadOnlyList<Key> keys = TerminalScript.Keys(c);
            var hidden = new bool[keys.Count];
            int pressed = 0;
            try
            {
                for (; pressed < keys.Count; pressed++)
                {
                    hidden[pressed] = ScriptEcho.IsSecret(_terminal.Screen);
                    _terminal.Press(keys[pressed]);
                }
            }
            finally
            {
                // Keys a failure left unpressed (from 'pressed' on) are hidden too: ScriptEcho.OfPress.
                _options.Output.WriteLine(ScriptEcho.OfPress(c, hidden, pressed));
            }
        }

        private void Execute(ScriptCommand c)
        {
            IReadOnlyList<string> a = c.Args;
            switch (c.Verb)
            {
                case "boot":
                    _terminal.Boot();
                    break;
                case "wait":
                    _terminal.Advance(c.Number(0));
                    break;
                case "cut-power":
                    if (a.Count == 0)
                    {
                        _terminal.Power.Cut();
                    }
                    else if (a.Count == 2 && a[0] == "at-write")
                    {
                        _terminal.Power.ArmCut((int)c.Number(1));
                    }
                    else
                    {
                        throw new ScriptException(c.Line, "cut-power takes nothing (now) or 'at-write N'");
                    }

                    break;
                case "reboot":
                    _terminal.Power.Reboot();
                    break;
                case "network":
                    _terminal.Controls.NetworkUp = Choice(c, 0, "up", "down");
                    break;
                case "host":
                    Host(c);
                    break;
                case "language":
                    _terminal.Controls.Language = Language(c);
                    break;
                case "config":
                    Config(c);
                    break;
                case "show":
                    break;
                default:
                    ScriptExpectations.Check(_terminal, c);
                    break;
            }
        }

        private void Host(ScriptCommand c)
        {
            string what = c.Args.Count > 0 ? c.Args[0] : string.Empty;
            if (what == "maintenance" && c.Args.Count == 2)
            {
                _terminal.Controls.HostMaintenance = Choice(c, 1, "on", "off");
            }
            else if (what == "delay" && c.Args.Count == 2)
            {
                _terminal.Controls.HostDelayMs = (int)c.Number(1);
            }
            else
            {
                throw new ScriptException(c.Line, "host takes 'maintenance on|off' or 'delay MS'");
            }
        }

        private void Config(ScriptCommand c)
        {
            if (c.Args.Count == 1 && c.Args[0] == "remove")
            {
                _terminal.Store.Delete(TerminalConfig.RecordName);
            }
            else if (c.Args.Count >= 3 && c.Args[0] == "set")
            {
                _terminal.Power.Provision();
                ConfigRecord.Set(_terminal.Store, c.Args[1], string.Join(" ", c.Args.Skip(2)));
            }
            else
            {
                throw new ScriptException(c.Line, "config takes 'set KEY VALUE' or 'remove' (effective at the next boot)");
            }
        }

        private void Flush(bool force)
        {
            // Of each run of frames of one screen (a digit typed, a countdown second), the last says what the run did;
            // an event (power cut, boot) ends a run.
            IReadOnlyList<TimelineEntry> entries = _terminal.TakeTimeline();
            bool printed = false;
            for (int i = 0; i < entries.Count; i++)
            {
                ScreenShot shot = entries[i].Shot;
                if (shot == null)
                {
                    _options.Output.WriteLine("== " + entries[i].Event);
                    continue;
                }

                ScreenShot next = i + 1 < entries.Count ? entries[i + 1].Shot : null;
                bool lastOfRun = next == null || next.Screen != shot.Screen || next.Boot != shot.Boot;
                if (lastOfRun && !shot.SameAs(_last))
                {
                    Print(shot);
                    printed = true;
                }
            }

            if (force && !printed && _last != null)
            {
                Print(_last);
            }
        }

        private void Print(ScreenShot shot)
        {
            _last = shot;
            _printed.Add(shot);
            TextWriter w = _options.Output;
            int n = _printed.Count;
            w.WriteLine(string.Format(CultureInfo.InvariantCulture, "   [{0:D2}] {1}  (boot {2}, t={3:0.0} s)", n, shot.ScreenName, shot.Boot, shot.AtMs / 1000.0));
            w.WriteLine("   +" + new string('-', 16) + "+");

            // The rows as one text: the card screen wraps a card number over two rows. PNGs and --ascii keep the pixels.
            foreach (string row in CardNumberText.Mask(string.Join("\n", shot.Text)).Split('\n'))
            {
                w.WriteLine("   |" + row + new string(' ', Math.Max(0, 16 - DisplayWidth(row))) + "|");
            }

            w.WriteLine("   +" + new string('-', 16) + "+");
            if (_options.Ascii)
            {
                for (int y = 0; y < shot.Frame.Height; y++)
                {
                    var line = new StringBuilder("   ");
                    for (int x = 0; x < shot.Frame.Width; x++)
                    {
                        line.Append(shot.Frame.GetPixel(x, y) ? '#' : '.');
                    }

                    w.WriteLine(line.ToString());
                }
            }

            if (_options.PngDirectory != null)
            {
                string file = Path.Combine(_options.PngDirectory, n.ToString("D2", CultureInfo.InvariantCulture) + "-" + shot.ScreenName + ".png");
                FramebufferPng.WriteFile(shot.Frame, file, _options.PngScale, FramebufferPngStyle.Oled);
            }
        }

        private static int DisplayWidth(string text)
        {
            int width = 0;
            foreach (char c in text)
            {
                width += c < 0x80 ? 1 : 2;
            }

            return width;
        }

        private static bool Choice(ScriptCommand c, int index, string yes, string no)
        {
            string value = c.Arg(index).ToLowerInvariant();
            if (value != yes && value != no)
            {
                throw new ScriptException(c.Line, c.Verb + " takes " + yes + " or " + no);
            }

            return value == yes;
        }

        private static Language Language(ScriptCommand c)
        {
            if (!MessageCatalog.TryParseLanguage(c.Arg(0), out Language language))
            {
                throw new ScriptException(c.Line, "language takes en or zh");
            }

            return language;
        }
    }
}
