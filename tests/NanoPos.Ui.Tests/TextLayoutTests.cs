using System;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;
using nanoFramework.TestFramework;

namespace NanoPos.Ui.Tests
{
    /// <summary>Wrapping: lines fit 128 pixels, Latin breaks at spaces, CJK anywhere, nothing is dropped, overflow is reported.</summary>
    [TestClass]
    public class TextLayoutTests
    {
        [TestMethod]
        public void Width_is_8_per_ascii_and_16_per_cjk_character()
        {
            Assert.AreEqual(0, TextLayout.Measure(null));
            Assert.AreEqual(128, TextLayout.Measure("0123456789ABCDEF"));
            Assert.AreEqual(24, TextLayout.Measure("A\u4E2D"));
            Assert.AreEqual(16, TextLayout.Measure("A\u4E2DB", 1, 1));
        }

        [TestMethod]
        public void Long_english_line_wraps_at_spaces_within_128_pixels()
        {
            string text = "Insufficient funds - try another card";
            int[] starts = new int[4];
            int[] lengths = new int[4];

            int lines = TextLayout.Layout(text, 128, 0, starts, lengths);

            Assert.AreEqual(3, lines);
            Assert.AreEqual("Insufficient", text.Substring(starts[0], lengths[0]));
            Assert.AreEqual("funds - try", text.Substring(starts[1], lengths[1]));
            Assert.AreEqual("another card", text.Substring(starts[2], lengths[2]));
        }

        [TestMethod]
        public void Long_chinese_line_wraps_between_characters_within_128_pixels()
        {
            string text = "\u8BF7\u8F93\u5165\u5BC6\u7801\u8BF7\u8F93\u5165\u5BC6\u7801\u8BF7\u8F93\u5165\u5BC6\u7801\u8BF7\u8F93\u5165\u5BC6\u7801"; // 20 CJK characters
            int[] starts = new int[4];
            int[] lengths = new int[4];

            int lines = TextLayout.Layout(text, 128, 0, starts, lengths);

            Assert.AreEqual(3, lines);
            Assert.AreEqual(0, starts[0]);
            Assert.AreEqual(8, lengths[0]);
            Assert.AreEqual(8, starts[1]);
            Assert.AreEqual(8, lengths[1]);
            Assert.AreEqual(16, starts[2]);
            Assert.AreEqual(4, lengths[2]);
        }

        [TestMethod]
        public void Chinese_comma_never_starts_a_line()
        {
            // 密码错误次数超限，请联系发卡行: the comma would start line 2, so 限 moves down with it.
            string text = MessageCatalog.Get(MessageId.Rc75PinTriesExceeded, Language.Chinese);
            int[] starts = new int[4];
            int[] lengths = new int[4];

            int lines = TextLayout.Layout(text, 128, 0, starts, lengths);

            Assert.AreEqual(2, lines);
            Assert.AreEqual(7, lengths[0]);
            Assert.AreEqual("\u9650\uFF0C", text.Substring(starts[1], 2));
        }

        [TestMethod]
        public void A_word_longer_than_the_line_is_broken_not_cut()
        {
            string text = "ABCDEFGHIJKLMNOPQRS";
            int[] starts = new int[2];
            int[] lengths = new int[2];

            Assert.AreEqual(2, TextLayout.Layout(text, 128, 0, starts, lengths));
            Assert.AreEqual(16, lengths[0]);
            Assert.AreEqual("QRS", text.Substring(starts[1], lengths[1]));
        }

        [TestMethod]
        public void Mixed_text_and_newlines()
        {
            int[] starts = new int[3];
            int[] lengths = new int[3];

            Assert.AreEqual(1, TextLayout.Layout("\u6388\u6743\u7801 123456", 128, 0, starts, lengths));
            Assert.AreEqual(2, TextLayout.Layout("Line 1\nLine 2\n", 128, 0, starts, lengths));
            Assert.AreEqual(6, lengths[0]);
            Assert.AreEqual(7, starts[1]);
            Assert.AreEqual(0, TextLayout.CountLines(string.Empty, 128));
        }

        [TestMethod]
        public void Overflow_is_reported_and_the_rest_can_be_paged_in()
        {
            string text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
            int[] starts = new int[4];
            int[] lengths = new int[4];

            int needed = TextLayout.Layout(text, 64, 0, starts, lengths);

            Assert.IsTrue(needed > 4, "needs " + needed.ToString() + " lines");
            Assert.AreEqual("one two", text.Substring(starts[0], lengths[0]));
            Assert.AreEqual("five six", text.Substring(starts[3], lengths[3]));

            // Page 2: the lines from 4 on, into the same arrays.
            Assert.AreEqual(needed, TextLayout.Layout(text, 64, 4, starts, lengths));
            Assert.AreEqual("seven", text.Substring(starts[0], lengths[0]));
        }

        [TestMethod]
        public void No_message_loses_a_character_and_every_line_fits()
        {
            int[] starts = new int[8];
            int[] lengths = new int[8];
            for (int id = 0; id < MessageCatalog.MessageCount; id++)
            {
                for (int language = 0; language < MessageCatalog.LanguageCount; language++)
                {
                    string text = MessageCatalog.Get((MessageId)id, (Language)language);
                    int lines = TextLayout.Layout(text, 128, 0, starts, lengths);
                    int kept = 0;
                    for (int line = 0; line < lines; line++)
                    {
                        Assert.IsTrue(TextLayout.Measure(text, starts[line], lengths[line]) <= 128, "message " + id.ToString());
                        for (int i = starts[line]; i < starts[line] + lengths[line]; i++)
                        {
                            kept += text[i] == ' ' ? 0 : 1;
                        }

                        if (lengths[line] > 0)
                        {
                            Assert.IsTrue(text[starts[line]] != ' ' && text[starts[line] + lengths[line] - 1] != ' ', "message " + id.ToString() + " line " + line.ToString() + " starts or ends with a space");
                        }
                    }

                    Assert.AreEqual(NonSpaces(text), kept, "message " + id.ToString() + " lost characters");
                }
            }
        }

        [TestMethod]
        public void Bad_arguments_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => TextLayout.Layout("x", 0, 0, null, null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => TextLayout.Layout("x", 128, -1, null, null));
            Assert.ThrowsException(typeof(ArgumentException), () => TextLayout.Layout("x", 128, 0, new int[2], new int[3]));
        }

        private static int NonSpaces(string text)
        {
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                count += text[i] == ' ' ? 0 : 1;
            }

            return count;
        }
    }
}
