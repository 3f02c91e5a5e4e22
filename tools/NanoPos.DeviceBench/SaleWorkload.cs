using NanoPos.Transactions;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// One whole approved sale through <see cref="PaymentEngine.Sale"/> on simulated drivers (sale-approved): the PIN
    /// block encrypted under the PIK, intent write, connect, pack, MAC and send the 0200, the acquirer's answer (MAC
    /// checked, PIN block decrypted, answer MACed), read, unpack and MAC-check the 0210, outcome write. Every round
    /// starts on a fresh <see cref="SaleRig"/> that signed on once in its set-up (built outside the measurement; no
    /// sale signs on), so the journal never fills and no STAN reservation falls inside a round. Counts the durable
    /// writes, round trips and connections of the sales.
    /// </summary>
    public sealed class SaleWorkload : IWorkload
    {
        private readonly ApprovingAcquirer _acquirer;
        private CardData _card;
        private SaleRig _rig;
        private int _salesPerRound;
        private int _baseWrites;
        private int _baseRoundTrips;
        private int _baseConnections;
        private long _sales;
        private long _writes;
        private long _roundTrips;
        private long _connections;

        /// <summary>Creates the workload.</summary>
        /// <param name="acquirer">The acquirer every rig's link leads to.</param>
        public SaleWorkload(ApprovingAcquirer acquirer)
        {
            _acquirer = acquirer;
        }

        /// <summary>Gets "sale-approved".</summary>
        public string Name
        {
            get { return "sale-approved"; }
        }

        /// <summary>Gets the sales one rig takes (<see cref="SaleRig.SalesBeforeSettlement"/>, 60 with the terminal's options).</summary>
        public int MaxOpsPerRound
        {
            get { return _salesPerRound; }
        }

        /// <summary>Gets the sales run since <see cref="ResetCounters"/>.</summary>
        public long Sales
        {
            get
            {
                Fold();
                return _sales;
            }
        }

        /// <summary>Gets the durable writes (record store writes and deletes) of those sales.</summary>
        public long DurableWrites
        {
            get
            {
                Fold();
                return _writes;
            }
        }

        /// <summary>Gets the host round trips (<see cref="HostExchange.Exchanges"/>) of those sales.</summary>
        public long RoundTrips
        {
            get
            {
                Fold();
                return _roundTrips;
            }
        }

        /// <summary>Gets the link connections of those sales.</summary>
        public long Connections
        {
            get
            {
                Fold();
                return _connections;
            }
        }

        /// <summary>Creates the card and learns how many sales a rig takes.</summary>
        public void Setup()
        {
            _card = SaleRig.NewCard();
            _salesPerRound = new SaleRig(_acquirer).SalesBeforeSettlement;
        }

        /// <summary>Replaces the rig by a fresh signed-on one (its sign-on writes are not counted).</summary>
        public void PrepareRound()
        {
            Fold();
            _rig = new SaleRig(_acquirer);
            _baseWrites = _rig.Store.DurableWrites;
            _baseRoundTrips = _rig.Engine.Exchange.Exchanges;
            _baseConnections = _rig.Link.Connections;
        }

        /// <summary>Runs one sale; fails loudly unless the host approved it.</summary>
        public void Run()
        {
            _rig.Sale(_card);
            _sales++;
        }

        /// <summary>Sets the counters of sales, writes, round trips and connections to 0.</summary>
        public void ResetCounters()
        {
            Fold();
            _sales = 0;
            _writes = 0;
            _roundTrips = 0;
            _connections = 0;
        }

        // Adds the current rig's counters since the last fold to the totals.
        private void Fold()
        {
            if (_rig == null)
            {
                return;
            }

            int writes = _rig.Store.DurableWrites;
            int roundTrips = _rig.Engine.Exchange.Exchanges;
            int connections = _rig.Link.Connections;
            _writes += writes - _baseWrites;
            _roundTrips += roundTrips - _baseRoundTrips;
            _connections += connections - _baseConnections;
            _baseWrites = writes;
            _baseRoundTrips = roundTrips;
            _baseConnections = connections;
        }
    }
}
