using NanoPos.Hal.Simulated;

namespace NanoPos.Hal.Tests
{
    /// <summary>A host endpoint that accepts every connection and counts the connection attempts that reached it.</summary>
    internal sealed class CountingEndpoint : IHostEndpoint
    {
        /// <summary>Gets the number of OnConnect calls.</summary>
        internal int Connects { get; private set; }

        public bool OnConnect(InMemoryLink link)
        {
            Connects++;
            return true;
        }

        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
        }

        public void OnDisconnect(InMemoryLink link)
        {
        }
    }
}
