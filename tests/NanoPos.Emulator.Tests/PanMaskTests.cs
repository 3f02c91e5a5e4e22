using Xunit;

namespace NanoPos.Emulator.Tests
{
    public class PanMaskTests
    {
        [Theory]
        [InlineData("6228480000000000019", "622848*********0019")]
        [InlineData("card 4111111111111111 ok", "card 411111******1111 ok")]
        [InlineData("4111111111111=2512", "411111***1111=2512")]
        [InlineData("622848*********0019", "622848*********0019")]
        [InlineData("RRN 065659000001 STAN 000042", "RRN 065659000001 STAN 000042")]
        [InlineData("", "")]
        [InlineData(null, null)]
        public void MasksRunsOf13OrMoreDigitsOnly(string text, string expected)
        {
            Assert.Equal(expected, PanMask.Scrub(text));
        }
    }
}
