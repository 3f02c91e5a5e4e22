namespace NanoPos.Hal
{
    /// <summary>
    /// A write-only link to one peripheral on a bus (the SSD1306 at its I2C address on the reference board, a
    /// recording fake in tests). Protocol classes such as <see cref="Ssd1306Protocol"/> produce their bytes into it,
    /// so the bytes can be checked on the host without hardware.
    /// </summary>
    public interface IByteBus
    {
        /// <summary>
        /// Sends bytes to the peripheral as one bus transaction (for I2C: start, address, the bytes, stop).
        /// The bytes have left the buffer when the call returns, so the caller may reuse it straight away.
        /// </summary>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte to send.</param>
        /// <param name="count">The number of bytes to send, 1 or more.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range is empty or not inside <paramref name="buffer"/>.</exception>
        /// <exception cref="System.IO.IOException">The peripheral did not take every byte (not acknowledged, bus fault).</exception>
        void Write(byte[] buffer, int offset, int count);
    }
}
