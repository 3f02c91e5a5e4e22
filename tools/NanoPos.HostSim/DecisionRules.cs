using System;
using System.Collections.Generic;

namespace NanoPos.HostSim
{
    /// <summary>
    /// How the simulated issuer decides a card request, from the card number and the amount only (documented in
    /// the README's decision table). Blocked cards can be added and removed while the server runs.
    /// </summary>
    public sealed class DecisionRules
    {
        private readonly HashSet<string> _blocked = new HashSet<string>(StringComparer.Ordinal);
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
