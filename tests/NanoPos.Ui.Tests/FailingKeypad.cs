using System.IO;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;

namespace NanoPos.Ui.Tests
{
    /// <summary>A keypad whose driver throws while <see cref="Failing"/> is set; otherwise a scripted keypad.</summary>
    internal sealed class FailingKeypad : IKeypad
    {
        private readonly ScriptedKeypad _inner = new ScriptedKeypad();

        /// <summary>Gets or sets whether every poll throws.</summary>
        internal bool Failing { get; set; }

        public KeyEvent Poll(int timeoutMs)
        {
            if (Failing)
            {
                throw new IOException("The keypad's GPIO read failed.");
            }

            return _inner.Poll(timeoutMs);
        }
    }
}
