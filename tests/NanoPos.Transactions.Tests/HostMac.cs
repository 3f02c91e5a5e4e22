using System.Collections;
using NanoPos.Iso8583;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// The MAC side of <see cref="ScriptedHost"/>, as a CUP acquirer towards the terminal's keys (<see cref="Keys"/>):
    /// it checks the MAC (field 64) of each request as received under the host's MAK, keeps the verdict
    /// (<see cref="Checks"/>) and says whether the host may act on the request (<see cref="Admits"/>: a sign-on needs no
    /// MAC, any other request a valid one); and it packs an answer with its MAC, computed over the frame as packed — so
    /// after any alteration <see cref="ScriptedFaults"/> makes — unless a forgery is asked for
    /// (<see cref="ScriptedFaults.ForgeMac"/>): no MAC, or one made with a key the terminal does not hold.
    /// </summary>
    /// <remarks>
    /// A request the host does not admit is refused with <see cref="MacError"/> in an answer without a MAC (there is no
    /// key both sides trust), and changes nothing. The working keys a sign-on gets are <see cref="HostKeys.Field62"/>.
    /// </remarks>
    internal sealed class HostMac
    {
        /// <summary>The request carried no MAC (field 64).</summary>
        internal const int Absent = 0;

        /// <summary>The request's MAC verified under the host's MAK.</summary>
        internal const int Valid = 1;

        /// <summary>The request's MAC did not verify.</summary>
        internal const int Invalid = 2;

        /// <summary>The response code of an answer to a request whose MAC failed: "MAC error", sign on again.</summary>
        internal const string MacError = "A0";

        private readonly FrameCodec _frames;
        private readonly int _mtiOffset;

        /// <summary>Creates the host's MAC side with the test keys (<see cref="HostKeys"/>).</summary>
        /// <param name="frames">The host's framing: requests are unpacked and answers packed with it.</param>
        internal HostMac(FrameCodec frames)
        {
            _frames = frames;
            _mtiOffset = frames.HeaderLength + Tpdu.Length;
            Keys = new HostKeys();
            Checks = new ArrayList();
        }

        /// <summary>Gets the host's keys: the TMK, the working keys it sends at sign-on and checks MACs with.</summary>
        internal HostKeys Keys { get; private set; }

        /// <summary>Gets the verdict on each request's MAC (<see cref="Absent"/>, <see cref="Valid"/>, <see cref="Invalid"/>), in arrival order.</summary>
        internal ArrayList Checks { get; private set; }

        /// <summary>
        /// Checks the MAC of a request as received, notes the verdict in <see cref="Checks"/>, and says whether the host
        /// may act on the request: a sign-on (<see cref="ScriptedHost.IsSignOn"/>) needs no MAC, any other request a
        /// valid one.
        /// </summary>
        /// <param name="request">The request, decoded from the frame.</param>
        /// <param name="frame">The packed request, from its length header.</param>
        /// <param name="length">The frame's length.</param>
        /// <returns>True when the host may act on the request; false when it must refuse it with <see cref="MacError"/>.</returns>
        internal bool Admits(IsoMessage request, byte[] frame, int length)
        {
            int mac = !request.Has(64) ? Absent : Keys.Verify(frame, _mtiOffset, length) ? Valid : Invalid;
            Checks.Add(mac);
            return ScriptedHost.IsSignOn(request) || mac == Valid;
        }

        /// <summary>Gets the verdict on the MAC of the n-th request (from 0) with an MTI, or -1 when there is none.</summary>
        /// <param name="requests">Every request checked (IsoMessage), in the order of <see cref="Checks"/>.</param>
        /// <param name="mti">The MTI.</param>
        /// <param name="n">Which request with that MTI, from 0.</param>
        /// <returns>The verdict, or -1.</returns>
        internal int Of(ArrayList requests, int mti, int n)
        {
            for (int i = 0; i < requests.Count; i++)
            {
                if (((IsoMessage)requests[i]).Mti == mti && n-- == 0)
                {
                    return (int)Checks[i];
                }
            }

            return -1;
        }

        /// <summary>Packs an answer, with its MAC over the packed frame's last 8 bytes unless <paramref name="forgery"/> says otherwise.</summary>
        /// <param name="response">The answer, altered as it will be sent (field 64 is set here as the MAC's placeholder).</param>
        /// <param name="tpdu">The request's TPDU (the answer's is its response).</param>
        /// <param name="buffer">Where the frame is packed, from index 0.</param>
        /// <param name="forgery">How its MAC is made (<see cref="ScriptedFaults.GenuineMac"/>, <see cref="ScriptedFaults.NoMac"/> or <see cref="ScriptedFaults.WrongKeyMac"/>).</param>
        /// <returns>The frame's length.</returns>
        internal int Pack(IsoMessage response, byte[] tpdu, byte[] buffer, int forgery)
        {
            if (forgery != ScriptedFaults.NoMac)
            {
                response.Set(64, new byte[8]);
            }

            int length = _frames.Pack(response, Tpdu.ResponseTo(tpdu), buffer, 0);
            if (forgery != ScriptedFaults.NoMac)
            {
                HostKeys.Sign(buffer, _mtiOffset, length, forgery == ScriptedFaults.WrongKeyMac ? Keys.WrongMacKey : Keys.MacKey);
            }

            return length;
        }
    }
}
