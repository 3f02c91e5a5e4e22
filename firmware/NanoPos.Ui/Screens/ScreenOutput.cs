using System.Diagnostics;
using System.IO;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Draws a screen into the framebuffer through a <see cref="ScreenCanvas"/> and shows the frame on the display — only
    /// when something changed, and again on the next call when the display refused the frame (a bus error).
    /// </summary>
    internal sealed class ScreenOutput
    {
        private readonly IDisplay _display;
        private readonly MonochromeFramebuffer _frame;
        private readonly ScreenCanvas _canvas;
        private bool _dirty;
        private bool _failing;

        /// <summary>Creates the output of a display; the framebuffer gets the display's size.</summary>
        /// <param name="display">The display.</param>
        internal ScreenOutput(IDisplay display)
        {
            _display = display;
            _frame = new MonochromeFramebuffer(display.Width, display.Height);
            _canvas = new ScreenCanvas(_frame);
        }

        /// <summary>Gets the framebuffer of the last frame drawn.</summary>
        internal MonochromeFramebuffer Frame
        {
            get { return _frame; }
        }

        /// <summary>Gets how many frames the display refused; each one was shown again later.</summary>
        internal int Failures { get; private set; }

        /// <summary>Reads the text rows drawn last, top first (empty strings for empty rows); allocates.</summary>
        /// <returns>One string per row.</returns>
        internal string[] ReadRows()
        {
            string[] rows = StringArray.Create(_canvas.Rows);
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = _canvas.GetRow(i);
            }

            return rows;
        }

        /// <summary>Notes that the screen changed: the next <see cref="Render"/> draws it.</summary>
        internal void Invalidate()
        {
            _dirty = true;
        }

        /// <summary>Draws the screen and shows it, if it changed since the last frame the display took.</summary>
        /// <param name="screen">The screen, or null for none yet (nothing is drawn).</param>
        /// <param name="catalog">The texts in the current language.</param>
        internal void Render(Screen screen, MessageCatalog catalog)
        {
            if (!_dirty || screen == null)
            {
                return;
            }

            _dirty = false;
            _canvas.Clear();
            screen.Draw(_canvas, catalog);
            try
            {
                _display.Show(_frame);
                _failing = false;
            }
            catch (IOException e)
            {
                // The panel did not take the frame (an I2C NACK): it still shows an older one, so draw this one again on
                // the next tick rather than leave the cashier looking at a stale screen. Logged once per run of failures.
                _dirty = true;
                Failures++;
                if (!_failing)
                {
                    _failing = true;
                    Debug.WriteLine("nanoPos: display: " + e.GetType().FullName + ": " + e.Message);
                }
            }
        }
    }
}
