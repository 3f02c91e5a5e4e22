using System;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;
using nanoFramework.TestFramework;

namespace NanoPos.Ui.Tests
{
    /// <summary>The catalog: every text exists in both languages, placeholders agree, texts stay short.</summary>
    [TestClass]
    public class MessageCatalogTests
    {
        [TestMethod]
        public void Every_message_id_has_text_in_both_languages()
        {
            for (int id = 0; id < MessageCatalog.MessageCount; id++)
            {
                for (int language = 0; language < MessageCatalog.LanguageCount; language++)
                {
                    string text = MessageCatalog.Get((MessageId)id, (Language)language);
                    Assert.IsNotNull(text, "message " + id.ToString());
                    Assert.IsTrue(text.Length > 0, "message " + id.ToString() + " is empty");
                    Assert.AreEqual(text.Trim(), text, "message " + id.ToString() + " has spaces at an end");
                }
            }
        }

        [TestMethod]
        public void Chinese_texts_are_translated_not_copied_from_english()
        {
            for (int id = 0; id < MessageCatalog.MessageCount; id++)
            {
                if ((MessageId)id == MessageId.LanguageEnglish)
                {
                    continue; // a language is named in its own language on the choice screen
                }

                string text = MessageCatalog.Get((MessageId)id, Language.Chinese);
                bool hasCjk = false;
                for (int i = 0; i < text.Length; i++)
                {
                    hasCjk |= text[i] >= 0x80;
                }

                Assert.IsTrue(hasCjk, "message " + id.ToString() + " has no Chinese: " + text);
            }
        }

        [TestMethod]
        public void Both_languages_agree_on_the_placeholder()
        {
            for (int id = 0; id < MessageCatalog.MessageCount; id++)
            {
                bool english = MessageCatalog.Get((MessageId)id, Language.English).IndexOf(MessageCatalog.Placeholder) >= 0;
                bool chinese = MessageCatalog.Get((MessageId)id, Language.Chinese).IndexOf(MessageCatalog.Placeholder) >= 0;
                Assert.AreEqual(english, chinese, "message " + id.ToString());
            }
        }

        [TestMethod]
        public void Every_message_fits_three_lines_of_the_128_pixel_screen()
        {
            // A result screen is a headline and three lines of detail; no message may need scrolling there.
            for (int id = 0; id < MessageCatalog.MessageCount; id++)
            {
                for (int language = 0; language < MessageCatalog.LanguageCount; language++)
                {
                    string text = MessageCatalog.Format((MessageId)id, (Language)language, "123456");
                    int lines = TextLayout.CountLines(text, 128);
                    Assert.IsTrue(lines >= 1 && lines <= 3, "message " + id.ToString() + " needs " + lines.ToString() + " lines: " + text);
                }
            }
        }

        [TestMethod]
        public void The_language_setting_selects_the_texts()
        {
            MessageCatalog catalog = new MessageCatalog();
            Assert.AreEqual("Approved", catalog.Text(MessageId.Approved));

            catalog.Language = Language.Chinese;
            Assert.AreEqual("交易成功", catalog.Text(MessageId.Approved));
            Assert.AreEqual("授权码 123456", catalog.Format(MessageId.AuthCode, "123456"));
        }

        [TestMethod]
        public void Format_fills_the_placeholder_and_leaves_other_texts_alone()
        {
            Assert.AreEqual("Auth code 654321", MessageCatalog.Format(MessageId.AuthCode, Language.English, "654321"));
            Assert.AreEqual("Auth code ", MessageCatalog.Format(MessageId.AuthCode, Language.English, null));
            Assert.AreEqual("Approved", MessageCatalog.Format(MessageId.Approved, Language.English, "x"));
        }

        [TestMethod]
        public void Unknown_ids_and_languages_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => MessageCatalog.Get((MessageId)MessageCatalog.MessageCount, Language.English));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => MessageCatalog.Get((MessageId)(-1), Language.English));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => MessageCatalog.Get(MessageId.Ready, (Language)2));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new MessageCatalog((Language)7));
        }

        [TestMethod]
        public void Language_codes_round_trip_and_unknown_codes_fall_back_to_english()
        {
            Language language;
            Assert.IsTrue(MessageCatalog.TryParseLanguage(MessageCatalog.LanguageCode(Language.Chinese), out language));
            Assert.AreEqual((int)Language.Chinese, (int)language);
            Assert.IsTrue(MessageCatalog.TryParseLanguage("zh-CN", out language));
            Assert.AreEqual((int)Language.Chinese, (int)language);
            Assert.IsTrue(MessageCatalog.TryParseLanguage("EN", out language));
            Assert.AreEqual((int)Language.English, (int)language);
            Assert.IsFalse(MessageCatalog.TryParseLanguage("fr", out language));
            Assert.AreEqual((int)Language.English, (int)language);
            Assert.IsFalse(MessageCatalog.TryParseLanguage(null, out language));
        }
    }
}
