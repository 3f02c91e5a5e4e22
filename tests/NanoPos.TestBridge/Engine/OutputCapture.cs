using System;
using System.Text;
using System.Threading;

namespace NanoPos.TestBridge
{
    /// <summary>
    /// Collects <see cref="nanoFramework.TestFramework.OutputHelper"/> text for the test case
    /// being run. The buffer is held in an AsyncLocal, so it follows threads and timers started
    /// by the test and stays separate when several runners work in parallel.
    /// </summary>
    internal static class OutputCapture
    {
        private static readonly AsyncLocal<StringBuilder> Current = new AsyncLocal<StringBuilder>();

        internal static StringBuilder Begin()
        {
            StringBuilder buffer = new StringBuilder();
            Current.Value = buffer;
            return buffer;
        }

        internal static string End(StringBuilder buffer)
        {
            Current.Value = null;
            lock (buffer)
            {
                return buffer.ToString();
            }
        }

        internal static void Write(string text)
        {
            StringBuilder buffer = Current.Value;
            if (buffer == null)
            {
                Console.Write(text);
                return;
            }

            lock (buffer)
            {
                buffer.Append(text);
            }
        }
    }
}
