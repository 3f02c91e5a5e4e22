using System;
using System.IO;
using nanoFramework.TestFramework;
using NanoPos.Hal;

namespace NanoPos.Hal.Tests
{
    /// <summary>
    /// The SSD1306 bytes, checked one by one against a recording bus: a wrong command byte is a dark or garbled
    /// screen on every terminal, and nothing else would catch it before a board is on the bench.
    /// </summary>
    [TestClass]
    public class Ssd1306ProtocolTests
    {
        private const string Init128x64 =
            "00 AE D5 80 A8 3F D3 00 40 8D 14 20 00 A1 C8 DA 12 81 CF D9 F1 DB 40 2E A4 A6";

        [TestMethod]
        public void Initialize_sends_configuration_blank_memory_then_display_on()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false);

            protocol.Initialize();

            // 1 configuration write, 1 window write, 8 data writes of one page each, 1 display-on write.
            Assert.AreEqual(11, bus.WriteCount);
            Assert.AreEqual(Init128x64, bus.Hex(0));
            Assert.AreEqual("00 21 00 7F 22 00 07", bus.Hex(1));
            for (int page = 0; page < 8; page++)
            {
                byte[] data = bus.GetWrite(2 + page);
                Assert.AreEqual(129, data.Length, "page " + page);
                Assert.AreEqual((byte)0x40, data[0], "control byte of page " + page);
                for (int i = 1; i < data.Length; i++)
                {
                    Assert.AreEqual((byte)0x00, data[i], "page " + page + " byte " + i);
                }
            }

            Assert.AreEqual("00 AF", bus.Hex(10));
        }

        [TestMethod]
        public void Flipped_panel_reverses_segments_and_com_scan_only()
        {
            RecordingByteBus bus = new RecordingByteBus();
            new Ssd1306Protocol(bus, 128, 64, true).Initialize();

            Assert.AreEqual(
                "00 AE D5 80 A8 3F D3 00 40 8D 14 20 00 A0 C0 DA 12 81 CF D9 F1 DB 40 2E A4 A6",
                bus.Hex(0));
        }

        [TestMethod]
        public void Panel_of_32_rows_gets_its_multiplex_com_pins_and_page_window()
        {
            RecordingByteBus bus = new RecordingByteBus();
            new Ssd1306Protocol(bus, 128, 32, false, 0x8F, 128).Initialize();

            Assert.AreEqual(
                "00 AE D5 80 A8 1F D3 00 40 8D 14 20 00 A1 C8 DA 02 81 8F D9 F1 DB 40 2E A4 A6",
                bus.Hex(0));
            Assert.AreEqual("00 21 00 7F 22 00 03", bus.Hex(1));
            Assert.AreEqual(1 + 1 + 4 + 1, bus.WriteCount);
        }

        [TestMethod]
        public void Known_pixels_land_in_their_page_column_and_bit()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            frame.SetPixel(0, 0, true);     // page 0, column 0, bit 0
            frame.SetPixel(5, 9, true);     // page 1, column 5, bit 1
            frame.SetPixel(127, 63, true);  // page 7, column 127, bit 7
            frame.FillRectangle(64, 24, 1, 8, true); // page 3, column 64, whole byte

            protocol.WriteFrame(frame);

            Assert.AreEqual(9, bus.WriteCount);
            Assert.AreEqual("00 21 00 7F 22 00 07", bus.Hex(0));
            int lit = 0;
            for (int page = 0; page < 8; page++)
            {
                byte[] data = bus.GetWrite(1 + page);
                Assert.AreEqual((byte)0x40, data[0]);
                for (int column = 0; column < 128; column++)
                {
                    lit += data[1 + column] != 0 ? 1 : 0;
                }
            }

            Assert.AreEqual(4, lit, "no other byte is lit");
            Assert.AreEqual((byte)0x01, bus.GetWrite(1)[1 + 0]);
            Assert.AreEqual((byte)0x02, bus.GetWrite(2)[1 + 5]);
            Assert.AreEqual((byte)0xFF, bus.GetWrite(4)[1 + 64]);
            Assert.AreEqual((byte)0x80, bus.GetWrite(8)[1 + 127]);
        }

        [TestMethod]
        public void Small_writes_carry_the_frame_in_order_each_with_its_control_byte()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false, 0xCF, 30);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            for (int i = 0; i < frame.Buffer.Length; i++)
            {
                frame.Buffer[i] = (byte)(i * 7);
            }

            protocol.WriteFrame(frame);

            // 1024 bytes = 34 writes of 30 + 1 of 4, after the window write.
            Assert.AreEqual(1 + 35, bus.WriteCount);
            int next = 0;
            for (int w = 1; w < bus.WriteCount; w++)
            {
                byte[] data = bus.GetWrite(w);
                Assert.AreEqual((byte)0x40, data[0], "control byte of write " + w);
                Assert.IsTrue(data.Length <= 31, "write " + w + " is too long");
                for (int i = 1; i < data.Length; i++)
                {
                    Assert.AreEqual((byte)(next * 7), data[i], "frame byte " + next);
                    next++;
                }
            }

            Assert.AreEqual(1024, next);
        }

        [TestMethod]
        public void Frames_reuse_one_buffer_instead_of_allocating()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);

            protocol.WriteFrame(frame);
            protocol.WriteFrame(frame);

            Assert.AreSame(bus.GetBuffer(1), bus.GetBuffer(10), "data writes of two frames");
            Assert.AreSame(bus.GetBuffer(0), bus.GetBuffer(9), "window writes of two frames");
        }

        [TestMethod]
        public void Display_on_off_and_contrast_are_single_command_writes()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false);

            protocol.SetDisplayOn(false);
            protocol.SetContrast(0x10);
            protocol.SetDisplayOn(true);

            Assert.AreEqual("00 AE", bus.Hex(0));
            Assert.AreEqual("00 81 10", bus.Hex(1));
            Assert.AreEqual("00 AF", bus.Hex(2));
        }

        [TestMethod]
        public void Frame_of_another_size_is_refused_before_any_byte_is_sent()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false);

            Assert.ThrowsException(typeof(ArgumentException), () => protocol.WriteFrame(new MonochromeFramebuffer(128, 32)));
            Assert.ThrowsException(typeof(ArgumentNullException), () => protocol.WriteFrame(null));
            Assert.AreEqual(0, bus.WriteCount);
        }

        [TestMethod]
        public void Bus_failure_reaches_the_caller_and_the_next_frame_starts_at_the_top_left()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Ssd1306Protocol protocol = new Ssd1306Protocol(bus, 128, 64, false);
            MonochromeFramebuffer frame = new MonochromeFramebuffer(128, 64);
            bus.FailAtWrite(3);

            Assert.ThrowsException(typeof(IOException), () => protocol.WriteFrame(frame));
            bus.Clear();
            protocol.WriteFrame(frame);

            Assert.AreEqual("00 21 00 7F 22 00 07", bus.Hex(0));
            Assert.AreEqual(9, bus.WriteCount);
        }

        [TestMethod]
        public void Sizes_the_controller_cannot_drive_are_refused()
        {
            RecordingByteBus bus = new RecordingByteBus();
            Assert.ThrowsException(typeof(ArgumentNullException), () => new Ssd1306Protocol(null, 128, 64, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Ssd1306Protocol(bus, 129, 64, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Ssd1306Protocol(bus, 128, 72, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Ssd1306Protocol(bus, 128, 60, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Ssd1306Protocol(bus, 128, 64, false, 0xCF, 0));
        }
    }
}
