namespace NanoPos.Hal.Host
{
    /// <summary>
    /// The two colours <see cref="FramebufferPng"/> paints a monochrome frame with.
    /// </summary>
    public enum FramebufferPngStyle
    {
        /// <summary>Black pixels on a light grey background: readable on paper and in bug reports.</summary>
        DarkOnLight = 0,

        /// <summary>White pixels on black, as the OLED of the terminal shows them.</summary>
        Oled = 1,
    }
}
