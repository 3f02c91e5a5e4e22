using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Input
{
    /// <summary>
    /// Collects a PIN and turns it into a PIN block, so the clear PIN never leaves the entry: the keypad entry of the
    /// reference board (<see cref="KeypadPinEntry"/>, ISO 9564 format 0), or later a secure PIN pad that encrypts the
    /// block itself.
    /// </summary>
    /// <remarks>
    /// The screen shows one mask character per <see cref="DigitCount"/>; it never sees the digits. An implementation
    /// keeps the clear digits only until the block is built (or the entry aborted), then zeroes them; it never stores,
    /// logs or returns them.
    /// </remarks>
    public interface IPinEntry
    {
        /// <summary>Gets the number of digits entered so far (for the mask).</summary>
        int DigitCount { get; }

        /// <summary>Gets a value indicating whether the last Enter was refused (<see cref="Error"/> says why).</summary>
        bool HasError { get; }

        /// <summary>Gets why the last Enter was refused (e.g. too few digits).</summary>
        MessageId Error { get; }

        /// <summary>Starts collecting the PIN for a card.</summary>
        /// <param name="pan">The card number the block is bound to (format 0 XORs it in).</param>
        void Begin(string pan);

        /// <summary>Handles a key pressed on the PIN screen.</summary>
        /// <param name="key">The key.</param>
        /// <returns>The status after the key.</returns>
        PinEntryStatus HandleKey(Key key);

        /// <summary>Gets the PIN block once <see cref="PinEntryStatus.Done"/> and forgets it; the caller zeroes it after use.</summary>
        /// <returns>The 8-byte block, or null when no PIN was entered.</returns>
        byte[] TakePinBlock();

        /// <summary>Stops and zeroes whatever was entered (cancel, timeout).</summary>
        void Abort();
    }
}
