using System;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// The reference card source: the cashier types the card number (13 to 19 digits, Luhn-checked) and the expiry
    /// (MM/YY, not in the past) on the keypad. Entry mode "012" (manual).
    /// </summary>
    /// <remarks>
    /// Digits go into fixed buffers (no allocation per key except the entry text for the screen); Clear deletes the last
    /// digit, and on an empty expiry goes back to the card number; Cancel abandons. The buffers are zeroed when the
    /// card is taken or the reading aborted.
    /// </remarks>
    public sealed class KeyedCardReader : ICardReader
    {
        /// <summary>The POS entry mode of a keyed card (field 22).</summary>
        public const string ManualEntryMode = "012";

        private const int MaxPanDigits = 19;
        private const int MinPanDigits = 13;

        private readonly IClock _clock;
        private readonly int _utcOffsetMinutes;
        private readonly char[] _pan = new char[MaxPanDigits];
        private readonly char[] _expiry = new char[4];
        private int _panLength;
        private int _expiryLength;
        private bool _inExpiry;
        private bool _hasError;
        private MessageId _error;
        private CardData _card;

        /// <summary>Creates the reader.</summary>
        /// <param name="clock">The clock, to refuse an expired card once the wall time is trusted.</param>
        /// <param name="utcOffsetMinutes">The terminal's offset from UTC in minutes (the card expires at the end of its local month).</param>
        /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
        public KeyedCardReader(IClock clock, int utcOffsetMinutes)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _clock = clock;
            _utcOffsetMinutes = utcOffsetMinutes;
        }

        /// <summary>Gets the title: the card number, then the expiry.</summary>
        public MessageId Prompt
        {
            get { return _inExpiry ? MessageId.ExpiryTitle : MessageId.CardNumberTitle; }
        }

        /// <summary>Gets the digits typed: the card number in groups of four, or the expiry as "MM/YY".</summary>
        public string Entry
        {
            get { return _inExpiry ? ExpiryText() : PanText(); }
        }

        /// <summary>Gets a value indicating whether the last Enter was refused.</summary>
        public bool HasError
        {
            get { return _hasError; }
        }

        /// <summary>Gets why: the card number is wrong, the expiry is wrong, or the card is expired.</summary>
        public MessageId Error
        {
            get { return _error; }
        }

        /// <summary>Starts with an empty card number.</summary>
        public void Begin()
        {
            Abort();
        }

        /// <summary>Digits, Clear, Enter and Cancel.</summary>
        /// <param name="key">The key.</param>
        /// <returns>The status after the key.</returns>
        public CardReaderStatus HandleKey(Key key)
        {
            if (_card != null)
            {
                return CardReaderStatus.Done;
            }

            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel)
            {
                Abort();
                return CardReaderStatus.Cancelled;
            }

            _hasError = false;
            if (digit >= 0)
            {
                Append((char)('0' + digit));
            }
            else if (key == Key.Clear)
            {
                Delete();
            }
            else if (key == Key.Enter)
            {
                return Confirm();
            }

            return CardReaderStatus.Reading;
        }

        /// <summary>Nothing to look for: a keyed reader only reacts to keys.</summary>
        /// <returns>Done once a card is complete, else Reading.</returns>
        public CardReaderStatus Poll()
        {
            return _card != null ? CardReaderStatus.Done : CardReaderStatus.Reading;
        }

        /// <summary>Gets the card and forgets it.</summary>
        /// <returns>The card, or null.</returns>
        public CardData TakeCard()
        {
            CardData card = _card;
            _card = null;
            return card;
        }

        /// <summary>Wipes both buffers and starts over.</summary>
        public void Abort()
        {
            Array.Clear(_pan, 0, _pan.Length);
            Array.Clear(_expiry, 0, _expiry.Length);
            _panLength = 0;
            _expiryLength = 0;
            _inExpiry = false;
            _hasError = false;
            _card = null;
        }

        private void Append(char c)
        {
            if (_inExpiry)
            {
                if (_expiryLength < _expiry.Length)
                {
                    _expiry[_expiryLength++] = c;
                }
            }
            else if (_panLength < _pan.Length)
            {
                _pan[_panLength++] = c;
            }
        }

        private void Delete()
        {
            if (_inExpiry)
            {
                if (_expiryLength > 0)
                {
                    _expiry[--_expiryLength] = '\0';
                }
                else
                {
                    _inExpiry = false;
                }
            }
            else if (_panLength > 0)
            {
                _pan[--_panLength] = '\0';
            }
        }

        private CardReaderStatus Confirm()
        {
            if (!_inExpiry)
            {
                if (_panLength < MinPanDigits || !Luhn.IsValid(_pan, _panLength))
                {
                    Fail(MessageId.CardNumberInvalid);
                    return CardReaderStatus.Reading;
                }

                _inExpiry = true;
                return CardReaderStatus.Reading;
            }

            int month = _expiryLength == 4 ? ((_expiry[0] - '0') * 10) + (_expiry[1] - '0') : 0;
            if (month < 1 || month > 12)
            {
                Fail(MessageId.ExpiryInvalid);
                return CardReaderStatus.Reading;
            }

            int year = 2000 + ((_expiry[2] - '0') * 10) + (_expiry[3] - '0');
            if (_clock.IsWallTimeTrusted)
            {
                DateTime local = _clock.UtcNow.AddMinutes(_utcOffsetMinutes);
                if (year < local.Year || (year == local.Year && month < local.Month))
                {
                    Fail(MessageId.CardExpired);
                    return CardReaderStatus.Reading;
                }
            }

            // The request carries the expiry as YYMM.
            char[] yymm = new char[] { _expiry[2], _expiry[3], _expiry[0], _expiry[1] };
            _card = new CardData(new string(_pan, 0, _panLength), new string(yymm), ManualEntryMode);
            Array.Clear(_pan, 0, _pan.Length);
            Array.Clear(_expiry, 0, _expiry.Length);
            _panLength = 0;
            _expiryLength = 0;
            return CardReaderStatus.Done;
        }

        private void Fail(MessageId error)
        {
            _hasError = true;
            _error = error;
        }

        private string PanText()
        {
            if (_panLength == 0)
            {
                return null;
            }

            // Groups of four, so the number wraps between groups and reads like the card.
            char[] text = new char[_panLength + ((_panLength - 1) / 4)];
            int at = 0;
            for (int i = 0; i < _panLength; i++)
            {
                if (i > 0 && i % 4 == 0)
                {
                    text[at++] = ' ';
                }

                text[at++] = _pan[i];
            }

            return new string(text, 0, at);
        }

        private string ExpiryText()
        {
            char[] text = new char[] { '_', '_', '/', '_', '_' };
            for (int i = 0; i < _expiryLength; i++)
            {
                text[i < 2 ? i : i + 1] = _expiry[i];
            }

            return new string(text);
        }
    }
}
