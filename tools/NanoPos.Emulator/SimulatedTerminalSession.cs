using System;
using System.Collections.Generic;
using System.Globalization;
using NanoPos.Emulation;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Emulator
{
    /// <summary>
    /// The real thing behind the page: NanoPos.Emulation's <see cref="SimulatedTerminal"/> (the firmware's
    /// composition on simulated drivers, with the in-process acquirer host simulator) as an <see cref="IEmulatorSession"/>.
    /// </summary>
    public sealed class SimulatedTerminalSession : IEmulatorSession, IDisposable
    {
        /// <summary>Wraps an existing terminal (not booted yet).</summary>
        public SimulatedTerminalSession(SimulatedTerminal terminal)
        {
            Terminal = terminal ?? throw new ArgumentNullException(nameof(terminal));
        }

        /// <summary>Gets the wrapped terminal.</summary>
        public SimulatedTerminal Terminal { get; }

        /// <inheritdoc/>
        public bool NetworkUp
        {
            get => Terminal.Controls.NetworkUp;
            set => Terminal.Controls.NetworkUp = value;
        }

        /// <inheritdoc/>
        public bool HostMaintenance
        {
            get => Terminal.Controls.HostMaintenance;
            set => Terminal.Controls.HostMaintenance = value;
        }

        /// <inheritdoc/>
        public int HostDelayMs
        {
            get => Terminal.Controls.HostDelayMs;
            set => Terminal.Controls.HostDelayMs = value;
        }

        /// <inheritdoc/>
        public Language Language
        {
            get => Terminal.Controls.Language;
            set => Terminal.Controls.Language = value;
        }

        /// <inheritdoc/>
        public MonochromeFramebuffer Frame => Terminal.Frame;

        /// <inheritdoc/>
        public string[] ScreenText => Terminal.ScreenText;

        /// <inheritdoc/>
        public string ScreenName => Terminal.Screen.ToString();

        /// <inheritdoc/>
        public int PendingReversalCount => Terminal.Views.PendingReversalCount;

        /// <inheritdoc/>
        public void SetLocalTime(DateTime local) => Terminal.Controls.SetLocalTime(local);

        /// <inheritdoc/>
        public string LinkSecurity => Terminal.Tls.LinkSecurity;

        /// <inheritdoc/>
        public TerminalFaults Faults => Terminal.Faults.Current;

        /// <inheritdoc/>
        public void ApplyFaults(TerminalFaults change) => Terminal.Faults.Apply(change);

        /// <inheritdoc/>
        public HealthView ReadHealth() => Terminal.Views.ReadHealth();

        /// <summary>
        /// Creates the emulator's terminal: paced mode (engine calls on the firmware's worker thread, so the processing
        /// countdown runs while the host takes its time), RAM storage, the demo configuration in <paramref name="language"/>.
        /// </summary>
        public static SimulatedTerminalSession Create(Language language = Language.English)
        {
            return new SimulatedTerminalSession(new SimulatedTerminal(new SimulatedTerminalOptions { Paced = true, Language = language }));
        }

        /// <inheritdoc/>
        public long NowMs => Terminal.NowMs;

        /// <inheritdoc/>
        public void Boot() => Terminal.Boot();

        /// <inheritdoc/>
        public void Press(Key key) => Terminal.Press(key);

        /// <inheritdoc/>
        public void Advance(int milliseconds) => Terminal.Advance(milliseconds);

        /// <inheritdoc/>
        public void CutPower() => Terminal.Power.Cut();

        /// <inheritdoc/>
        public EmulatorPanel ReadPanel()
        {
            // One read of the journal per panel (the page asks every second); the state's poll never reads it.
            PanelSnapshot views = Terminal.Views.Panel();
            var ledger = new PanelTable("key", "kind", "amount", "card", "rc", "state", "reversals");
            foreach (LedgerRow row in Terminal.Views.HostLedger())
            {
                ledger.Add(row.Key, row.Kind, Money(row.AmountMinor), row.MaskedPan, row.ResponseCode, row.State, row.Reversals);
            }

            var journal = new PanelTable("seq", "slot", "record", "kind", "stan", "amount", "card", "detail");
            foreach (JournalRow row in views.Journal)
            {
                journal.Add(row.Sequence, row.Slot, row.Type, row.Kind, row.Stan, row.Kind.Length == 0 ? "" : Money(row.AmountMinor), row.MaskedPan, row.Detail);
            }

            var history = new PanelTable("no", "kind", "status", "why", "stan", "amount", "card", "rc", "time");
            foreach (HistoryRow row in views.History)
            {
                history.Add(row.Number, row.Kind, row.Status, row.Why, row.Stan, Money(row.AmountMinor), row.MaskedPan, row.ResponseCode, row.LocalTime);
            }

            return new EmulatorPanel
            {
                HostLedger = ledger,
                Journal = journal,
                Batch = Entries(views.Batch),
                PendingReversals = Entries(views.PendingReversals),
                History = history,
            };
        }

        /// <summary>Stops the firmware's worker thread.</summary>
        public void Dispose() => Terminal.Dispose();

        private static PanelTable Entries(IReadOnlyList<JournalRow> rows)
        {
            var table = new PanelTable("stan", "kind", "amount", "card", "detail");
            foreach (JournalRow row in rows)
            {
                table.Add(row.Stan, row.Kind, Money(row.AmountMinor), row.MaskedPan, row.Detail);
            }

            return table;
        }

        private static string Money(long minor)
        {
            return (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        }
    }
}
