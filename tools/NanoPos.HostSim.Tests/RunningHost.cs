using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using NanoPos.HostSim;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// A host simulator on an ephemeral port with its events collected; every wait here has a deadline. Every test says
    /// whether a MAC is required (<c>requireMac</c>), so none leans on a default: false for the tests about the server,
    /// faults and maintenance, whose requests go unMACed as an old terminal's do; true, a real acquirer's setting, for
    /// the tests that sign on and MAC.
    /// </summary>
    internal sealed class RunningHost : IDisposable
    {
        public const int Timeout = 3000;

        private readonly List<HostSimEvent> _events = new List<HostSimEvent>();

        public RunningHost(bool requireMac, FaultPlan plan = null, int seed = 1, HostServerOptions server = null, params string[] blocked)
        {
            var options = new HostSimOptions
            {
                Port = 0,
                RequireMac = requireMac,
                Seed = seed,
                Faults = plan,
                Time = new FixedClock(Host.Noon),
                BlockedPans = blocked.ToList(),
                Server = server ?? new HostServerOptions { IdleTimeoutMs = 10_000, FrameTimeoutMs = 1_000 },
            };
            Sim = HostSimulator.Start(options, (_, e) =>
            {
                lock (_events)
                {
                    _events.Add(e);
                }
            });
        }

        public HostSimulator Sim { get; }

        public Ledger Ledger => Sim.Ledger;

        public HostSimClient Connect()
        {
            return HostSimClient.Connect(Sim.Port, Timeout);
        }

        public IReadOnlyList<HostSimEvent> Events(HostSimEventKind kind)
        {
            lock (_events)
            {
                return _events.Where(e => e.Kind == kind).ToList();
            }
        }

        /// <summary>Waits until an event of the kind arrived (at most <see cref="Timeout"/> ms) and returns the last one, or null.</summary>
        public HostSimEvent WaitFor(HostSimEventKind kind, int count = 1)
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < Timeout)
            {
                IReadOnlyList<HostSimEvent> found = Events(kind);
                if (found.Count >= count)
                {
                    return found[count - 1];
                }

                Thread.Sleep(10);
            }

            return null;
        }

        public void Dispose()
        {
            Sim.Dispose();
        }
    }
}
