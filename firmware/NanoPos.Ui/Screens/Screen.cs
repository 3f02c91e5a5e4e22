using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// One screen of the terminal: how it draws itself as rows of text, what its keys do, what it does on a tick, and
    /// how long it waits for a key before <see cref="TerminalUi"/> goes back to idle.
    /// </summary>
    internal abstract class Screen
    {
        protected Screen(TerminalUi ui)
        {
            Ui = ui;
        }

        /// <summary>Gets which screen this is.</summary>
        internal abstract UiScreen Id { get; }

        /// <summary>Gets the input timeout in ms; 0 means the screen never times out (idle, processing, errors).</summary>
        internal virtual long TimeoutMs
        {
            get { return Ui.Settings.InputTimeoutMs; }
        }

        protected TerminalUi Ui { get; }

        /// <summary>Called when the screen is shown.</summary>
        internal virtual void Enter()
        {
        }

        /// <summary>Called when another screen replaces this one, or on an input timeout: wipe what must not stay.</summary>
        internal virtual void Leave()
        {
        }

        /// <summary>Handles a key press (releases are filtered out by <see cref="TerminalUi"/>).</summary>
        internal abstract void HandleKey(Key key);

        /// <summary>Lets time pass: countdowns, clocks, readers that report without a key.</summary>
        internal virtual void Tick(long nowMs)
        {
        }

        /// <summary>Draws the screen onto a cleared canvas.</summary>
        internal abstract void Draw(ScreenCanvas canvas, MessageCatalog catalog);

        /// <summary>Moves a scroll position with B (up) and C (down); returns true when the key was a scroll key.</summary>
        protected static bool Scroll(Key key, ref int position, int lines, int visible)
        {
            if (key == Key.Function1)
            {
                position = position > 0 ? position - 1 : 0;
                return true;
            }

            if (key == Key.Function2)
            {
                position = position + visible < lines ? position + 1 : position;
                return true;
            }

            return false;
        }
    }
}
