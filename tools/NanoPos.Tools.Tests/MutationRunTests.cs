using System.IO;
using System.Linq;
using NanoPos.Cli;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.Tools.Tests
{
    /// <summary>
    /// The codec's robustness on the host: 100,000 randomly damaged frames of both profiles, each either a
    /// valid message or an IsoFormatException — never any other exception.
    /// </summary>
    public class MutationRunTests
    {
        [Fact]
        public void HundredThousandMutatedFramesCauseNoCrash()
        {
            var mutator = new FrameMutator(8583);

            MutationReport report = mutator.Run(100_000);

            Assert.True(report.CrashCount == 0, "crashes:\n" + string.Join("\n", report.Crashes));
            Assert.Equal(100_000, report.Frames);
            Assert.Equal(report.Frames, report.Valid + report.Refused);
            Assert.Equal(report.Refused, report.ErrorsByReason.Values.Sum());
            Assert.True(report.Valid > 0, "some mutations leave a valid message");
            foreach (IsoError reason in new[] { IsoError.Truncated, IsoError.NonBcdNibble, IsoError.ValueTooLong, IsoError.InvalidCharacter, IsoError.FieldNotInProfile, IsoError.TrailingBytes, IsoError.FrameLengthMismatch, IsoError.InvalidLength })
            {
                Assert.True(report.ErrorsByReason.ContainsKey(reason), reason + " never produced: the mutations do not reach it");
            }
        }

        [Fact]
        public void SeedsAreEveryMtiInBothProfiles()
        {
            Assert.Equal(32, new FrameMutator(1).SeedCount);
            Assert.Equal(
                new[] { 200, 210, 220, 230, 320, 330, 400, 401, 410, 500, 510, 800, 810 },
                SampleFrames.Messages().Select(m => m.Mti).Distinct().OrderBy(m => m));
        }

        [Fact]
        public void CommandPrintsTheCountAndTheBreakdown()
        {
            var output = new StringWriter();

            int exit = Program.Run(new[] { "mutate", "--frames", "2000", "--seed", "7" }, output, new StringWriter());

            string text = output.ToString();
            Assert.Equal(0, exit);
            Assert.Contains("nanopos mutate: 2,000 mutated frames", text);
            Assert.Contains("seed 7", text);
            Assert.Contains("FrameLengthMismatch", text);
            Assert.Matches(@"crashes \(any other exception or a bad repack\)\s+0\r?\n", text);
        }

        [Fact]
        public void CommandRefusesBadArguments()
        {
            var error = new StringWriter();

            Assert.Equal(2, Program.Run(new[] { "mutate", "--frames", "0" }, new StringWriter(), error));
            Assert.Contains("--frames must be at least 1, got 0", error.ToString());
        }
    }
}
