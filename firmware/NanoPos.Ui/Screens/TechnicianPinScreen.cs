using System;
using NanoPos.Hal;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Records;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The technician PIN: digits masked, # checks, * goes back. A wrong PIN says how many tries are left; after the
    /// last one the menu is locked for the configured time (<see cref="TechnicianLock"/>), also across reboots.
    /// # with no digits uses no try: it only shows "Enter PIN" in place of the key hint.
    /// </summary>
    internal sealed class TechnicianPinScreen : Screen
    {
        private const int MaxDigits = 8;

        private readonly char[] _typed = new char[MaxDigits];
        private int _count;
        private bool _wrong;
        private bool _empty;
        private int _shownMinutes = -1;

        internal TechnicianPinScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return UiScreen.TechnicianPin; }
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
            if (key == Key.Cancel)
            {
                Ui.ShowIdle();
                return;
            }

            if (Lock.IsLocked())
            {
                Ui.Beep(true);
                Ui.Invalidate();
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
                // No digits is no guess: it only hints (no beep, no try used, no write), so a stray Enter never locks.
                _empty = true;
                _wrong = false;
            }
            else if (key == Key.Enter)
            {
                // The flow zeroes the digits once checked and writes the count at once; a right PIN opens the menu.
                bool right = Ui.Flows.Technician.CheckPin(_typed, _count);
                Wipe();
                if (right)
                {
                    return;
                }

                _wrong = true;
                Ui.Beep(true);
            }

            Ui.Invalidate();
        }

        internal override void Tick(long nowMs)
        {
            // The minutes left count down on screen while locked (and the lock lifts by itself).
            if (Lock.MinutesLeft() != _shownMinutes)
            {
                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(MessageId.TechPinTitle));
            _shownMinutes = Lock.MinutesLeft();
            if (Lock.IsLocked())
            {
                canvas.Wrapped(1, 3, catalog.Format(MessageId.TechLocked, Lock.MinutesLeft().ToString()), 0);
                return;
            }

            canvas.Row(1, _count == 0 ? null : "********".Substring(0, _count), false);
            if (_wrong)
            {
                canvas.Wrapped(2, 2, catalog.Format(MessageId.TechPinWrong, Lock.TriesLeft.ToString()), 0);
            }
            else
            {
                canvas.Row(3, catalog.Text(_empty ? MessageId.PinTitle : MessageId.HintOkCancel), false);
            }
        }

        private TechnicianLock Lock
        {
            get { return Ui.Flows.Technician.Lock; }
        }

        private void Wipe()
        {
            Array.Clear(_typed, 0, _typed.Length);
            _count = 0;
        }
    }
}
