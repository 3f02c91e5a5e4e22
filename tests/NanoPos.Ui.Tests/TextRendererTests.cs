using nanoFramework.TestFramework;
using NanoPos.Hal;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Tests
{
    /// <summary>The renderer puts Unifont's exact pixels where asked, wraps, reports overflow, and boxes missing glyphs.</summary>
    [TestClass]
    public class TextRendererTests
    {
        [TestMethod]
        public void Ascii_glyph_has_unifont_pixels_at_an_offset_across_three_pages()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            Assert.AreEqual(11, renderer.DrawText("A", 3, 5, false));

            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 3, 5, false);
            Assert.AreEqual(0, UiTestSupport.LitOutside(frame, 3, 5, 8, 16));
        }

        [TestMethod]
        public void Cjk_glyph_has_unifont_pixels_at_an_offset()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            Assert.AreEqual(36, renderer.DrawText("\u4E2D", 20, 13, false));

            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontZhong, 20, 13, false);
            Assert.AreEqual(0, UiTestSupport.LitOutside(frame, 20, 13, 16, 16));
        }

        [TestMethod]
        public void Mixed_string_advances_8_for_ascii_and_16_for_cjk()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            Assert.AreEqual(40, renderer.DrawText("\u4E2DA\u4E2D", 0, 16, false));

            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontZhong, 0, 16, false);
            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 16, 16, false);
            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontZhong, 24, 16, false);
        }

        [TestMethod]
        public void Highlighted_line_is_inverse_video_across_its_band()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            Assert.IsTrue(renderer.DrawLine("A", 0, 16, 128, true));

            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 0, 16, true);
            Assert.AreEqual(120 * 16, UiTestSupport.LitInside(frame, 8, 16, 120, 16));
            Assert.AreEqual(0, UiTestSupport.LitOutside(frame, 0, 16, 128, 16));
        }

        [TestMethod]
        public void Glyph_cells_are_opaque_so_a_redraw_replaces_the_old_text()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);
            renderer.DrawText("\u4E2D", 0, 3, false);

            renderer.DrawText("A ", 0, 3, false);

            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 0, 3, false);
            Assert.AreEqual(0, UiTestSupport.LitOutside(frame, 0, 3, 8, 16));
        }

        [TestMethod]
        public void Missing_glyph_is_drawn_as_a_box_and_takes_its_width()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            // U+00E9 (é) is not in the generated set: a 16-pixel box, then 'A' after it.
            Assert.AreEqual(24, renderer.DrawText("\u00E9A", 0, 0, false));

            for (int row = 1; row <= 14; row++)
            {
                Assert.IsTrue(frame.GetPixel(1, row), "left edge row " + row.ToString());
                Assert.IsTrue(frame.GetPixel(14, row), "right edge row " + row.ToString());
            }

            for (int column = 1; column <= 14; column++)
            {
                Assert.IsTrue(frame.GetPixel(column, 1), "top edge column " + column.ToString());
                Assert.IsTrue(frame.GetPixel(column, 14), "bottom edge column " + column.ToString());
            }

            Assert.AreEqual(0, UiTestSupport.LitInside(frame, 2, 2, 12, 12));
            Assert.IsFalse(frame.GetPixel(0, 5));
            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 16, 0, false);
        }

        [TestMethod]
        public void Control_character_is_an_8_pixel_box()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            Assert.AreEqual(8, renderer.DrawChar('\u0001', 0, 0, false));

            Assert.IsTrue(frame.GetPixel(1, 7));
            Assert.IsTrue(frame.GetPixel(6, 7));
            Assert.IsTrue(frame.GetPixel(3, 1));
            Assert.IsFalse(frame.GetPixel(3, 7));
        }

        [TestMethod]
        public void Line_that_does_not_fit_reports_overflow_and_draws_nothing_past_its_band()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);

            Assert.IsFalse(renderer.DrawLine("ABCDEFGHIJ", 0, 0, 64, false));
            Assert.AreEqual(0, UiTestSupport.LitOutside(frame, 0, 0, 64, 16));
            Assert.IsTrue(renderer.DrawLine("ABCDEFGH", 0, 16, 64, false));
        }

        [TestMethod]
        public void Wrapped_text_draws_its_lines_and_reports_overflow_for_scrolling()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);
            string text = "A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A"; // 40 x "A": 5 lines of 8

            int needed = renderer.DrawWrapped(text, 0, 0, 120, 4, 0, false);

            Assert.AreEqual(5, needed);
            for (int line = 0; line < 4; line++)
            {
                UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 0, line * 16, false);
                UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 112, line * 16, false);
            }

            // Scrolled by four lines: the fifth line at the top, the rest of the area cleared.
            Assert.AreEqual(5, renderer.DrawWrapped(text, 0, 0, 120, 4, 4, false));
            UiTestSupport.AssertGlyphAt(frame, UiTestSupport.UnifontA, 0, 0, false);
            Assert.AreEqual(0, UiTestSupport.LitOutside(frame, 0, 0, 128, 16));
        }

        [TestMethod]
        public void Wrapped_chinese_message_fills_lines_of_eight_characters()
        {
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            TextRenderer renderer = new TextRenderer(frame);
            string text = MessageCatalog.Get(MessageId.ReversingNotCharged, Language.Chinese); // 正在冲正，卡不会被扣款

            Assert.AreEqual(2, renderer.DrawWrapped(text, 0, 0, 128, 4, 0, false));
            Assert.IsTrue(UiTestSupport.LitInside(frame, 0, 0, 128, 16) > 0);
            Assert.IsTrue(UiTestSupport.LitInside(frame, 0, 16, 128, 16) > 0);
            Assert.AreEqual(0, UiTestSupport.LitInside(frame, 0, 32, 128, 32));
        }
    }
}
