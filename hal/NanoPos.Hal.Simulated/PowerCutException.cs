using System;

namespace NanoPos.Hal.Simulated
{
    /// <summary>
    /// Thrown by <see cref="InMemoryRecordStore"/> when an injected fault cuts the power. Nothing on a real
    /// device throws it: it stands for the device switching off mid-operation, and a test that catches it
    /// must "reboot" (build new firmware objects over the same store) instead of carrying on.
    /// </summary>
    public class PowerCutException : Exception
    {
        /// <summary>
        /// Creates the exception.
        /// </summary>
        /// <param name="message">Which operation the power cut interrupted.</param>
        public PowerCutException(string message)
            : base(message)
        {
        }
    }
}
