using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NanoPos.Ui.Messages;
using NanoPos.Ui;

namespace NanoPos.Cli
{
    /// <summary>
    /// Makes the options of the verbs, with usage errors that name the option and the value given
    /// ("--frames must be at least 1, got 0"), so that every verb words its mistakes the same way.
    /// </summary>
    public static class CliOption
    {
        /// <summary>An option that takes one text value, e.g. <c>--file F</c>; null when absent.</summary>
        /// <param name="name">The option, e.g. "--file".</param>
        /// <param name="valueName">The value's name in the help, e.g. "FILE".</param>
        /// <param name="description">What it does.</param>
        /// <returns>The option.</returns>
        public static Option<string> Text(string name, string valueName, string description)
        {
            return new Option<string>(name) { HelpName = valueName, Description = description };
        }

        /// <summary>An option that may be given several times, e.g. <c>--project A --project B</c>; empty when absent.</summary>
        /// <param name="name">The option.</param>
        /// <param name="valueName">The value's name in the help.</param>
        /// <param name="description">What it does.</param>
        /// <returns>The option.</returns>
        public static Option<string[]> Repeated(string name, string valueName, string description)
        {
            return new Option<string[]>(name)
            {
                HelpName = valueName,
                Description = description + " Repeatable.",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
                DefaultValueFactory = _ => Array.Empty<string>(),
            };
        }

        /// <summary>An option without a value, e.g. <c>--verbose</c>.</summary>
        /// <param name="name">The option.</param>
        /// <param name="description">What it does.</param>
        /// <returns>The option.</returns>
        public static Option<bool> Flag(string name, string description)
        {
            return new Option<bool>(name) { Description = description };
        }

        /// <summary>A whole number between <paramref name="minimum"/> and <paramref name="maximum"/>, with a default.</summary>
        /// <param name="name">The option.</param>
        /// <param name="valueName">The value's name in the help.</param>
        /// <param name="description">What it does.</param>
        /// <param name="defaultValue">The value when the option is absent.</param>
        /// <param name="minimum">The least value accepted.</param>
        /// <param name="maximum">The greatest value accepted.</param>
        /// <returns>The option.</returns>
        public static Option<int> Number(string name, string valueName, string description, int defaultValue, int minimum = int.MinValue, int maximum = int.MaxValue)
        {
            return new Option<int>(name)
            {
                HelpName = valueName,
                Description = description,
                DefaultValueFactory = _ => defaultValue,
                CustomParser = result => ParseNumber(result, name, minimum, maximum) ?? defaultValue,
            };
        }

        /// <summary>A whole number that may be absent (null), e.g. a seed that otherwise comes from a file.</summary>
        /// <param name="name">The option.</param>
        /// <param name="valueName">The value's name in the help.</param>
        /// <param name="description">What it does.</param>
        /// <param name="minimum">The least value accepted.</param>
        /// <param name="maximum">The greatest value accepted.</param>
        /// <returns>The option.</returns>
        public static Option<int?> OptionalNumber(string name, string valueName, string description, int minimum = int.MinValue, int maximum = int.MaxValue)
        {
            return new Option<int?>(name)
            {
                HelpName = valueName,
                Description = description,
                CustomParser = result => ParseNumber(result, name, minimum, maximum),
            };
        }

        /// <summary>One of a fixed set of words, e.g. <c>--format mermaid|dot</c>.</summary>
        /// <param name="name">The option.</param>
        /// <param name="description">What it does.</param>
        /// <param name="defaultValue">The value when the option is absent.</param>
        /// <param name="allowed">The words accepted.</param>
        /// <returns>The option.</returns>
        public static Option<string> Choice(string name, string description, string defaultValue, params string[] allowed)
        {
            return new Option<string>(name)
            {
                HelpName = string.Join("|", allowed),
                Description = description,
                DefaultValueFactory = _ => defaultValue,
                CustomParser = result =>
                {
                    string text = Last(result);
                    if (Array.IndexOf(allowed, text) < 0)
                    {
                        result.AddError(name + " must be " + Words(allowed) + ", got '" + text + "'");
                        return defaultValue;
                    }

                    return text;
                },
            };
        }

        /// <summary>The terminal's language, <c>--language en|zh</c> (default English).</summary>
        /// <param name="description">What the language is used for.</param>
        /// <returns>The option.</returns>
        public static Option<Language> Language(string description)
        {
            return new Option<Language>("--language")
            {
                HelpName = "en|zh",
                Description = description,
                DefaultValueFactory = _ => Ui.Messages.Language.English,
                CustomParser = result =>
                {
                    string text = Last(result);
                    if (!MessageCatalog.TryParseLanguage(text, out Language language))
                    {
                        result.AddError("--language must be en or zh, got '" + text + "'");
                    }

                    return language;
                },
            };
        }

        private static int? ParseNumber(ArgumentResult result, string name, int minimum, int maximum)
        {
            string text = Last(result);
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                result.AddError(name + " needs a whole number, got '" + text + "'");
                return null;
            }

            if (value < minimum || value > maximum)
            {
                result.AddError(name + " must be " + Range(minimum, maximum) + ", got " + text);
                return null;
            }

            return value;
        }

        private static string Range(int minimum, int maximum)
        {
            if (maximum == int.MaxValue)
            {
                return "at least " + minimum.ToString(CultureInfo.InvariantCulture);
            }

            return minimum == int.MinValue
                ? "at most " + maximum.ToString(CultureInfo.InvariantCulture)
                : "from " + minimum.ToString(CultureInfo.InvariantCulture) + " to " + maximum.ToString(CultureInfo.InvariantCulture);
        }

        private static string Words(string[] allowed)
        {
            return allowed.Length == 1 ? allowed[0] : string.Join(", ", allowed, 0, allowed.Length - 1) + " or " + allowed[^1];
        }

        // The parser hands over every token of every occurrence; a single-valued option keeps the last, as most tools do.
        private static string Last(ArgumentResult result)
        {
            return result.Tokens.Count == 0 ? string.Empty : result.Tokens[result.Tokens.Count - 1].Value;
        }
    }
}
