using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;
using nanoFramework.TestFramework;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// The generated glyph set matches the catalog: a message that uses a character the set lacks would show a box on
    /// the terminal. The fix for a failure here is <c>tools/nanopos glyphs</c> (and committing its output).
    /// </summary>
    [TestClass]
    public class GlyphCoverageTests
    {
        [TestMethod]
        public void Every_character_of_every_message_in_both_languages_has_a_glyph()
        {
            string missing = string.Empty;
            for (int language = 0; language < MessageCatalog.LanguageCount; language++)
            {
                for (int id = 0; id < MessageCatalog.MessageCount; id++)
                {
                    string text = MessageCatalog.Get((MessageId)id, (Language)language);
                    for (int i = 0; i < text.Length; i++)
                    {
                        if (!Glyphs.HasGlyph(text[i]))
                        {
                            missing += " message " + id.ToString() + " (" + MessageCatalog.LanguageCode((Language)language) + ") U+" + ((int)text[i]).ToString("X4") + ";";
                        }
                    }
                }
            }

            Assert.AreEqual(string.Empty, missing, "characters without a glyph (run tools/nanopos glyphs):" + missing);
        }

        [TestMethod]
        public void Every_generated_glyph_is_used_by_some_message()
        {
            // "Only the glyphs used": a glyph no message needs is flash spent for nothing (the set is stale).
            for (int g = 0; g < Glyphs.WideGlyphCount; g++)
            {
                char c = Glyphs.WideCharacterAt(g);
                bool used = false;
                for (int language = 0; language < MessageCatalog.LanguageCount && !used; language++)
                {
                    for (int id = 0; id < MessageCatalog.MessageCount && !used; id++)
                    {
                        used = MessageCatalog.Get((MessageId)id, (Language)language).IndexOf(c) >= 0;
                    }
                }

                Assert.IsTrue(used, "U+" + ((int)c).ToString("X4") + " is in CjkGlyphs but no message uses it (run tools/nanopos glyphs)");
            }
        }

        [TestMethod]
        public void Glyph_code_points_are_strictly_ascending_so_the_binary_search_finds_each()
        {
            Assert.AreEqual(CjkGlyphs.Count, Glyphs.WideGlyphCount);
            for (int g = 0; g < Glyphs.WideGlyphCount; g++)
            {
                if (g > 0)
                {
                    Assert.IsTrue(Glyphs.WideCharacterAt(g - 1) < Glyphs.WideCharacterAt(g), "code points out of order at " + g.ToString());
                }

                Assert.IsTrue(Glyphs.HasGlyph(Glyphs.WideCharacterAt(g)));
            }
        }

        [TestMethod]
        public void Printable_ascii_has_glyphs_and_control_characters_and_unknown_cjk_do_not()
        {
            for (char c = ' '; c <= '~'; c++)
            {
                Assert.IsTrue(Glyphs.HasGlyph(c), "ASCII " + ((int)c).ToString());
            }

            Assert.IsFalse(Glyphs.HasGlyph('\u0001'));
            Assert.IsFalse(Glyphs.HasGlyph('\u007F'));
            Assert.IsFalse(Glyphs.HasGlyph('\u9F8D'));
            Assert.IsFalse(Glyphs.HasGlyph('\u00E9'));
            Assert.IsTrue(Glyphs.HasGlyph('\u4E2D'));
        }

        [TestMethod]
        public void Widths_are_8_for_ascii_and_16_for_the_rest()
        {
            Assert.AreEqual(8, Glyphs.Width('A'));
            Assert.AreEqual(8, Glyphs.Width('\u0001'));
            Assert.AreEqual(16, Glyphs.Width('\u4E2D'));
            Assert.AreEqual(16, Glyphs.Width('\uFF0C'));
            Assert.AreEqual(16, Glyphs.Width('\u00E9'));
        }
    }
}
