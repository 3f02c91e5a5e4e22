namespace NanoPos.Hal
{
    /// <summary>
    /// A secret (the Wi-Fi password) handed out as bytes only when asked, to the one driver that needs it, so that no
    /// settings object carries it as a string that something could print or log.
    /// </summary>
    /// <remarks>
    /// The caller reads it right before use into a buffer it wipes at once. An implementation keeps the secret stored
    /// protected (the terminal's: wrapped under the device key in its own record) and never puts it in an exception
    /// message, a log line or a <c>ToString</c>.
    /// </remarks>
    public interface ISecretSource
    {
        /// <summary>Gets the longest secret in bytes: a buffer of this size always holds it.</summary>
        int MaxLength { get; }

        /// <summary>Copies the clear secret into a buffer.</summary>
        /// <param name="buffer">The array the secret goes into (the caller wipes it after use).</param>
        /// <param name="offset">The index of the secret's first byte; <see cref="MaxLength"/> bytes from there must fit.</param>
        /// <returns>The secret's length in bytes; 0 when there is none (an open network).</returns>
        /// <exception cref="System.IO.IOException">The stored secret is damaged or unreadable; the message says what to
        /// provision again and never contains the secret.</exception>
        /// <exception cref="System.ArgumentException">The buffer cannot hold <see cref="MaxLength"/> bytes from <paramref name="offset"/>.</exception>
        int CopyTo(byte[] buffer, int offset);
    }
}
