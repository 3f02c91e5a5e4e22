namespace NanoPos.Hal
{
    /// <summary>
    /// A logical key of the terminal keypad, independent of where it sits on the membrane.
    /// </summary>
    /// <remarks>
    /// The numeric values are fixed and contiguous for the digits (Digit0 + n is digit n) because
    /// on the device enum.ToString() prints the number, so logs and key scripts show these values.
    /// </remarks>
    public enum Key
    {
        /// <summary>No key: a keypad position without a key, or no event.</summary>
        None = 0,

        /// <summary>The digit 0.</summary>
        Digit0 = 1,

        /// <summary>The digit 1.</summary>
        Digit1 = 2,

        /// <summary>The digit 2.</summary>
        Digit2 = 3,

        /// <summary>The digit 3.</summary>
        Digit3 = 4,

        /// <summary>The digit 4.</summary>
        Digit4 = 5,

        /// <summary>The digit 5.</summary>
        Digit5 = 6,

        /// <summary>The digit 6.</summary>
        Digit6 = 7,

        /// <summary>The digit 7.</summary>
        Digit7 = 8,

        /// <summary>The digit 8.</summary>
        Digit8 = 9,

        /// <summary>The digit 9.</summary>
        Digit9 = 10,

        /// <summary>Deletes the last character typed (backspace).</summary>
        Clear = 11,

        /// <summary>Abandons the current screen or operation.</summary>
        Cancel = 12,

        /// <summary>Confirms the current input.</summary>
        Enter = 13,

        /// <summary>Opens the menu.</summary>
        Menu = 14,

        /// <summary>First function key; its meaning depends on the screen.</summary>
        Function1 = 15,

        /// <summary>Second function key; its meaning depends on the screen.</summary>
        Function2 = 16,
    }
}
