namespace NanoPos.Ui.Flows
{
    /// <summary>
    /// Remembers the last approved sale (masked card number, amount, when) so that the same card and amount within a
    /// window asks "charge again?" before anything is sent: the cashier who presses Sale twice for one purchase is the
    /// commonest double charge. Keeps only what a receipt shows (first six and last four digits), never the card number.
    /// </summary>
    public sealed class DuplicateGuard
    {
        private readonly long _windowMs;
        private string _maskedPan;
        private long _amountMinor;
        private long _atMs;

        /// <summary>Creates the guard.</summary>
        /// <param name="windowMs">How long after an approved sale the same card and amount asks first, in ms; 0 turns the guard off.</param>
        public DuplicateGuard(long windowMs)
        {
            _windowMs = windowMs;
        }

        /// <summary>Remembers an approved sale.</summary>
        /// <param name="maskedPan">The masked card number of the approved sale, e.g. "622848******0015".</param>
        /// <param name="amountMinor">Its amount in minor units.</param>
        /// <param name="nowMs">The monotonic time in ms.</param>
        public void Approved(string maskedPan, long amountMinor, long nowMs)
        {
            _maskedPan = maskedPan;
            _amountMinor = amountMinor;
            _atMs = nowMs;
        }

        /// <summary>Tells how long ago the same card and amount were approved, if within the window.</summary>
        /// <param name="pan">The card number of the sale about to be sent.</param>
        /// <param name="amountMinor">Its amount in minor units.</param>
        /// <param name="nowMs">The monotonic time in ms.</param>
        /// <returns>The ms since that sale, or -1 when it is no duplicate (other card, other amount, outside the window, guard off).</returns>
        public long SinceSameSale(string pan, long amountMinor, long nowMs)
        {
            if (_windowMs <= 0 || _maskedPan == null || pan == null || amountMinor != _amountMinor || nowMs - _atMs > _windowMs)
            {
                return -1;
            }

            return SameCard(pan) ? nowMs - _atMs : -1;
        }

        private bool SameCard(string pan)
        {
            // The masked number keeps the first six and the last four digits at their places, the rest '*'.
            if (pan.Length != _maskedPan.Length || pan.Length < 10)
            {
                return false;
            }

            for (int i = 0; i < pan.Length; i++)
            {
                char kept = _maskedPan[i];
                if (kept != '*' && kept != pan[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
