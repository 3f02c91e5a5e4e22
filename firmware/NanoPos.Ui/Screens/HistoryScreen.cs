using System.Collections;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The terminal's history (<see cref="TransactionHistory"/>: every sale, void and refund of the last 40, settled or not,
    /// however it ended), newest first, one row each: STAN, a mark (<see cref="HistoryItem.Mark"/>) and the amount; the
    /// title names the selected entry in words. B and C move, # opens the detail, * goes back to idle.
    /// </summary>
    internal sealed class HistoryScreen : Screen
    {
        private readonly AmountFormatter _formatter;
        private readonly ArrayList _items = new ArrayList();
        private int _selected;
        private bool _returning;

        internal HistoryScreen(TerminalUi ui, AmountFormatter formatter)
            : base(ui)
        {
            _formatter = formatter;
        }

        internal override UiScreen Id
        {
            get { return UiScreen.History; }
        }

        internal override void Enter()
        {
            // A snapshot of the history, taken while no engine call runs (TerminalUi.Open waits for that), newest first.
            _items.Clear();
            _selected = _returning ? _selected : 0;
            _returning = false;
            TransactionHistory history = Ui.History;
            for (int i = 0; history != null && i < history.Count; i++)
            {
                var entry = new HistoryEntry();
                if (history.Read(i, entry))
                {
                    bool inBatch = entry.Status == HistoryStatus.Approved && Ui.Engine.Log.FindBatchEntry(entry.Stan) != null;
                    _items.Add(new HistoryItem(entry, inBatch));
                }
            }

            _selected = _selected < _items.Count ? _selected : 0;
        }

        /// <summary>Comes back from the detail without losing the selection.</summary>
        internal void Return()
        {
            _returning = true;
            Ui.Open(this);
        }

        internal override void HandleKey(Key key)
        {
            if (key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
            else if (key == Key.Function1 && _selected > 0)
            {
                _selected--;
                Ui.Invalidate();
            }
            else if (key == Key.Function2 && _selected < _items.Count - 1)
            {
                _selected++;
                Ui.Invalidate();
            }
            else if (key == Key.Enter && _items.Count > 0)
            {
                Ui.All.Detail.Set((HistoryItem)_items[_selected]);
                Ui.Show(Ui.All.Detail);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            if (_items.Count == 0)
            {
                canvas.Title(catalog.Text(MessageId.HistoryTitle));
                canvas.Row(1, catalog.Text(MessageId.HistoryEmpty), false);
                return;
            }

            // The title names the selected entry in words ("Sale Voided", "Void Approved", "Refund Approved"): the
            // one-character marks of the rows (V, v, R, !) are never left unexplained.
            HistoryItem selected = (HistoryItem)_items[_selected];
            canvas.Title(catalog.Text(selected.KindText) + " " + catalog.Text(selected.StatusText), _selected + 1, _items.Count);
            int first = _selected < 3 ? 0 : _selected - 2;
            for (int row = 0; row < 3 && first + row < _items.Count; row++)
            {
                canvas.Row(row + 1, Line((HistoryItem)_items[first + row]), first + row == _selected);
            }
        }

        private string Line(HistoryItem item)
        {
            string stan = UiText.Digits(item.Entry.Stan, 6);
            string amount = _formatter.ToString(item.Entry.AmountMinor);
            int pad = 16 - 7 - amount.Length;
            string gap = pad > 0 ? new string(' ', pad) : string.Empty;
            return stan + item.Mark + gap + amount;
        }
    }
}
