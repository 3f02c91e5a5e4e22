using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// Device information for the technician: firmware, target, terminal and merchant IDs, host, pending reversals,
    /// boots and the count of unexpected reboots, free memory; B and C scroll, # or * goes back to the technician menu.
    /// </summary>
    internal sealed class DeviceInfoScreen : Screen
    {
        private string _text;
        private int _scroll;
        private int _lines;

        internal DeviceInfoScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.DeviceInfo; }
        }

        internal override void Enter()
        {
            _scroll = 0;
            _text = null;
        }

        internal override void HandleKey(Key key)
        {
            if (Scroll(key, ref _scroll, _lines, 3))
            {
                Ui.Invalidate();
            }
            else if (key == Key.Cancel || key == Key.Enter)
            {
                Ui.Show(Ui.All.TechMenu);
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(UiText.WithoutMenuNumber(catalog.Text(MessageId.TechDeviceInfo)));
            if (_text == null)
            {
                // Built once per visit: reading free memory runs a garbage collection on the device.
                IDeviceInfo device = Ui.DeviceInfo;
                UiSettings settings = Ui.Settings;
                _text = catalog.Format(MessageId.InfoFirmware, device.FirmwareVersion)
                    + "\n" + catalog.Format(MessageId.InfoTarget, device.TargetName)
                    + "\n" + catalog.Format(MessageId.InfoTerminal, settings.TerminalId)
                    + "\n" + catalog.Format(MessageId.InfoMerchant, settings.MerchantId)
                    + "\n" + catalog.Format(MessageId.InfoHost, settings.HostText)
                    + "\n" + catalog.Format(MessageId.InfoReversals, Ui.PendingReversals.ToString())
                    + "\n" + catalog.Format(MessageId.InfoBoots, device.BootCount.ToString())
                    + "\n" + catalog.Format(MessageId.InfoReboots, device.UnexpectedReboots.ToString())
                    + "\n" + catalog.Format(MessageId.InfoFreeMemory, device.FreeMemoryBytes.ToString())
                    + JournalLines(catalog);
            }

            _lines = canvas.Wrapped(1, 3, _text, _scroll);
        }

        private string JournalLines(MessageCatalog catalog)
        {
            // What the last boot found in the journal: repairs point at failing flash; a lost record means a payment in
            // flight at that moment may need a call to the acquirer.
            JournalRecovery found = Ui.Recovery;
            if (found == null)
            {
                return string.Empty;
            }

            int repaired = found.CorrectedRecords + found.RestoredRecords;
            return "\n" + catalog.Format(MessageId.InfoJournalRepaired, repaired.ToString())
                + "\n" + catalog.Format(MessageId.InfoJournalLost, found.LostRecords.ToString());
        }
    }
}
