using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The technician menu: 1 device information, 2 self-tests, 3 health report, 4 health QR code, 5 language, 6 prepare for a
    /// firmware update (keys: <see cref="EntryMenuScreen"/>); the highlight stays where the technician left it.
    /// </summary>
    internal sealed class TechnicianMenuScreen : EntryMenuScreen
    {
        private static readonly MessageId[] s_entries = new MessageId[]
        {
            MessageId.TechDeviceInfo, MessageId.TechSelfTest, MessageId.TechHealth, MessageId.TechHealthQr, MessageId.TechLanguage,
            MessageId.TechPrepareUpdate,
        };

        internal TechnicianMenuScreen(TerminalUi ui)
            : base(ui, MessageId.TechMenuTitle, s_entries)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.TechnicianMenu; }
        }

        protected override void Choose(int index)
        {
            // The highlight stays on the chosen entry, so coming back from it lands where the technician was.
            Selected = index;
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
