using System;
using NanoPos.Ui.Records;

namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// The technician menu behind its PIN: device information, self-tests, the health report and its QR code, the language.
    /// The PIN is checked against the configured salted hash by the <see cref="TechnicianLock"/>, whose count of wrong
    /// tries is written at once, so a power cut right after a wrong PIN does not reset it.
    /// </summary>
    internal sealed class TechnicianFlow : Flow
    {
        /// <summary>Creates the flow.</summary>
        /// <param name="ui">The UI.</param>
        internal TechnicianFlow(TerminalUi ui)
            : base(ui)
        {
        }

        /// <summary>Gets the lock that counts wrong PINs and locks the menu for a while after too many.</summary>
        internal TechnicianLock Lock
        {
            get { return Ui.Records.TechLock; }
        }

        /// <summary>Shows the technician PIN screen.</summary>
        internal override void Begin()
        {
            Enter();
            Ui.Show(Screens.TechPin);
        }

        /// <summary>
        /// Checks a typed PIN (not an empty one: that is no try) and saves the lock's count at once; a right PIN opens the
        /// technician menu.
        /// </summary>
        /// <param name="typed">The typed digits as characters; zeroed here once checked.</param>
        /// <param name="count">How many digits were typed, at least 1.</param>
        /// <returns>True when the PIN was right (the menu is shown).</returns>
        internal bool CheckPin(char[] typed, int count)
        {
            bool right = Lock.Check(typed, count, Ui.Settings.TechnicianPinHash);
            Array.Clear(typed, 0, typed.Length);

            // The count is durable at once, even while an engine call writes its journal (the store is thread-safe), so
            // cutting the power right after a wrong PIN does not reset it. A failed write is retried on the ticks.
            Ui.Records.SaveNow();
            if (right)
            {
                Ui.Show(Screens.TechMenu);
            }

            return right;
        }
    }
}
