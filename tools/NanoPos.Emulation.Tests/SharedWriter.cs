using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace NanoPos.Emulation.Tests
{
    /// <summary>A writer a command writes from its own threads while the test reads what it wrote so far.</summary>
    public sealed class SharedWriter : TextWriter
    {
        private readonly StringBuilder _text = new StringBuilder();

        /// <inheritdoc/>
        public override Encoding Encoding => Encoding.UTF8;

        /// <inheritdoc/>
        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        /// <inheritdoc/>
        public override void Write(string value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        /// <inheritdoc/>
        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }

        /// <summary>Waits until the text matches a pattern (a server saying where it listens).</summary>
        /// <returns>The match.</returns>
        /// <exception cref="TimeoutException">No match in time.</exception>
        public Match WaitFor(string pattern, TimeSpan timeout)
        {
            DateTime until = DateTime.UtcNow + timeout;
            while (true)
            {
                Match m = Regex.Match(ToString(), pattern);
                if (m.Success)
                {
                    return m;
                }

                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException("no '" + pattern + "' within " + timeout + " in:\n" + ToString());
                }

                Thread.Sleep(20);
            }
        }
    }
}
