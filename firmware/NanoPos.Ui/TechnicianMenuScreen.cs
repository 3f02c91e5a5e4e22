using NanoPos.Hal;

namespace NanoPos.Ui
{
    /// <summary>The technician menu: 1 device information, 2 self-tests (a later version), 3 language; * goes back to idle.</summary>
    internal sealed class TechnicianMenuScreen : Screen
    {
        private static readonly MessageId[] s_entries = new MessageId[]
        {
            MessageId.TechDeviceInfo, MessageId.TechSelfTest, MessageId.TechLanguage,
        };

        private int _selected;

        internal TechnicianMenuScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.TechnicianMenu; }
        }

        internal override void HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel)
            {
                Ui.ShowIdle();
            }
            else if (key == Key.Function1 || key == Key.Function2)
            {
                _selected = key == Key.Function1 ? (_selected + s_entries.Length - 1) % s_entries.Length : (_selected + 1) % s_entries.Length;
                Ui.Invalidate();
            }
            else if (key == Key.Enter)
            {
                Choose(_selected);
            }
            else if (digit >= 1 && digit <= s_entries.Length)
            {
                Choose(digit - 1);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.TechMenuTitle));
            for (int i = 0; i < s_entries.Length; i++)
            {
                canvas.Row(i + 1, catalog.Text(s_entries[i]), i == _selected);
            }
        }

        private void Choose(int index)
        {
            _selected = index;
            if (index == 0)
            {
                Ui.Open(Ui.All.DeviceInfo);
            }
            else if (index == 1)
            {
                Ui.Show(Ui.All.SelfTest);
            }
            else
            {
                Ui.Show(Ui.All.Language);
            }
        }
    }
}
