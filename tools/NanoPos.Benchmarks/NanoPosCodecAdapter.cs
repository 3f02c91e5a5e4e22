using System;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Our codec in one profile, used exactly as the terminal uses it: one <see cref="FrameCodec"/>, one
    /// output buffer and one <see cref="IsoMessage"/> to unpack into, all reused; whole frames (length header,
    /// TPDU when the profile has one, message), as <see cref="CodecBenchmarks"/> measures them.
    /// </summary>
    public sealed class NanoPosCodecAdapter : IIsoCodecAdapter
    {
        private readonly MessageProfile _profile;
        private readonly byte[] _expectedSaleFrame;
        private readonly byte[] _buffer = new byte[512];
        private readonly IsoMessage _into = new IsoMessage();
        private FrameCodec _codec;
        private byte[] _tpduOut;
        private IsoMessage _sale;
        private IsoMessage _response;
        private byte[] _requestTpdu;
        private byte[] _responseTpdu;
        private byte[] _saleFrame;
        private byte[] _responseFrame;

        /// <summary>Creates the adapter for a profile.</summary>
        /// <param name="name">The row name.</param>
        /// <param name="encoding">The one-line description of the wire encoding.</param>
        /// <param name="profile">The profile (CUP terminal or ASCII 1987).</param>
        /// <param name="expectedSaleFrame">The 0200 frame the profile must produce, derived independently of the
        /// codec (a golden frame), so the check does not only compare the codec with itself; null for none.</param>
        public NanoPosCodecAdapter(string name, string encoding, MessageProfile profile, byte[] expectedSaleFrame)
        {
            Name = name;
            Encoding = encoding;
            _profile = profile;
            _expectedSaleFrame = expectedSaleFrame;
        }

        /// <inheritdoc />
        public string Name { get; }

        /// <inheritdoc />
        public string Encoding { get; }

        /// <inheritdoc />
        public void Prepare(IsoMessage sale, IsoMessage response)
        {
            _codec = new FrameCodec(_profile);
            _sale = sale;
            _response = response;
            if (_profile.TpduLength > 0)
            {
                _requestTpdu = Tpdu.Create(3, 0);
                _responseTpdu = Tpdu.ResponseTo(_requestTpdu);
                _tpduOut = new byte[_profile.TpduLength];
            }

            _saleFrame = SampleMessages.Frame(_codec, _sale, _requestTpdu);
            _responseFrame = SampleMessages.Frame(_codec, _response, _responseTpdu);
        }

        /// <inheritdoc />
        public int PackSale()
        {
            return _codec.Pack(_sale, _requestTpdu, _buffer, 0);
        }

        /// <inheritdoc />
        public int PackResponse()
        {
            return _codec.Pack(_response, _responseTpdu, _buffer, 0);
        }

        /// <inheritdoc />
        public object UnpackSale()
        {
            _codec.Unpack(_saleFrame, 0, _saleFrame.Length, _into, _tpduOut);
            return _into;
        }

        /// <inheritdoc />
        public object UnpackResponse()
        {
            _codec.Unpack(_responseFrame, 0, _responseFrame.Length, _into, _tpduOut);
            return _into;
        }

        /// <inheritdoc />
        public string Verify(IsoMessage sale, IsoMessage response)
        {
            if (_expectedSaleFrame != null)
            {
                Array.Clear(_buffer, 0, _buffer.Length);
                int length = PackSale();
                if (!_buffer.AsSpan(0, length).SequenceEqual(_expectedSaleFrame))
                {
                    return Name + " pack 0200: got " + Hex.ToHex(_buffer, 0, length) + ", expected " + Hex.ToHex(_expectedSaleFrame) + ".";
                }
            }

            return CheckPack("0200", PackSale(), _saleFrame)
                ?? CheckPack("0210", PackResponse(), _responseFrame)
                ?? CheckUnpack("0200", UnpackSale, sale)
                ?? CheckUnpack("0210", UnpackResponse, response);
        }

        // The frames unpacked in the benchmark were packed in Prepare; a pack that wrote something else now would
        // mean the two halves of the benchmark no longer measure the same bytes.
        private string CheckPack(string which, int length, byte[] frame)
        {
            return _buffer.AsSpan(0, length).SequenceEqual(frame)
                ? null
                : Name + " pack " + which + ": the frame differs from the one the unpack benchmark reads.";
        }

        private string CheckUnpack(string which, Func<object> unpack, IsoMessage expected)
        {
            // Stale values from an earlier call must not pass for this call's result.
            _into.Clear();
            var actual = (IsoMessage)unpack();
            return MessageComparer.FirstDifference(Name + " unpack " + which, expected, actual);
        }
    }
}
