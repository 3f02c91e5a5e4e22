using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>Every screen of the terminal, created once when the UI is attached to the engine (no allocation per visit).</summary>
    internal sealed class ScreenSet
    {
        internal ScreenSet(TerminalUi ui)
        {
            AmountFormatter formatter = new AmountFormatter(ui.Settings.CurrencyDecimals, ',', '.');
            Idle = new IdleScreen(ui);
            Menu = new MenuScreen(ui);
            Amount = new AmountScreen(ui, formatter);
            Card = new CardScreen(ui);
            Pin = new PinScreen(ui, formatter);
            Processing = new ProcessingScreen(ui);
            Result = new ResultScreen(ui, formatter);
            History = new HistoryScreen(ui, formatter);
            Detail = new HistoryDetailScreen(ui, formatter);
            VoidConfirm = new VoidConfirmScreen(ui, formatter);
            Settlement = new SettlementScreen(ui, formatter);
            TechPin = new TechnicianPinScreen(ui);
            SupervisorPin = new SupervisorPinScreen(ui);
            TechMenu = new TechnicianMenuScreen(ui);
            DeviceInfo = new DeviceInfoScreen(ui);
            SelfTest = new SelfTestScreen(ui);
            Language = new LanguageScreen(ui);
            Health = new HealthScreen(ui);
            HealthQr = new HealthQrScreen(ui);
            ReceiptQr = new ReceiptQrScreen(ui);
            Duplicate = new DuplicateConfirmScreen(ui, formatter);
            PrepareUpdate = new PrepareUpdateScreen(ui, formatter);
        }

        internal IdleScreen Idle { get; }

        internal MenuScreen Menu { get; }

        internal AmountScreen Amount { get; }

        internal CardScreen Card { get; }

        internal PinScreen Pin { get; }

        internal ProcessingScreen Processing { get; }

        internal ResultScreen Result { get; }

        internal HistoryScreen History { get; }

        internal HistoryDetailScreen Detail { get; }

        internal VoidConfirmScreen VoidConfirm { get; }

        internal SettlementScreen Settlement { get; }

        internal TechnicianPinScreen TechPin { get; }

        internal TechnicianMenuScreen TechMenu { get; }

        internal SupervisorPinScreen SupervisorPin { get; }

        internal DeviceInfoScreen DeviceInfo { get; }

        internal SelfTestScreen SelfTest { get; }

        internal LanguageScreen Language { get; }

        internal HealthScreen Health { get; }

        internal HealthQrScreen HealthQr { get; }

        internal ReceiptQrScreen ReceiptQr { get; }

        internal DuplicateConfirmScreen Duplicate { get; }

        internal PrepareUpdateScreen PrepareUpdate { get; }
    }
}
