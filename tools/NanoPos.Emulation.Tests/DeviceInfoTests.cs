using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NanoPos.Hal;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// The technician's Device info on the simulated terminal (what the emulator shows): free RAM is the host
    /// process's measured figure, never the 0 it used to show (issue 13, item 5).
    /// </summary>
    public class DeviceInfoTests
    {
        [Fact]
        public void DeviceInfoShowsTheHostsMeasuredFreeRamNotZero()
        {
            using var terminal = new SimulatedTerminal();
            terminal.Boot();
            foreach (char c in "A7" + DemoConfig.TechnicianPin + "#1")
            {
                terminal.Press(c == 'A' ? Key.Menu : c == '#' ? Key.Enter : Key.Digit0 + (c - '0'));
            }

            Assert.Equal(UiScreen.DeviceInfo, terminal.Screen);

            // The text scrolls (C), and a long figure wraps onto the next row: read every row of every scroll position.
            var seen = new List<string>();
            for (int i = 0; i < 16; i++)
            {
                foreach (string row in terminal.ScreenText)
                {
                    seen.Add(row.Trim());
                }

                terminal.Press(Key.Function2);
            }

            string all = string.Join(" ", seen);
            Match free = Regex.Match(all, "Free RAM ([0-9]+)");
            Assert.True(free.Success, "a free RAM line: " + all);
            long bytes = long.Parse(free.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(bytes > 0, "free RAM is measured, not 0: " + all);
            Assert.True(bytes <= System.GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, "at most what the GC may use: " + bytes);
        }
    }
}
