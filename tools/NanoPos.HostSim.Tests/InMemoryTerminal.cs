using System;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Iso8583;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Raw frames to and from a <see cref="SimulatedAcquirer"/> over an <see cref="InMemoryLink"/>, as the terminal's link carries them.</summary>
    internal sealed class InMemoryTerminal
    {
        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly InMemoryLink _link;

        public InMemoryTerminal(SimulatedAcquirer host)
        {
            _link = new InMemoryLink(new ManualClock(Host.Noon.UtcDateTime, true), host);
            if (!_link.Connect(1000))
            {
                throw new InvalidOperationException("the simulated acquirer refused the connection");
            }
        }

        /// <summary>Sends a whole frame and returns the answer frame.</summary>
        public byte[] Exchange(byte[] frame)
        {
            _link.Send(frame, 0, frame.Length, 1000);
            var buffer = new byte[4096];
            int header = _frames.HeaderLength;
            int read = 0;
            while (read < header)
            {
                read += _link.Receive(buffer, read, header - read, 60000);
            }

            int total = header + _frames.ReadLength(buffer, 0);
            while (read < total)
            {
                read += _link.Receive(buffer, read, total - read, 60000);
            }

            return buffer.AsSpan(0, total).ToArray();
        }
    }
}
