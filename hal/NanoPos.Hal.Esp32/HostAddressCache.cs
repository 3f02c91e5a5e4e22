using System.Net;
using System.Net.Sockets;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// The acquirer host's IPv4 address for <see cref="TcpConnector"/>: a dotted address is parsed, a DNS name resolved
    /// once and kept until <see cref="Forget"/> (after a failed or abandoned connection, when the host may have moved).
    /// </summary>
    /// <remarks>
    /// Resolving costs a DNS round trip (and blocks, without a way to interrupt it, up to the resolver's own timeout
    /// when the server does not answer), so a terminal that connects for every payment resolves only when needed.
    /// Thread-safe: the worker resolves, the caller may forget.
    /// </remarks>
    internal sealed class HostAddressCache
    {
        private readonly object _sync = new object();
        private readonly string _host;
        private IPAddress _address;

        /// <summary>Creates the cache; nothing is resolved yet.</summary>
        /// <param name="host">A dotted IPv4 address or a DNS name.</param>
        public HostAddressCache(string host)
        {
            _host = host;
        }

        /// <summary>Gets the kept address, or resolves the host and keeps the result (blocks while resolving).</summary>
        /// <returns>The address.</returns>
        /// <exception cref="SocketException">The name is unknown or the resolver failed.</exception>
        /// <exception cref="System.ArgumentException">A dotted address is malformed.</exception>
        public IPAddress Get()
        {
            lock (_sync)
            {
                if (_address != null)
                {
                    return _address;
                }
            }

            IPAddress address = Resolve(_host);
            lock (_sync)
            {
                _address = address;
            }

            return address;
        }

        /// <summary>Drops the kept address, so the next <see cref="Get"/> resolves again.</summary>
        public void Forget()
        {
            lock (_sync)
            {
                _address = null;
            }
        }

        private static IPAddress Resolve(string host)
        {
            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                if (c != '.' && (c < '0' || c > '9'))
                {
                    IPAddress[] addresses = Dns.GetHostEntry(host).AddressList;
                    if (addresses == null || addresses.Length == 0)
                    {
                        throw new SocketException(SocketError.HostNotFound);
                    }

                    return addresses[0];
                }
            }

            return IPAddress.Parse(host);
        }
    }
}
