using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoPos.Hal;

namespace NanoPos.Emulation
{
    /// <summary>
    /// A script for the simulated terminal: one command per line; a line starting with <c>#</c> and a space is a comment. The language is documented
    /// in README.md; <see cref="Parse"/> checks every line before anything runs, so a typo fails at once.
    /// </summary>
    public sealed class TerminalScript
    {
        private static readonly string[] s_verbs =
        {
            "boot", "press", "wait", "cut-power", "reboot", "network", "host", "language", "config",
            "expect-screen", "expect-text", "expect-message", "expect-ledger", "expect-pending", "show",
        };

        private TerminalScript(string name, IReadOnlyList<ScriptCommand> commands)
        {
            Name = name;
            Commands = commands;
        }

        /// <summary>Gets the script's name (its file name without extension).</summary>
        public string Name { get; }

        /// <summary>Gets the commands in order.</summary>
        public IReadOnlyList<ScriptCommand> Commands { get; }

        /// <summary>Reads a script file.</summary>
        /// <param name="path">The file.</param>
        /// <returns>The script.</returns>
        /// <exception cref="ScriptException">A line is not a known command.</exception>
        public static TerminalScript Load(string path)
        {
            return Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileNameWithoutExtension(path));
        }

        /// <summary>Reads a script from its text.</summary>
        /// <param name="text">The text.</param>
        /// <param name="name">A name for the output.</param>
        /// <returns>The script.</returns>
        /// <exception cref="ScriptException">A line is not a known command, or a key name is unknown.</exception>
        public static TerminalScript Parse(string text, string name)
        {
            var commands = new List<ScriptCommand>();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = StripComment(lines[i]).Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                List<string> words = Split(line, i + 1);
                string verb = words[0].ToLowerInvariant();
                if (Array.IndexOf(s_verbs, verb) < 0)
                {
                    throw new ScriptException(i + 1, "unknown command '" + words[0] + "' (known: " + string.Join(", ", s_verbs) + ")");
                }

                words.RemoveAt(0);
                var command = new ScriptCommand(i + 1, verb, words, line);
                if (verb == "press")
                {
                    Keys(command);
                }

                commands.Add(command);
            }

            return new TerminalScript(name, commands);
        }

        /// <summary>Reads the keys of a press command: digits (a run of digits presses each), enter #, cancel *, clear D, menu A, f1 B, f2 C.</summary>
        /// <param name="command">The command.</param>
        /// <returns>The keys in order.</returns>
        /// <exception cref="ScriptException">A key name is unknown.</exception>
        public static IReadOnlyList<Key> Keys(ScriptCommand command)
        {
            var keys = new List<Key>();
            foreach (string word in command.Args)
            {
                bool digits = word.Length > 0;
                foreach (char c in word)
                {
                    digits &= c >= '0' && c <= '9';
                }

                if (digits)
                {
                    foreach (char c in word)
                    {
                        keys.Add(Key.Digit0 + (c - '0'));
                    }

                    continue;
                }

                Key key = word.ToLowerInvariant() switch
                {
                    "enter" or "#" or "ok" => Key.Enter,
                    "cancel" or "*" => Key.Cancel,
                    "clear" or "d" => Key.Clear,
                    "menu" or "a" => Key.Menu,
                    "f1" or "b" or "up" => Key.Function1,
                    "f2" or "c" or "down" => Key.Function2,
                    _ => throw new ScriptException(command.Line, "unknown key '" + word + "' (digits, enter #, cancel *, clear D, menu A, f1 B, f2 C)"),
                };
                keys.Add(key);
            }

            if (keys.Count == 0)
            {
                throw new ScriptException(command.Line, "press needs at least one key");
            }

            return keys;
        }

        private static string StripComment(string line)
        {
            // A comment is a whole line starting with '#' and a space (a lone '#' too); elsewhere '#' is the Enter key.
            string trimmed = line.TrimStart();
            return trimmed.StartsWith("#", StringComparison.Ordinal) && (trimmed.Length == 1 || char.IsWhiteSpace(trimmed[1]) || trimmed[1] == '#')
                ? string.Empty
                : line;
        }

        private static List<string> Split(string line, int number)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            bool quoted = false;
            bool any = false;
            foreach (char c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                    any = true;
                }
                else if (c == ' ' && !quoted)
                {
                    if (any)
                    {
                        words.Add(word.ToString());
                    }

                    word.Clear();
                    any = false;
                }
                else
                {
                    word.Append(c);
                    any = true;
                }
            }

            if (quoted)
            {
                throw new ScriptException(number, "a quote is not closed");
            }

            if (any)
            {
                words.Add(word.ToString());
            }

            return words;
        }
    }
}
