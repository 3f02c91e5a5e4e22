using System;
using System.Diagnostics;
using System.Text;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Collects every line the firmware logs: on .NET its <c>Debug.WriteLine</c> reaches <see cref="Trace.Listeners"/>
    /// (the board prints the same lines on its serial port). Attached for the life of the instance.
    /// </summary>
    public sealed class TraceCapture : TraceListener
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly object _gate = new object();

        /// <summary>Attaches a new capture.</summary>
        public TraceCapture()
        {
            Trace.Listeners.Add(this);
        }

        /// <summary>Gets everything written so far.</summary>
        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        /// <inheritdoc/>
        public override void Write(string message)
        {
            lock (_gate)
            {
                _text.Append(message);
            }
        }

        /// <inheritdoc/>
        public override void WriteLine(string message)
        {
            lock (_gate)
            {
                _text.Append(message).Append('\n');
            }
        }

        /// <inheritdoc/>
        protected override void Dispose(bool disposing)
        {
            Trace.Listeners.Remove(this);
            base.Dispose(disposing);
        }
    }
}
