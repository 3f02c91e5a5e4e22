using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NanoPos.Hal.Host.Tests
{
    /// <summary>
    /// A TCP server on 127.0.0.1 and a free port for the link tests. Every wait has a time limit, so a test that goes
    /// wrong fails instead of hanging.
    /// </summary>
    internal sealed class LoopbackServer : IDisposable
    {
        /// <summary>The longest any server-side step may take, in ms.</summary>
        public const int StepLimitMs = 5000;

        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);

        public LoopbackServer()
        {
            _listener.Start();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public bool HasPendingConnection => _listener.Pending();

        /// <summary>Gives a port on which nothing listens (opened and closed again at once).</summary>
        public static int ClosedPort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        /// <summary>Starts accepting one connection; the client's sockets get read and write time limits.</summary>
        public Task<TcpClient> AcceptAsync()
        {
            return Task.Run(async () =>
            {
                using var cancel = new CancellationTokenSource(StepLimitMs);
                TcpClient peer = await _listener.AcceptTcpClientAsync(cancel.Token);
                peer.ReceiveTimeout = StepLimitMs;
                peer.SendTimeout = StepLimitMs;
                return peer;
            });
        }

        /// <summary>Waits for a task of the server side, failing after <see cref="StepLimitMs"/>.</summary>
        public static T Await<T>(Task<T> task)
        {
            if (!task.Wait(StepLimitMs))
            {
                throw new TimeoutException("The server side did not finish in " + StepLimitMs + " ms.");
            }

            return task.Result;
        }

        /// <summary>Waits for a server-side task without a result.</summary>
        /// <returns>True when it finished within <see cref="StepLimitMs"/> (its exception, if any, is rethrown).</returns>
        public static bool Finished(Task task)
        {
            if (!task.Wait(StepLimitMs))
            {
                return false;
            }

            return true;
        }

        public void Dispose() => _listener.Stop();
    }
}
