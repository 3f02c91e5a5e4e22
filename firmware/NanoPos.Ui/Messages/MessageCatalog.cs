using System;
using NanoPos.Hal;

namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// Every text the terminal shows, in English and Chinese (Simplified), looked up by <see cref="MessageId"/>
    /// in the language of the <see cref="Language"/> setting.
    /// </summary>
    /// <remarks>
    /// The texts are string literals held in two tables built once per process, so <see cref="Text(MessageId)"/>
    /// allocates nothing. A text may hold one <c>{0}</c>, filled by <see cref="Format(MessageId, string)"/> (which
    /// allocates the result). Tools enumerate the whole catalog with <see cref="MessageCount"/>,
    /// <see cref="LanguageCount"/> and <see cref="Get(MessageId, Language)"/>; the glyph generator does exactly that.
    /// </remarks>
    public sealed class MessageCatalog
    {
        /// <summary>The number of message ids: every value from 0 to MessageCount - 1 is a <see cref="MessageId"/>.</summary>
        public const int MessageCount = (int)MessageId.JournalTooNew + 1;

        /// <summary>The number of languages: every value from 0 to LanguageCount - 1 is a <see cref="Messages.Language"/>.</summary>
        public const int LanguageCount = 2;

        /// <summary>The placeholder that <see cref="Format(MessageId, Language, string)"/> replaces.</summary>
        public const string Placeholder = "{0}";

        private static readonly string[][] s_tables = Build();

        private Language _language;

        /// <summary>Creates a catalog showing English.</summary>
        public MessageCatalog()
            : this(Language.English)
        {
        }

        /// <summary>Creates a catalog showing the given language.</summary>
        /// <param name="language">The language, usually from the configuration.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a known language.</exception>
        public MessageCatalog(Language language)
        {
            Language = language;
        }

        /// <summary>Gets or sets the language the texts are shown in (the setting; the technician menu changes it).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is not a known language.</exception>
        public Language Language
        {
            get
            {
                return _language;
            }

            set
            {
                CheckLanguage(value);
                _language = value;
            }
        }

        /// <summary>Gets a text in the current language, as it is (a <c>{0}</c> stays in it).</summary>
        /// <param name="id">The message.</param>
        /// <returns>The text; never null.</returns>
        public string Text(MessageId id)
        {
            return Get(id, _language);
        }

        /// <summary>Gets a text in the current language with its <c>{0}</c> replaced by a value.</summary>
        /// <param name="id">The message.</param>
        /// <param name="value">The value, e.g. an authorization code; null counts as empty.</param>
        /// <returns>The text.</returns>
        public string Format(MessageId id, string value)
        {
            return Format(id, _language, value);
        }

        /// <summary>Gets a text in a given language.</summary>
        /// <param name="id">The message.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text; never null.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The id or the language is unknown.</exception>
        public static string Get(MessageId id, Language language)
        {
            int index = (int)id;
            if (index < 0 || index >= MessageCount)
            {
                throw new ArgumentOutOfRangeException("id");
            }

            CheckLanguage(language);
            return s_tables[(int)language][index];
        }

        /// <summary>Gets a text in a given language with its first <c>{0}</c> replaced by a value.</summary>
        /// <param name="id">The message.</param>
        /// <param name="language">The language.</param>
        /// <param name="value">The value; null counts as empty.</param>
        /// <returns>The text; the text as it is when it has no placeholder.</returns>
        public static string Format(MessageId id, Language language, string value)
        {
            string text = Get(id, language);
            int at = text.IndexOf(Placeholder);
            if (at < 0)
            {
                return text;
            }

            return text.Substring(0, at) + (value == null ? string.Empty : value) + text.Substring(at + Placeholder.Length);
        }

        /// <summary>Gets the configuration code of a language: "en" or "zh".</summary>
        /// <param name="language">The language.</param>
        /// <returns>The code.</returns>
        public static string LanguageCode(Language language)
        {
            CheckLanguage(language);
            return language == Language.Chinese ? "zh" : "en";
        }

        /// <summary>Reads a language code from the configuration: "en", or "zh" (also "zh-CN", "zh-Hans"), any case.</summary>
        /// <param name="code">The code.</param>
        /// <param name="language">The language, English when the code is not known.</param>
        /// <returns>True when the code is known.</returns>
        public static bool TryParseLanguage(string code, out Language language)
        {
            language = Language.English;
            if (code == null)
            {
                return false;
            }

            string lower = code.ToLower();
            if (lower == "en" || lower.StartsWith("en-"))
            {
                return true;
            }

            if (lower == "zh" || lower == "zh-cn" || lower == "zh-hans")
            {
                language = Language.Chinese;
                return true;
            }

            return false;
        }

        private static void CheckLanguage(Language language)
        {
            if ((int)language < 0 || (int)language >= LanguageCount)
            {
                throw new ArgumentOutOfRangeException("language");
            }
        }

        private static string[][] Build()
        {
            string[] english = StringArray.Create(MessageCount);
            string[] chinese = StringArray.Create(MessageCount);
            MessageTexts.Fill(english, chinese);
            DiagnosticTexts.Fill(english, chinese);
            string[][] tables = new string[LanguageCount][];
            tables[(int)Language.English] = english;
            tables[(int)Language.Chinese] = chinese;
            return tables;
        }
    }
}
