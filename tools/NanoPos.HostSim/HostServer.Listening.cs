using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NanoPos.HostSim
{
    /// <summary>The listening side: binding, the accept loop with its connection limit, and maintenance "refuse".</summary>
    public sealed partial class HostServer
    {
        private void OpenListener()
        {
            BindLocked();
            BeginAccepting();
        }

        private void BindLocked()
        {
            TcpListener listener = ExclusiveListener.Start(Options.Address, Port);
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
        }

        private void BeginAccepting()
        {
            _acceptLoop = AcceptLoopAsync(_listener, _stop.Token);
            Raise(new HostSimEvent { Kind = HostSimEventKind.Listening, Note = Options.Address + ":" + Port });
        }

        private void CloseListener()
        {
            _listener?.Stop();
            _listener = null;
        }

        private void OnMaintenanceChanged(object sender, EventArgs e)
        {
            MaintenanceMode mode = Faults.Maintenance;
            lock (_gate)
            {
                if (_stopped)
                {
                    return;
                }

                if (mode == MaintenanceMode.RefuseConnections)
                {
                    CloseListener();
                }
                else if (_listener == null)
                {
                    try
                    {
                        OpenListener();
                    }
                    catch (SocketException failure)
                    {
                        // Another program took the port while connections were refused: say so, keep serving nothing.
                        Raise(new HostSimEvent { Kind = HostSimEventKind.Failure, Note = "cannot listen on " + Options.Address + ":" + Port + " again after maintenance \"refuse\": " + failure.Message });
                    }
                }
            }

            if (mode == MaintenanceMode.RefuseConnections)
            {
                foreach ((ConnectionHandler handler, Task _) in _connections.Values)
                {
                    handler.Abort();
                }
            }

            Raise(new HostSimEvent { Kind = HostSimEventKind.MaintenanceChanged, Note = FaultPlan.NameOf(mode) });
        }

        private async Task AcceptLoopAsync(TcpListener listener, CancellationToken stop)
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(stop).ConfigureAwait(false);
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException || e is OperationCanceledException || e is InvalidOperationException)
                {
                    return; // The listener was closed (stop or maintenance).
                }

                if (Faults.Maintenance == MaintenanceMode.RefuseConnections || stop.IsCancellationRequested)
                {
                    client.Dispose();
                    continue;
                }

                if (_connections.Count >= Options.MaxConnections)
                {
                    // The kernel has already accepted it; closing at once is the nearest thing to refusing it.
                    int refused = Interlocked.Increment(ref _refused);
                    string peer = client.Client.RemoteEndPoint?.ToString();
                    client.Dispose();
                    Raise(new HostSimEvent { Kind = HostSimEventKind.ConnectionRefused, Note = "connection from " + peer + " closed at once: " + Options.MaxConnections + " connections are open, the limit (refused so far: " + refused + ")" });
                    continue;
                }

                int id = Interlocked.Increment(ref _accepted);
                var handler = new ConnectionHandler(id, client, this);
                var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Task task = Task.Run(async () =>
                {
                    await started.Task.ConfigureAwait(false);
                    try
                    {
                        await handler.RunAsync(stop).ConfigureAwait(false);
                    }
                    finally
                    {
                        _connections.TryRemove(id, out _);
                    }
                });
                _connections[id] = (handler, task);
                started.SetResult();
            }
        }
    }
}
