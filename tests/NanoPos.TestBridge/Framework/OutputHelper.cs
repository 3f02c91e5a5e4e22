using NanoPos.TestBridge;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Writes test output. On the device it goes to the console; on the host it is captured per
    /// test case and attached to that case's result (outside a test case it goes to the console).
    /// </summary>
    public static class OutputHelper
    {
        /// <summary>Writes a message followed by a line terminator.</summary>
        /// <param name="message">The message.</param>
        public static void WriteLine(string message)
        {
            OutputCapture.Write(message + "\n");
        }

        /// <summary>Writes a message.</summary>
        /// <param name="message">The message.</param>
        public static void Write(string message)
        {
            OutputCapture.Write(message);
        }
    }
}
