namespace NanoPos.Hal
{
    /// <summary>
    /// A monochrome pixel display (the SSD1306 OLED on the reference board, an ASCII renderer in tests).
    /// </summary>
    public interface IDisplay
    {
        /// <summary>Gets the width of the panel in pixels.</summary>
        int Width { get; }

        /// <summary>Gets the height of the panel in pixels.</summary>
        int Height { get; }

        /// <summary>
        /// Shows a whole frame. The display copies or sends the pixels before returning, so the caller may
        /// draw the next frame into the same framebuffer straight away.
        /// </summary>
        /// <param name="frame">The frame; its size must equal <see cref="Width"/> x <see cref="Height"/>.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="frame"/> is null.</exception>
        /// <exception cref="System.ArgumentException">The frame size differs from the panel size.</exception>
        void Show(MonochromeFramebuffer frame);
    }
}
