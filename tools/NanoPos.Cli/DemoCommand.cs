using System;
using System.IO;
using System.Text;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;
using NanoPos.Ui.Input;
using NanoPos.Ui.Text;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos demo</c>: a demonstration of the firmware's pieces one by one, run on the host build with
    /// simulated drivers; the whole terminal runs with <c>nanopos emulate</c> or <c>nanopos run</c>.
    /// </summary>
    public static class DemoCommand
    {
        /// <summary>Builds the verb (also what <c>nanopos</c> with no command runs).</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var verb = new VerbCommand("demo", string.Empty, "Show what the firmware core does today, on the host build.");
            verb.SetAction(_ => Show(context.Output));
            return verb;
        }

        /// <summary>Prints the demonstration; returns 0.</summary>
        /// <param name="output">Where to write.</param>
        /// <returns>0.</returns>
        public static int Show(TextWriter output)
        {
            output.WriteLine($"nanoPos {FirmwareVersion.Current} — demonstration of the firmware core on the host build.");
            output.WriteLine("The pieces one by one; the whole terminal runs with `tools/nanopos emulate` (browser) or");
            output.WriteLine("`tools/nanopos run --script tools/NanoPos.Emulation/scripts/sale.txt` (every screen as text).");
            output.WriteLine();

            KeyMap keys = KeyMap.Reference;
            output.WriteLine("1. The reference 4x4 keypad (KeyMap.Reference): printed label = key");
            for (int row = 0; row < KeyMap.Rows; row++)
            {
                var line = new StringBuilder("     ");
                for (int column = 0; column < KeyMap.Columns; column++)
                {
                    line.Append($"{keys.GetLabel(row, column)}={keys.GetKey(row, column),-9} ");
                }

                output.WriteLine(line.ToString().TrimEnd());
            }

            output.WriteLine();
            var keypad = new ScriptedKeypad();
            foreach (Key k in new[] { Key.Digit1, Key.Digit2, Key.Digit5, Key.Digit7, Key.Clear, Key.Digit0, Key.Digit0 })
            {
                keypad.EnqueueTap(k, 0);
            }

            var amount = new AmountEntry(500000);
            var pressed = new StringBuilder();
            for (KeyEvent e = keypad.Poll(0); !e.IsNone; e = keypad.Poll(0))
            {
                if (e.Kind != KeyEventKind.Pressed)
                {
                    continue;
                }

                pressed.Append(keys.GetLabel(e.Key)).Append(' ');
                if (e.Key == Key.Clear)
                {
                    amount.Clear();
                }
                else
                {
                    amount.AppendDigit(KeyMap.DigitOf(e.Key));
                }
            }

            var formatter = new AmountFormatter();
            output.WriteLine($"2. Amount entry in minor units: keys {pressed}→ {amount.Value} minor units, shown as {formatter.ToString(amount.Value)}");

            var field4 = new byte[6];
            Bcd.PackNumber(amount.Value, 12, field4, 0);
            output.WriteLine($"3. ISO 8583 field 4 (amount, n12) in packed BCD: {Hex.ToHex(field4, 0, field4.Length)}");

            int stan = Stan.Next(Stan.Max);
            output.WriteLine($"4. STAN after {Stan.Max}: {Stan.Format(stan)} (the trace number wraps, never to 000000)");

            byte[] record = Encoding.ASCII.GetBytes($"REV 0200 STAN={Stan.Format(stan)} AMT={Hex.ToHex(field4, 0, field4.Length)}");
            uint crc = Crc32.Compute(record, 0, record.Length);
            output.WriteLine($"5. CRC-32 of a journal record \"{Encoding.ASCII.GetString(record)}\": 0x{crc:X8}");

            var store = new InMemoryRecordStore();
            store.Write("journal", record, 0, record.Length);
            byte[] next = Encoding.ASCII.GetBytes($"APPROVED 0210 STAN={Stan.Format(stan)}");
            store.CutPowerAtWrite(1);
            string cut;
            try
            {
                store.Write("journal", next, 0, next.Length);
                cut = "the write went through (unexpected)";
            }
            catch (PowerCutException)
            {
                cut = "power cut during the write";
            }

            store.PowerUp();
            var readBack = new byte[64];
            int length = store.Read("journal", readBack, 0, readBack.Length);
            output.WriteLine($"6. Simulated record store, {cut}: after power-up the record reads \"{Encoding.ASCII.GetString(readBack, 0, length)}\" — the old one, whole");

            var display = new FramebufferDisplay(32, 8);
            var frame = new MonochromeFramebuffer(32, 8);
            for (int bar = 0; bar < 4; bar++)
            {
                // A signal-strength icon: four bars of rising height, drawn with FillRectangle.
                frame.FillRectangle(2 + (bar * 4), 6 - (bar * 2), 3, 2 + (bar * 2), true);
            }

            display.Show(frame);
            output.WriteLine("7. A 32x8 framebuffer (a signal icon) as the simulated display renders it:");
            foreach (string row in display.RenderAscii().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                output.WriteLine("     " + row);
            }

            output.WriteLine();
            output.WriteLine("Run the tests: dotnet test nanoPos.Host.slnf   ·   Check the device build: tools/nanopos profile-check");
            return 0;
        }
    }
}
