using System;
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
            _panel.Show(new MonochromeFramebuffer(_panel.Width, _panel.Height));
        }
    }
}
