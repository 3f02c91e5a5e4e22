using System.IO;
using System.Text;

namespace NanoPos.HostSim.Tests
{
    /// <summary>A text writer the command writes from its threads while the test reads what it wrote so far.</summary>
    internal sealed class LockedWriter : TextWriter
    {
        private readonly StringBuilder _text = new StringBuilder();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override void Write(string value)
        {
            lock (_text)
            {
                _text.Append(value);
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }
}
