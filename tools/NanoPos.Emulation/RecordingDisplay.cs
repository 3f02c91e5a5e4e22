using System;
using System.IO;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The simulated panel: keeps the last frame (<see cref="FramebufferDisplay"/>) and records every frame shown with
    /// the screen and text the firmware meant, so a scripted run can print each screen, even one that was shown only
    /// for the length of an engine call (the processing screen of the synchronous mode).
    /// </summary>
    internal sealed class RecordingDisplay : IDisplay
    {
        private readonly FramebufferDisplay _panel;
        private readonly Func<bool> _poweredDown;
        private readonly Func<long> _now;
        private readonly Action<ScreenShot> _record;
        private bool _busError;

        internal RecordingDisplay(int width, int height, Func<bool> poweredDown, Func<long> now, Action<ScreenShot> record)
        {
            _panel = new FramebufferDisplay(width, height);
            _poweredDown = poweredDown;
            _now = now;
            _record = record;
        }

        public int Width => _panel.Width;

        public int Height => _panel.Height;

        internal FramebufferDisplay Panel => _panel;

        internal TerminalUi Ui { get; set; }

        internal int Boot { get; set; }

        /// <summary>
        /// Gets or sets the QA fault "display bus error": while set, the panel takes no frame (every show throws
        /// <see cref="IOException"/> as an SSD1306 that does not acknowledge on its I2C bus), so the screen keeps what it
        /// showed last; the firmware's own retries catch up once it is cleared.
        /// </summary>
        internal bool BusError
        {
            get => _busError;
            set
            {
                _busError = value;
                _panel.FailShows(value ? int.MaxValue : 0);
            }
        }

        public void Show(MonochromeFramebuffer frame)
        {
            // A firmware whose power was cut mid-write never reaches the panel again: what it draws on its way down
            // (an error screen for the exception) is not what the terminal showed.
            if (_poweredDown())
            {
                return;
            }

            _panel.Show(frame);
            if (Ui != null)
            {
                var copy = new MonochromeFramebuffer(frame.Width, frame.Height);
                Array.Copy(frame.Buffer, copy.Buffer, copy.Buffer.Length);
                _record(new ScreenShot(Boot, _now(), Ui.Screen, Ui.ScreenText, copy));
            }
        }

        internal void Blank()
        {
            // A panel without power is dark whatever its bus does.
            _panel.FailShows(0);
            _panel.Show(new MonochromeFramebuffer(_panel.Width, _panel.Height));
            _panel.FailShows(_busError ? int.MaxValue : 0);
        }
    }
}
