using System;
using System.Threading.Tasks;
using Xunit;

namespace NanoPos.Emulator.Tests
{
    /// <summary>An emulator (host + server on an ephemeral port of 127.0.0.1) for one test.</summary>
    internal sealed class RunningEmulator : IAsyncDisposable
    {
        private RunningEmulator(EmulatorHost host, EmulatorServer server)
        {
            Host = host;
            Server = server;
        }

        public EmulatorHost Host { get; }

        public EmulatorServer Server { get; }

        public static async Task<RunningEmulator> StartAsync(IEmulatorSession session)
        {
            var host = new EmulatorHost(session, null, line => Console.Error.WriteLine(line));
            host.Start();
            EmulatorServer server = await EmulatorServer.StartAsync(host, 0);
            return new RunningEmulator(host, server);
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Host.Dispose();
        }
    }
}
