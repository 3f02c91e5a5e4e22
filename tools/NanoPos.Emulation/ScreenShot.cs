using NanoPos.Hal;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>One frame the firmware showed on the simulated display, with what it meant.</summary>
    /// <param name="Boot">The boot it belongs to (1 for the first).</param>
    /// <param name="AtMs">The simulated monotonic time in ms.</param>
    /// <param name="Screen">The screen shown.</param>
    /// <param name="Text">Its text rows, top first.</param>
    /// <param name="Frame">A copy of the pixels.</param>
    public sealed record ScreenShot(int Boot, long AtMs, UiScreen Screen, string[] Text, MonochromeFramebuffer Frame)
    {
        /// <summary>Gets the screen's name as scripts write it ("Result").</summary>
        public string ScreenName => UiScreens.Name(Screen);

        /// <summary>Tells whether another shot shows the same screen with the same text.</summary>
        /// <param name="other">The other shot, or null.</param>
        /// <returns>True when screen and text rows are equal.</returns>
        public bool SameAs(ScreenShot other)
        {
            if (other == null || other.Screen != Screen || other.Text.Length != Text.Length)
            {
                return false;
            }

            for (int i = 0; i < Text.Length; i++)
            {
                if (Text[i] != other.Text[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
