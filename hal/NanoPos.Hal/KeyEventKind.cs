namespace NanoPos.Hal
{
    /// <summary>
    /// What happened to a key.
    /// </summary>
    public enum KeyEventKind
    {
        /// <summary>The key went down.</summary>
        Pressed = 0,

        /// <summary>The key came up.</summary>
        Released = 1,

        /// <summary>The key has been held down longer than the keypad's long-press threshold; sent once per hold, after Pressed.</summary>
        LongPressed = 2,
    }
}
