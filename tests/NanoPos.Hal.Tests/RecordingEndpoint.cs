using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>A host endpoint that accepts every connection and counts the bytes it receives, answering nothing.</summary>
    internal sealed class RecordingEndpoint : IHostEndpoint
    {
        /// <summary>Gets the bytes received over all connections.</summary>
        internal int BytesReceived { get; private set; }

        /// <summary>Gets the number of OnReceive calls (one per piece the link delivered).</summary>
        internal int Deliveries { get; private set; }

        public bool OnConnect(InMemoryLink link)
        {
            return true;
        }

        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
            BytesReceived += count;
            Deliveries++;
        }

        public void OnDisconnect(InMemoryLink link)
        {
        }
    }
}
