using System;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// Which pins and buses a board uses for the keypad, display and buzzer. Drivers read it; only the
    /// composition root (NanoPos.App) chooses one, so bringing up a new board means writing one of these.
    /// </summary>
    /// <remarks>
    /// Pin numbers are ESP32 GPIO numbers. On the ESP32 the I2C pins must also be routed to the bus with
    /// nanoFramework.Hardware.Esp32 Configuration.SetPinFunction before the bus is opened; the display
    /// driver (planned) does that from <see cref="I2cDataPin"/> and <see cref="I2cClockPin"/>.
    /// The arrays returned by the properties are copies, so a driver cannot change the configuration.
    /// </remarks>
    public sealed class BoardConfiguration
    {
        /// <summary>The value of <see cref="BuzzerPin"/> when no buzzer is fitted.</summary>
        public const int NoPin = -1;

        private readonly int[] _keypadRowPins;
        private readonly int[] _keypadColumnPins;
        private readonly int _i2cBusId;
        private readonly int _i2cDataPin;
        private readonly int _i2cClockPin;
        private readonly int _displayAddress;
        private readonly int _displayWidth;
        private readonly int _displayHeight;
        private readonly bool _displayFlipped;
        private readonly int _buzzerPin;

        /// <summary>
        /// Creates a board configuration.
        /// </summary>
        /// <param name="keypadRowPins">The 4 GPIOs of the keypad rows, top row first (driven by the scanner).</param>
        /// <param name="keypadColumnPins">The 4 GPIOs of the keypad columns, left column first (read with pull-ups).</param>
        /// <param name="i2cBusId">The I2C bus of the display (1 for I2C1 on the ESP32).</param>
        /// <param name="i2cDataPin">The GPIO of the I2C data line (SDA).</param>
        /// <param name="i2cClockPin">The GPIO of the I2C clock line (SCL).</param>
        /// <param name="displayAddress">The 7-bit I2C address of the display (0x3C or 0x3D for an SSD1306).</param>
        /// <param name="displayWidth">The display width in pixels.</param>
        /// <param name="displayHeight">The display height in pixels, a multiple of 8.</param>
        /// <param name="displayFlipped">True when the display is mounted upside down and must be rotated by 180 degrees.</param>
        /// <param name="buzzerPin">The GPIO of the buzzer, or <see cref="NoPin"/> when none is fitted.</param>
        /// <exception cref="ArgumentNullException">A pin array is null.</exception>
        /// <exception cref="ArgumentException">A pin array does not have 4 entries, or a value is out of range.</exception>
        public BoardConfiguration(
            int[] keypadRowPins,
            int[] keypadColumnPins,
            int i2cBusId,
            int i2cDataPin,
            int i2cClockPin,
            int displayAddress,
            int displayWidth,
            int displayHeight,
            bool displayFlipped,
            int buzzerPin)
        {
            _keypadRowPins = CopyPins(keypadRowPins, "keypadRowPins");
            _keypadColumnPins = CopyPins(keypadColumnPins, "keypadColumnPins");
            if (i2cBusId < 1)
            {
                throw new ArgumentException("The I2C bus id must be 1 or more.", "i2cBusId");
            }

            CheckPin(i2cDataPin, "i2cDataPin");
            CheckPin(i2cClockPin, "i2cClockPin");
            if (displayAddress < 0x08 || displayAddress > 0x77)
            {
                throw new ArgumentException("The display address must be a 7-bit I2C address (0x08 to 0x77).", "displayAddress");
            }

            if (displayWidth < 1 || displayHeight < 8 || (displayHeight % 8) != 0)
            {
                throw new ArgumentException("The display needs a width of 1 or more and a height that is a positive multiple of 8.", "displayHeight");
            }

            if (buzzerPin != NoPin)
            {
                CheckPin(buzzerPin, "buzzerPin");
            }

            _i2cBusId = i2cBusId;
            _i2cDataPin = i2cDataPin;
            _i2cClockPin = i2cClockPin;
            _displayAddress = displayAddress;
            _displayWidth = displayWidth;
            _displayHeight = displayHeight;
            _displayFlipped = displayFlipped;
            _buzzerPin = buzzerPin;
        }

        /// <summary>Gets a copy of the 4 keypad row GPIOs, top row first.</summary>
        public int[] KeypadRowPins
        {
            get { return CopyPins(_keypadRowPins, "rows"); }
        }

        /// <summary>Gets a copy of the 4 keypad column GPIOs, left column first.</summary>
        public int[] KeypadColumnPins
        {
            get { return CopyPins(_keypadColumnPins, "columns"); }
        }

        /// <summary>Gets the I2C bus id of the display.</summary>
        public int I2cBusId
        {
            get { return _i2cBusId; }
        }

        /// <summary>Gets the GPIO of the I2C data line (SDA).</summary>
        public int I2cDataPin
        {
            get { return _i2cDataPin; }
        }

        /// <summary>Gets the GPIO of the I2C clock line (SCL).</summary>
        public int I2cClockPin
        {
            get { return _i2cClockPin; }
        }

        /// <summary>Gets the 7-bit I2C address of the display.</summary>
        public int DisplayAddress
        {
            get { return _displayAddress; }
        }

        /// <summary>Gets the display width in pixels.</summary>
        public int DisplayWidth
        {
            get { return _displayWidth; }
        }

        /// <summary>Gets the display height in pixels.</summary>
        public int DisplayHeight
        {
            get { return _displayHeight; }
        }

        /// <summary>Gets a value indicating whether the display is mounted upside down (rotate by 180 degrees).</summary>
        public bool DisplayFlipped
        {
            get { return _displayFlipped; }
        }

        /// <summary>Gets the GPIO of the buzzer, or <see cref="NoPin"/> when none is fitted.</summary>
        public int BuzzerPin
        {
            get { return _buzzerPin; }
        }

        /// <summary>Gets a value indicating whether a buzzer is fitted.</summary>
        public bool HasBuzzer
        {
            get { return _buzzerPin != NoPin; }
        }

        /// <summary>
        /// Gets the reference board: an ESP32-DevKitC with a 4x4 membrane keypad (rows on GPIO 13, 12, 14, 27,
        /// columns on GPIO 26, 25, 33, 32), an SSD1306 128x64 OLED on I2C1 (SDA GPIO 21, SCL GPIO 22,
        /// address 0x3C, not flipped) and a buzzer on GPIO 4.
        /// </summary>
        /// <remarks>
        /// GPIO 12 is an ESP32 strapping pin that selects the flash voltage at reset: fit no external pull-up on
        /// that keypad row, or a module with 3.3 V flash will not boot. Columns 32 and 33 are used as inputs
        /// because GPIO 34 to 39 have no internal pull-ups.
        /// </remarks>
        /// <returns>A new configuration of the reference board.</returns>
        public static BoardConfiguration ReferenceBoard()
        {
            return new BoardConfiguration(
                new int[] { 13, 12, 14, 27 },
                new int[] { 26, 25, 33, 32 },
                1,
                21,
                22,
                0x3C,
                128,
                64,
                false,
                4);
        }

        private static int[] CopyPins(int[] pins, string parameterName)
        {
            if (pins == null)
            {
                throw new ArgumentNullException(parameterName);
            }

            if (pins.Length != 4)
            {
                throw new ArgumentException("The keypad needs exactly 4 row and 4 column pins.", parameterName);
            }

            int[] copy = new int[4];
            for (int i = 0; i < 4; i++)
            {
                CheckPin(pins[i], parameterName);
                copy[i] = pins[i];
            }

            return copy;
        }

        private static void CheckPin(int pin, string parameterName)
        {
            // The ESP32 has GPIO 0 to 39; anything else is a typing error in a board definition.
            if (pin < 0 || pin > 39)
            {
                throw new ArgumentException("GPIO " + pin + " does not exist on the ESP32 (0 to 39).", parameterName);
            }
        }
    }
}
