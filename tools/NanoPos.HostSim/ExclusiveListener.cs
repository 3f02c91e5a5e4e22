using System;
using System.Net;
using System.Net.Sockets;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Creates the server's listening socket so that a port already in use is an error, never shared: a second
    /// simulator on the same port fails to start instead of taking half the connections.
    /// </summary>
    /// <remarks>
    /// .NET's <see cref="SocketOptionName.ReuseAddress"/> sets SO_REUSEPORT too on Linux and macOS, which lets two
    /// processes listen on one port (the kernel then spreads connections between them). Here only SO_REUSEADDR is set,
    /// as a raw option (.NET sets it by default on Unix; set explicitly so a restart does not depend on that default):
    /// it lets a restarted simulator bind while connections it closed linger in TIME_WAIT, but never lets two sockets
    /// listen on the same address and port. Windows has no TIME_WAIT problem for listeners and
    /// its SO_REUSEADDR would allow stealing the port, so there the socket asks for exclusive use instead.
    /// </remarks>
    internal static class ExclusiveListener
    {
        /// <summary>Creates and starts a listener.</summary>
        /// <param name="address">The address to listen on.</param>
        /// <param name="port">The port (0: an ephemeral port).</param>
        /// <returns>The started listener.</returns>
        /// <exception cref="SocketException">The port is in use (<see cref="SocketError.AddressAlreadyInUse"/>) or cannot be bound.</exception>
        public static TcpListener Start(IPAddress address, int port)
        {
            var listener = new TcpListener(address, port);
            try
            {
                if (OperatingSystem.IsWindows())
                {
                    listener.ExclusiveAddressUse = true;
                }
                else if (ReuseAddressOption(out int level, out int name))
                {
                    listener.Server.SetRawSocketOption(level, name, BitConverter.GetBytes(1));
                }

                listener.Start();
                return listener;
            }
            catch
            {
                listener.Stop();
                throw;
            }
        }

        /// <summary>Gets SOL_SOCKET and SO_REUSEADDR for this operating system, or false where they are not known (then nothing is set).</summary>
        private static bool ReuseAddressOption(out int level, out int name)
        {
            if (OperatingSystem.IsLinux())
            {
                (level, name) = (1, 2);
                return true;
            }

            if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            {
                (level, name) = (0xFFFF, 0x0004);
                return true;
            }

            (level, name) = (0, 0);
            return false;
        }
    }
}
