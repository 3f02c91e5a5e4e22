using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The technician menu: 1 device information, 2 self-tests, 3 health report, 4 health QR code, 5 language, 6 prepare for a
    /// firmware update; B and C
    /// move the selection (the list scrolls to keep it in view), a digit or # chooses, * goes back to idle.
    /// </summary>
    internal sealed class TechnicianMenuScreen : Screen
    {
        private const int VisibleRows = 3;

        private static readonly MessageId[] s_entries = new MessageId[]
        {
            MessageId.TechDeviceInfo, MessageId.TechSelfTest, MessageId.TechHealth, MessageId.TechHealthQr, MessageId.TechLanguage,
            MessageId.TechPrepareUpdate,
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
            canvas.Title(catalog.Text(MessageId.TechMenuTitle), _selected + 1, s_entries.Length);
            int first = _selected < VisibleRows ? 0 : _selected - VisibleRows + 1;
            for (int i = 0; i < VisibleRows && first + i < s_entries.Length; i++)
            {
                canvas.Row(i + 1, catalog.Text(s_entries[first + i]), first + i == _selected);
            }
        }

        private void Choose(int index)
        {
            _selected = index;
            switch (index)
            {
                case 0:
                    Ui.Open(Ui.All.DeviceInfo);
                    break;
                case 1:
                    Ui.Open(Ui.All.SelfTest);
                    break;
                case 2:
                    Ui.Open(Ui.All.Health);
                    break;
                case 3:
                    Ui.Open(Ui.All.HealthQr);
                    break;
                case 4:
                    Ui.Flows.Language.Begin();
                    break;
                default:
                    Ui.Open(Ui.All.PrepareUpdate);
                    break;
            }
        }
    }
}
