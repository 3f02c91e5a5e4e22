using System;
using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The merchant's supervisor PIN, asked when the cashier chooses Refund, before the amount: digits masked, # checks,
    /// * goes back to idle. A wrong PIN says how many tries are left; after the last one the refund is abandoned and the
    /// terminal goes back to idle. # with no digits uses no try: it only shows "Enter PIN" in place of the key hint.
    /// With no supervisor PIN configured (<see cref="UiSettings.SupervisorPinHash"/> null) the screen says refunds need
    /// one and any key goes back to idle: a refund never goes on without a PIN.
    /// </summary>
    /// <remarks>
    /// The count of wrong tries is kept in the record "suplock" (<see cref="NanoPos.Ui.Records.TechnicianLock"/>, the
    /// technician lock's format), written at once: it carries over to the next refund attempt and across reboots, and the
    /// last wrong try locks refunds for the technician lock's period ("Locked - try in N min"). Without it, choosing Refund
    /// again would hand a guesser a fresh set of tries each time. The typed digits are checked against the salted hash
    /// (<see cref="NanoPos.Security.PinHash.Matches"/>, constant time) and wiped right after, and whenever the screen is
    /// left (cancel, timeout, another screen).
    /// </remarks>
    internal sealed class SupervisorPinScreen : Screen
    {
        private const int MaxDigits = 8;

        private readonly char[] _typed = new char[MaxDigits];
        private int _count;
        private bool _wrong;
        private bool _empty;

        internal SupervisorPinScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.SupervisorPin; }
        }

        /// <summary>Gets the tries left before refunds lock.</summary>
        internal int TriesLeft
        {
            get { return Lock.TriesLeft; }
        }

        private NanoPos.Ui.Records.TechnicianLock Lock
        {
            get { return Ui.Records.SupervisorLock; }
        }

        internal override void Enter()
        {
            Wipe();
            _wrong = false;
            _empty = false;
        }

        internal override void Leave()
        {
            Wipe();
        }

        internal override void HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel || Ui.Settings.SupervisorPinHash == null || Lock.IsLocked())
            {
                // Without a configured PIN, or while refunds are locked, there is nothing to type: any key acknowledges it.
                Ui.ShowIdle();
                return;
            }

            if (digit >= 0 && _count < MaxDigits)
            {
                _typed[_count++] = (char)('0' + digit);
                _wrong = false;
                _empty = false;
            }
            else if (key == Key.Clear && _count > 0)
            {
                _typed[--_count] = '\0';
            }
            else if (key == Key.Enter && _count == 0)
            {
                // No digits is no guess: a stray Enter only hints and never uses a try.
                _empty = true;
                _wrong = false;
            }
            else if (key == Key.Enter)
            {
                bool right = Lock.Check(_typed, _count, Ui.Settings.SupervisorPinHash);
                Wipe();

                // The count is durable at once: a power cut right after a wrong PIN does not give the try back.
                Ui.Records.SaveNow();
                if (right)
                {
                    Ui.Flows.Refund.Authorized();
                    return;
                }

                Ui.Beep(true);
                if (Lock.IsLocked())
                {
                    // Too many wrong PINs: the refund is abandoned and refunds are locked for a while.
                    Ui.ShowIdle();
                    return;
                }

                _wrong = true;
            }

            Ui.Invalidate();
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            if (Ui.Settings.SupervisorPinHash == null)
            {
                canvas.Title(catalog.Text(MessageId.KindRefund));
                canvas.Wrapped(1, 3, catalog.Text(MessageId.SupervisorPinMissing), 0);
                return;
            }

            canvas.Title(catalog.Text(MessageId.SupervisorPinTitle));
            if (Lock.IsLocked())
            {
                canvas.Wrapped(1, 3, catalog.Format(MessageId.TechLocked, Lock.MinutesLeft().ToString()), 0);
                return;
            }

            canvas.Row(1, _count == 0 ? null : "********".Substring(0, _count), false);
            if (_wrong)
            {
                canvas.Wrapped(2, 2, catalog.Format(MessageId.TechPinWrong, TriesLeft.ToString()), 0);
            }
            else
            {
                canvas.Row(3, catalog.Text(_empty ? MessageId.PinTitle : MessageId.HintOkCancel), false);
            }
        }

        private void Wipe()
        {
            Array.Clear(_typed, 0, _typed.Length);
            _count = 0;
        }
    }
}
