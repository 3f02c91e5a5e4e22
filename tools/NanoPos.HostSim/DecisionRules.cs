using System;
using System.Collections.Generic;

namespace NanoPos.HostSim
{
    /// <summary>
    /// How the simulated issuer decides a card request, from the card number and the amount only (documented in
    /// the README's decision table), and which PIN each card has. Blocked cards and PINs can be changed while the
    /// server runs.
    /// </summary>
    public sealed class DecisionRules
    {
        /// <summary>The PIN of every card that was given none with <see cref="SetPin"/>.</summary>
        public const string DefaultPin = "1234";

        private readonly HashSet<string> _blocked = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _pins = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        /// <summary>Blocks a card: its sales, refunds and balance inquiries are declined with 14.</summary>
        /// <param name="pan">The full card number (digits).</param>
        public void Block(string pan)
        {
            ArgumentNullException.ThrowIfNull(pan);
            lock (_gate)
            {
                _blocked.Add(pan);
            }
        }

        /// <summary>Unblocks a card.</summary>
        /// <param name="pan">The full card number.</param>
        /// <returns>True when the card was blocked.</returns>
        public bool Unblock(string pan)
        {
            lock (_gate)
            {
                return _blocked.Remove(pan ?? string.Empty);
            }
        }

        /// <summary>Tells whether a card is blocked.</summary>
        /// <param name="pan">The full card number, or null.</param>
        /// <returns>True when blocked.</returns>
        public bool IsBlocked(string pan)
        {
            lock (_gate)
            {
                return pan != null && _blocked.Contains(pan);
            }
        }

        /// <summary>Sets the PIN a card's PIN block (field 52) must carry; other cards keep <see cref="DefaultPin"/>.</summary>
        /// <param name="pan">The full card number (digits).</param>
        /// <param name="pin">The PIN: 4 to 12 digits (what ISO 9564 format 0 can carry).</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The PIN is not 4 to 12 digits (the message never repeats it).</exception>
        public void SetPin(string pan, string pin)
        {
            ArgumentNullException.ThrowIfNull(pan);
            ArgumentNullException.ThrowIfNull(pin);
            if (!IsValidPin(pin))
            {
                throw new ArgumentException("A PIN is 4 to 12 digits.", nameof(pin));
            }

            lock (_gate)
            {
                _pins[pan] = pin;
            }
        }

        /// <summary>Gives a card the <see cref="DefaultPin"/> again.</summary>
        /// <param name="pan">The full card number.</param>
        /// <returns>True when the card had a PIN of its own.</returns>
        public bool ResetPin(string pan)
        {
            lock (_gate)
            {
                return _pins.Remove(pan ?? string.Empty);
            }
        }

        /// <summary>Gets the PIN a card's PIN block must carry.</summary>
        /// <param name="pan">The full card number, or null.</param>
        /// <returns>The PIN set with <see cref="SetPin"/>, or <see cref="DefaultPin"/>.</returns>
        public string PinOf(string pan)
        {
            lock (_gate)
            {
                return pan != null && _pins.TryGetValue(pan, out string pin) ? pin : DefaultPin;
            }
        }

        /// <summary>Tells whether a text is a PIN ISO 9564 format 0 can carry: 4 to 12 decimal digits.</summary>
        /// <param name="pin">The text, or null.</param>
        /// <returns>True when it is.</returns>
        public static bool IsValidPin(string pin)
        {
            if (pin == null || pin.Length < 4 || pin.Length > 12)
            {
                return false;
            }

            foreach (char c in pin)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Decides a sale: 13 for a zero amount, 14 for a blocked card, 51 / 55 / 61 when the amount in minor units
        /// ends in 51 / 55 / 61, otherwise 00.
        /// </summary>
        /// <param name="pan">The full card number.</param>
        /// <param name="amount">The amount in minor units (field 4).</param>
        /// <returns>The response code.</returns>
        public string DecideSale(string pan, long amount)
        {
            if (amount <= 0)
            {
                return ResponseCodes.InvalidAmount;
            }

            if (IsBlocked(pan))
            {
                return ResponseCodes.BlockedCard;
            }

            switch (amount % 100)
            {
                case 51:
                    return ResponseCodes.InsufficientFunds;
                case 55:
                    return ResponseCodes.IncorrectPin;
                case 61:
                    return ResponseCodes.ExceedsLimit;
                default:
                    return ResponseCodes.Approved;
            }
        }

        /// <summary>Decides a refund: 13 for a zero amount, 14 for a blocked card, otherwise 00 (the amount endings do not apply: no funds or PIN are involved).</summary>
        /// <param name="pan">The full card number.</param>
        /// <param name="amount">The amount in minor units.</param>
        /// <returns>The response code.</returns>
        public string DecideRefund(string pan, long amount)
        {
            if (amount <= 0)
            {
                return ResponseCodes.InvalidAmount;
            }

            return IsBlocked(pan) ? ResponseCodes.BlockedCard : ResponseCodes.Approved;
        }

        /// <summary>Decides a balance inquiry: 14 for a blocked card, otherwise 00.</summary>
        /// <param name="pan">The full card number.</param>
        /// <returns>The response code.</returns>
        public string DecideBalance(string pan)
        {
            return IsBlocked(pan) ? ResponseCodes.BlockedCard : ResponseCodes.Approved;
        }
    }
}
