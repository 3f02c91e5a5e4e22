namespace NanoPos.Hal
{
    /// <summary>
    /// Optional buzzer and status LED. Boards that lack one of them report it and ignore the calls, so the
    /// UI can always call without checking first.
    /// </summary>
    public interface IIndicator
    {
        /// <summary>Gets a value indicating whether a buzzer is fitted.</summary>
        bool HasBuzzer { get; }

        /// <summary>Gets a value indicating whether a status LED is fitted.</summary>
        bool HasLed { get; }

        /// <summary>
        /// Sounds the buzzer for about <paramref name="durationMs"/>. May return before the tone ends; a new call
        /// replaces a tone still sounding. Does nothing without a buzzer.
        /// </summary>
        /// <param name="durationMs">The tone length in ms; 0 or less does nothing.</param>
        void Beep(int durationMs);

        /// <summary>
        /// Turns the status LED on or off. Does nothing without an LED.
        /// </summary>
        /// <param name="on">True to light the LED.</param>
        void SetLed(bool on);
    }
}
