using System.IO;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Ui.Tests
{
    /// <summary>A display whose bus fails when told: the next <see cref="FailNext"/> frames throw <see cref="IOException"/> (an I2C NACK) and are not shown.</summary>
    internal sealed class FlakyDisplay : IDisplay
    {
        private readonly FramebufferDisplay _panel = new FramebufferDisplay(128, 64);

        /// <summary>Gets or sets how many of the next frames fail.</summary>
        internal int FailNext { get; set; }

        /// <summary>Gets the panel: what it shows is the last frame that got through.</summary>
        internal FramebufferDisplay Panel
        {
            get { return _panel; }
        }

        public int Width
        {
            get { return _panel.Width; }
        }

        public int Height
        {
            get { return _panel.Height; }
        }

        public void Show(MonochromeFramebuffer frame)
        {
            if (FailNext > 0)
            {
                FailNext--;
                throw new IOException("I2C write to the display was not acknowledged.");
            }

            _panel.Show(frame);
        }
    }
}
