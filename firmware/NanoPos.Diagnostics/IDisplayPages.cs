using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// Pages the display self-test shows after its own patterns: every row of the firmware's glyphs, drawn by the
    /// screens' renderer (which this project does not reference).
    /// </summary>
    public interface IDisplayPages
    {
        /// <summary>Gets the number of pages, 0 or more.</summary>
        int PageCount { get; }

        /// <summary>Draws one page onto a cleared frame.</summary>
        /// <param name="page">The page, 0 to <see cref="PageCount"/> - 1.</param>
        /// <param name="frame">The frame.</param>
        void DrawPage(int page, MonochromeFramebuffer frame);
    }
}
