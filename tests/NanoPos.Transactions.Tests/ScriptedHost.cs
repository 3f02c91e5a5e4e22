using System;
using System.Collections;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A small scripted acquirer for engine tests (device-compatible): it decodes each request frame, records
    /// it, and answers by the script — approve, decline with a code, stay silent, answer late, answer twice,
    /// send garbage, answer without a response code or for another STAN, or hang up. Financial requests (0200/0220) take
    /// the next step queued with <see cref="Then"/>, else <see cref="FinancialBehaviour"/> and
    /// <see cref="FinancialCode"/>. Reversals, sign-on, echo, settlement and upload are answered by their own
    /// settings; any MTI can be silenced with <see cref="SilentMti"/>; <see cref="Faults"/> alters answers and fails the
    /// terminal's store when a request arrives.
    /// </summary>
    /// <remarks>
    /// It behaves as a CUP acquirer towards the terminal's keys (<see cref="Keys"/>): a sign-on (0800, network code 003)
    /// is answered with the working keys in field 62 under the TMK; every other request must carry a MAC (field 64) that
    /// verifies under the host's MAK, or it is refused with 39=A0 and an answer without a MAC, and changes nothing; every
    /// answer to a MACed request carries the host's MAC, computed after any alteration <see cref="Faults"/> makes (so the
    /// terminal's answer checks are still what those alterations reach), unless <see cref="ScriptedFaults.ForgeMac"/>
    /// forges it. The MAC checks and signing are <see cref="HostMac"/>'s, the answers' fields and the ledger entries
    /// <see cref="ScriptedAnswers"/>'. <see cref="MacChecks"/> keeps the verdict on each request's MAC,
    /// <see cref="Ledger"/> what the host did with the money.
    /// </remarks>
    internal sealed class ScriptedHost : IHostEndpoint
    {
        internal const int Approve = 0;
        internal const int Silent = 1;
        internal const int Late = 2;
        internal const int Twice = 3;
        internal const int Garbage = 4;
        internal const int NoResponseCode = 5;
        internal const int OtherStan = 6;
        internal const int HangUp = 7;

        /// <summary>The request carried no MAC (field 64): <see cref="HostMac.Absent"/>.</summary>
        internal const int MacAbsent = HostMac.Absent;

        /// <summary>The request's MAC verified under the host's MAK: <see cref="HostMac.Valid"/>.</summary>
        internal const int MacValid = HostMac.Valid;

        /// <summary>The request's MAC did not verify: <see cref="HostMac.Invalid"/>.</summary>
        internal const int MacInvalid = HostMac.Invalid;

        /// <summary>Field 54 of an approved balance inquiry (the host simulator's fake balance).</summary>
        internal const string BalanceText = "1002156C000010000000";

        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _out = new byte[1024];
        private readonly byte[] _in = new byte[1024];
        private readonly ArrayList _steps = new ArrayList(); // int[] { behaviour } and code, in pairs
        private readonly HostMac _mac;
        private int _inLength;

        internal ScriptedHost()
        {
            Requests = new ArrayList();
            _mac = new HostMac(_frames);
            Ledger = new HostLedger();
            Faults = new ScriptedFaults();
            FinancialBehaviour = Approve;
            FinancialCode = "00";
            ReversalsAnswered = true;
            ReversalCode = "00";
            LateMs = 60000;
            SignOnBatch = -1;
            SettlementCode = "00";
            UploadCode = "00";
        }

        /// <summary>Gets every request decoded so far (IsoMessage), in arrival order.</summary>
        internal ArrayList Requests { get; private set; }

        /// <summary>Gets the verdict on each request's MAC (<see cref="MacAbsent"/>, <see cref="MacValid"/>, <see cref="MacInvalid"/>), by index in <see cref="Requests"/>.</summary>
        internal ArrayList MacChecks
        {
            get { return _mac.Checks; }
        }

        /// <summary>Gets the host's keys: the TMK, the working keys it sends at sign-on and checks MACs with.</summary>
        internal HostKeys Keys
        {
            get { return _mac.Keys; }
        }

        /// <summary>Gets what the host did with the money: approvals, declines and accepted reversals by STAN.</summary>
        internal HostLedger Ledger { get; private set; }

        /// <summary>Gets or sets how 0200/0220 are answered when no step is queued.</summary>
        internal int FinancialBehaviour { get; set; }

        /// <summary>Gets or sets the response code of answered 0200/0220 when no step is queued.</summary>
        internal string FinancialCode { get; set; }

        /// <summary>Gets or sets whether reversals are acknowledged at all.</summary>
        internal bool ReversalsAnswered { get; set; }

        /// <summary>Gets or sets the response code of a 0410.</summary>
        internal string ReversalCode { get; set; }

        /// <summary>Gets or sets the delay of a late answer, in ms.</summary>
        internal long LateMs { get; set; }

        /// <summary>Gets or sets the batch a sign-on answer assigns (field 60.2); -1 echoes the terminal's.</summary>
        internal int SignOnBatch { get; set; }

        /// <summary>Gets or sets the answer 0500 gets.</summary>
        internal string SettlementCode { get; set; }

        /// <summary>Gets or sets the answer 0320 gets.</summary>
        internal string UploadCode { get; set; }

        /// <summary>Gets or sets an MTI whose requests get no answer (0: none).</summary>
        internal int SilentMti { get; set; }

        /// <summary>Gets the alterations of answers and the store faults tied to requests (see <see cref="ScriptedFaults"/>).</summary>
        internal ScriptedFaults Faults { get; private set; }

        /// <summary>Queues how the next financial request (0200/0220) is answered.</summary>
        internal void Then(int behaviour, string code)
        {
            _steps.Add(behaviour);
            _steps.Add(code);
        }

        internal int Count(int mti)
        {
            int n = 0;
            foreach (IsoMessage m in Requests)
            {
                n += m.Mti == mti ? 1 : 0;
            }

            return n;
        }

        /// <summary>Gets the n-th request (from 0) with an MTI, or null.</summary>
        internal IsoMessage Nth(int mti, int n)
        {
            foreach (IsoMessage m in Requests)
            {
                if (m.Mti == mti && n-- == 0)
                {
                    return m;
                }
            }

            return null;
        }

        /// <summary>Gets the last request with an MTI, or null.</summary>
        internal IsoMessage Last(int mti)
        {
            IsoMessage last = null;
            foreach (IsoMessage m in Requests)
            {
                last = m.Mti == mti ? m : last;
            }

            return last;
        }

        public bool OnConnect(InMemoryLink link)
        {
            _inLength = 0;
            return true;
        }

        public void OnDisconnect(InMemoryLink link)
        {
            _inLength = 0;
        }

        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
            Array.Copy(data, offset, _in, _inLength, count);
            _inLength += count;
            if (_inLength < 2 || _inLength < 2 + _frames.ReadLength(_in, 0))
            {
                return;
            }

            var request = new IsoMessage();
            var tpdu = new byte[5];
            _frames.Unpack(_in, 0, _inLength, request, tpdu);
            bool admitted = _mac.Admits(request, _in, _inLength);
            _inLength = 0;
            Requests.Add(request);
            Faults.OnRequest(request.Mti);
            if (admitted)
            {
                Answer(link, request, tpdu, !IsSignOn(request)); // a sign-on is not MACed, nor is its answer
            }
            else
            {
                RefuseMac(link, request, tpdu);
            }
        }

        /// <summary>Gets the verdict on the MAC of the n-th request (from 0) with an MTI, or -1 when there is none.</summary>
        internal int MacOf(int mti, int n)
        {
            return _mac.Of(Requests, mti, n);
        }

        /// <summary>Gets whether a request is a sign-on: 0800 with network management code 003 in field 60.</summary>
        internal static bool IsSignOn(IsoMessage request)
        {
            string field60 = request.GetString(60);
            return request.Mti == Mti.NetworkRequest && field60 != null && field60.Length >= 11 && field60.Substring(8, 3) == "003";
        }

        // A request without a valid MAC: A0, no MAC on the answer (there is no key both sides trust), nothing applied.
        private void RefuseMac(InMemoryLink link, IsoMessage request, byte[] tpdu)
        {
            IsoMessage response = ScriptedAnswers.Compose(request, false, HostMac.MacError, SignOnBatch, Keys);
            link.Deliver(_out, 0, _mac.Pack(response, tpdu, _out, ScriptedFaults.NoMac), 0);
        }

        private void Answer(InMemoryLink link, IsoMessage request, byte[] tpdu, bool macced)
        {
            bool financial = request.Mti == Mti.FinancialRequest || request.Mti == Mti.AdviceRequest;
            bool reversal = request.Mti == Mti.ReversalRequest || request.Mti == Mti.ReversalRepeat;
            int behaviour = Approve;
            string code = "00";
            if (financial)
            {
                behaviour = FinancialBehaviour;
                code = FinancialCode;
                if (_steps.Count > 0)
                {
                    behaviour = (int)_steps[0];
                    code = (string)_steps[1];
                    _steps.RemoveAt(0);
                    _steps.RemoveAt(0);
                }
            }
            else if (reversal)
            {
                behaviour = ReversalsAnswered ? Approve : Silent;
                code = ReversalCode;
            }
            else if (request.Mti == Mti.SettlementRequest)
            {
                code = SettlementCode;
            }
            else if (request.Mti == Mti.BatchUploadRequest)
            {
                code = UploadCode;
            }

            if (behaviour == Silent || request.Mti == SilentMti)
            {
                return;
            }

            if (behaviour == HangUp)
            {
                link.CloseFromHost(0);
                return;
            }

            IsoMessage response = ScriptedAnswers.Compose(request, financial, behaviour == NoResponseCode ? null : code, SignOnBatch, Keys);
            if (behaviour == OtherStan)
            {
                response.Set(11, RequestBuilder.Digits(int.Parse(request.GetString(11)) + 500, 6));
            }

            ScriptedAnswers.Record(Ledger, request, response, financial, reversal);
            Faults.Apply(request.Mti, response);

            int length = _mac.Pack(response, tpdu, _out, macced ? Faults.TakeMacForgery(request.Mti) : ScriptedFaults.NoMac);
            if (behaviour == Garbage)
            {
                _out[7] = 0xEE; // a non-BCD nibble in the MTI: the frame cannot decode
            }

            link.Deliver(_out, 0, length, behaviour == Late ? LateMs : 0);
            if (behaviour == Twice)
            {
                link.Deliver(_out, 0, length, 0);
            }
        }
    }
}
