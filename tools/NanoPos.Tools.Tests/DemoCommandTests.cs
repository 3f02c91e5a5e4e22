using System.IO;
using NanoPos.Cli;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>The main job for now: <c>nanopos</c> with no arguments shows the firmware pieces working.</summary>
    public class DemoCommandTests
    {
        [Fact]
        public void DemoRunsTheFirmwarePiecesAndShowsTheirResults()
        {
            var output = new StringWriter();

            int exit = Program.Run(new string[0], output, new StringWriter());

            string text = output.ToString();
            Assert.Equal(0, exit);
            Assert.Contains("keys 1 2 5 7 D 0 0 → 12500 minor units, shown as 125.00", text);
            Assert.Contains("packed BCD: 000000012500", text);
            Assert.Contains("STAN after 999999: 000001", text);
            Assert.Contains("power cut during the write: after power-up the record reads \"REV 0200 STAN=000001 AMT=000000012500\" — the old one, whole", text);
        }
    }
}
