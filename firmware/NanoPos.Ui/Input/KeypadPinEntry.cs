using System;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// PIN entry on the terminal's own keypad: 4 to 12 digits (or none: Enter at once sends no PIN), Clear deletes the
    /// last digit, Cancel abandons; Enter builds the ISO 9564 format-0 block, encrypts it at once with the PIN key
    /// (3DES, <see cref="KeyRing.EncryptPinBlock"/>) and zeroes the digits and the clear block: the clear block never
    /// leaves this object. Without a PIN key (no sign-on) the PIN is refused, never sent in clear.
    /// </summary>
    /// <remarks>
    /// The clear digits live in one fixed byte buffer, zeroed on Enter, Cancel, <see cref="Abort"/> and
    /// <see cref="Begin"/>; the block is a new array handed over by <see cref="TakePinBlock"/> (the transaction request
    /// zeroes it once sent) and is the encrypted field 52. This is the reference entry of a development board, not a certified PIN pad: a production
    /// terminal encrypts the block in secure hardware.
    /// </remarks>
    public sealed class KeypadPinEntry : IPinEntry
    {
        private readonly byte[] _digits = new byte[PinBlock.MaxDigits];
        private readonly byte[] _clear = new byte[PinBlock.Length];
        private readonly KeyRing _keys;
        private MessageId _error = MessageId.PinLength;
        private int _count;
        private string _pan;
        private byte[] _block;
        private bool _hasError;

        /// <summary>Creates the PIN entry.</summary>
        /// <param name="keys">The key ring whose PIN key encrypts the block.</param>
        /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
        public KeypadPinEntry(KeyRing keys)
        {
            if (keys == null)
            {
                throw new ArgumentNullException("keys");
            }

            _keys = keys;
        }

        /// <summary>Gets the number of digits entered so far.</summary>
        public int DigitCount
        {
            get { return _count; }
        }

        /// <summary>Gets a value indicating whether the last Enter was refused (1 to 3 digits, or no PIN key).</summary>
        public bool HasError
        {
            get { return _hasError; }
        }

        /// <summary>Gets why: a PIN has 4 to 12 digits, or the terminal is not signed on (no PIN key).</summary>
        public MessageId Error
        {
            get { return _error; }
        }

        /// <summary>Starts collecting for a card.</summary>
        /// <param name="pan">The card number.</param>
        public void Begin(string pan)
        {
            Abort();
            _pan = pan;
        }

        /// <summary>Digits, Clear, Enter and Cancel.</summary>
        /// <param name="key">The key.</param>
        /// <returns>The status after the key.</returns>
        public PinEntryStatus HandleKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel)
            {
                Abort();
                return PinEntryStatus.Cancelled;
            }

            _hasError = false;
            if (digit >= 0)
            {
                if (_count < _digits.Length)
                {
                    _digits[_count++] = (byte)digit;
                }
            }
            else if (key == Key.Clear)
            {
                if (_count > 0)
                {
                    _digits[--_count] = 0;
                }
            }
            else if (key == Key.Enter)
            {
                return Finish();
            }

            return PinEntryStatus.Collecting;
        }

        /// <summary>Gets the block and forgets it.</summary>
        /// <returns>The 8 bytes, or null when no PIN was entered.</returns>
        public byte[] TakePinBlock()
        {
            byte[] block = _block;
            _block = null;
            return block;
        }

        /// <summary>Zeroes the digits and any block not taken.</summary>
        public void Abort()
        {
            Array.Clear(_digits, 0, _digits.Length);
            _count = 0;
            _hasError = false;
            if (_block != null)
            {
                Array.Clear(_block, 0, _block.Length);
                _block = null;
            }

            _pan = null;
        }

        private PinEntryStatus Finish()
        {
            if (_count == 0)
            {
                _pan = null;
                return PinEntryStatus.Done;
            }

            if (_count < PinBlock.MinDigits || _pan == null)
            {
                _error = MessageId.PinLength;
                _hasError = true;
                return PinEntryStatus.Collecting;
            }

            byte[] block = new byte[PinBlock.Length];
            bool encrypted;
            try
            {
                PinBlock.Format0(_digits, _count, _pan, _clear, 0);
                encrypted = _keys.EncryptPinBlock(_clear, 0, block, 0);
            }
            finally
            {
                // The clear PIN and its clear block are gone the moment the encrypted block exists (or could not be built).
                Array.Clear(_digits, 0, _digits.Length);
                Array.Clear(_clear, 0, _clear.Length);
                _count = 0;
            }

            if (!encrypted)
            {
                // No PIN key: the PIN cannot leave encrypted, so it does not leave. The cardholder types it again
                // once the terminal has signed on.
                _error = MessageId.RefusedNotSignedOn;
                _hasError = true;
                return PinEntryStatus.Collecting;
            }

            _pan = null;
            _block = block;
            return PinEntryStatus.Done;
        }
    }
}
