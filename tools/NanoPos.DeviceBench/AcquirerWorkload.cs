using System;
using NanoPos.Hal.Simulated;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The simulated acquirer's share of a sale, on its own: the engine's real 0200 request frame (captured from one
    /// sale) is delivered to <see cref="ApprovingAcquirer"/>, which unpacks it and packs and delivers the 0210, on a
    /// link that is connected and disconnected around it. Subtracted from sale-approved, it leaves the terminal's own
    /// cost (engine, journal, codec, simulated store and link).
    /// </summary>
    public sealed class AcquirerWorkload : IWorkload
    {
        private readonly ApprovingAcquirer _acquirer;
        private InMemoryLink _link;
        private byte[] _request;

        /// <summary>Creates the workload.</summary>
        /// <param name="acquirer">The acquirer to measure.</param>
        public AcquirerWorkload(ApprovingAcquirer acquirer)
        {
            _acquirer = acquirer;
        }

        /// <summary>Gets "acquirer" (reported as bench-info, not as a bench line).</summary>
        public string Name
        {
            get { return "acquirer"; }
        }

        /// <summary>Gets 0: every answer is dropped with its connection, nothing accumulates.</summary>
        public int MaxOpsPerRound
        {
            get { return 0; }
        }

        /// <summary>Runs one sale to capture its request frame, and opens a link of its own.</summary>
        /// <exception cref="InvalidOperationException">No request was captured.</exception>
        public void Setup()
        {
            SaleRig rig = new SaleRig(_acquirer);
            _acquirer.CaptureNextRequest();
            rig.Sale(SaleRig.NewCard());
            _request = _acquirer.CapturedRequest;
            if (_request == null)
            {
                throw new InvalidOperationException("The acquirer captured no sale request.");
            }

            _link = new InMemoryLink(new ManualClock(new DateTime(2026, 11, 22, 2, 0, 0), true), _acquirer);
        }

        /// <summary>Nothing to prepare.</summary>
        public void PrepareRound()
        {
        }

        /// <summary>Connects, delivers the request frame to the acquirer (which answers at once) and disconnects.</summary>
        public void Run()
        {
            _link.Connect(1000);
            _acquirer.OnReceive(_link, _request, 0, _request.Length);
            _link.Disconnect();
        }

        /// <summary>Nothing to reset.</summary>
        public void ResetCounters()
        {
        }
    }
}
