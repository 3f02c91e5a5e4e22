using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// A numbered menu: a title with the position ("Menu 2/7") and three rows of entries, the list scrolling to keep the
    /// highlight in view. A digit chooses its entry directly; B and C move the highlight (wrapping), # chooses it, * goes
    /// back to idle. The main menu and the technician menu differ only in their entries and what choosing does.
    /// </summary>
    internal abstract class EntryMenuScreen : Screen
    {
        private const int VisibleRows = 3;

        private readonly MessageId _title;
        private readonly MessageId[] _entries;

        /// <summary>Creates the menu.</summary>
        /// <param name="ui">The UI.</param>
        /// <param name="title">The title's message.</param>
        /// <param name="entries">The entries' messages, in order ("1 Sale", "2 Void" …).</param>
        protected EntryMenuScreen(TerminalUi ui, MessageId title, MessageId[] entries)
            : base(ui)
        {
            _title = title;
            _entries = entries;
        }

        /// <summary>Gets or sets the highlighted entry, from 0.</summary>
        protected int Selected { get; set; }

        internal override void HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            int count = _entries.Length;
            if (key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
            else if (key == Key.Function1 || key == Key.Function2)
            {
                Selected = key == Key.Function1 ? (Selected + count - 1) % count : (Selected + 1) % count;
                Ui.Invalidate();
            }
            else if (key == Key.Enter)
            {
                Choose(Selected);
            }
            else if (digit >= 1 && digit <= count)
            {
                Choose(digit - 1);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(_title), Selected + 1, _entries.Length);
            int first = Selected < VisibleRows ? 0 : Selected - VisibleRows + 1;
            for (int row = 0; row < VisibleRows && first + row < _entries.Length; row++)
            {
                canvas.Row(row + 1, catalog.Text(_entries[first + row]), first + row == Selected);
            }
        }

        /// <summary>Does what an entry is for.</summary>
        /// <param name="index">The entry, from 0.</param>
        protected abstract void Choose(int index);
    }
}
