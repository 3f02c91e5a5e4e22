namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// Maps a host response code (ISO 8583 field 39) to the short, actionable line the cashier sees.
    /// </summary>
    /// <remarks>
    /// Covers every code the acquirer host simulator answers (00, 12, 13, 14, 25, 30, 51, 55, 61, 64, 91, 94, 95; see
    /// tools/NanoPos.HostSim/README.md), 96, the common CUP codes a real host sends (01, 03, 05, 33, 41, 43, 54, 75, 97,
    /// A0). Any other code maps to
    /// <see cref="MessageId.DeclinedWithCode"/>, which shows the code itself: "Declined (code 87)".
    /// <para>These lines are for certain declines, and for requests that move no money (balance, sign-on, settlement).
    /// A payment answered with a code whose outcome is unknown (NanoPos.Transactions.ResponseCodePolicy: 96, 98, A0, or
    /// any code without a row) is reversed by the engine and reported as a reversal, so <see cref="OutcomeMessages"/>
    /// shows "Reversing - the card will not be charged", never one of these lines.</para>
    /// </remarks>
    public static class ResponseMessages
    {
        /// <summary>The code of an approval.</summary>
        public const string Approved = "00";

        // One row per code, searched in order (a table, not a string switch: the compiler's hashed string switch
        // relies on generated helpers; a plain loop over 24 rows is as fast on the device and easier to review).
        private static readonly string[] s_codes = new string[]
        {
            "00", "01", "03", "05", "12", "13", "14", "25", "30", "33", "41", "43",
            "51", "54", "55", "61", "64", "75", "91", "94", "95", "96", "97", "A0",
        };

        private static readonly MessageId[] s_messages = new MessageId[]
        {
            MessageId.Approved, MessageId.Rc01ReferToIssuer, MessageId.Rc03InvalidMerchant, MessageId.Rc05DoNotHonour,
            MessageId.Rc12InvalidTransaction, MessageId.Rc13InvalidAmount, MessageId.Rc14InvalidCard, MessageId.Rc25OriginalNotFound,
            MessageId.Rc30FormatError, MessageId.CardExpired, MessageId.Rc41CardBlocked, MessageId.Rc41CardBlocked,
            MessageId.Rc51InsufficientFunds, MessageId.CardExpired, MessageId.Rc55WrongPin, MessageId.Rc61OverLimit,
            MessageId.Rc64AmountMismatch, MessageId.Rc75PinTriesExceeded, MessageId.HostUnavailable, MessageId.Rc94Duplicate,
            MessageId.Rc95TotalsMismatch, MessageId.HostUnavailable, MessageId.Rc97TerminalNotRegistered, MessageId.RcA0SecurityError,
        };

        /// <summary>Gets the message for a response code.</summary>
        /// <param name="code">The code, two characters (null counts as unknown).</param>
        /// <returns>The specific message, or <see cref="MessageId.DeclinedWithCode"/> for an unknown code.</returns>
        public static MessageId For(string code)
        {
            if (code == null || code.Length != 2)
            {
                return MessageId.DeclinedWithCode;
            }

            for (int i = 0; i < s_codes.Length; i++)
            {
                if (s_codes[i] == code)
                {
                    return s_messages[i];
                }
            }

            return MessageId.DeclinedWithCode;
        }

        /// <summary>Tells whether a code has its own message (is not shown through the fallback).</summary>
        /// <param name="code">The code.</param>
        /// <returns>True when <see cref="For(string)"/> gives a specific message.</returns>
        public static bool IsKnown(string code)
        {
            return For(code) != MessageId.DeclinedWithCode;
        }

        /// <summary>Gets the line to show for a response code in a language, the fallback with the code filled in.</summary>
        /// <param name="code">The code.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text, e.g. "Insufficient funds - try another card" or "Declined (code 87)".</returns>
        public static string Text(string code, Language language)
        {
            MessageId id = For(code);
            return id == MessageId.DeclinedWithCode
                ? MessageCatalog.Format(id, language, code == null ? "?" : code)
                : MessageCatalog.Get(id, language);
        }
    }
}
