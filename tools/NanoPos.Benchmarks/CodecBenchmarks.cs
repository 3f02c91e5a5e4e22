using BenchmarkDotNet.Attributes;
using NanoPos.Cli;
using NanoPos.Iso8583;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Pack and unpack of a typical CUP 0200 sale and its 0210 response, as whole frames (length header,
    /// TPDU, message), reusing one output buffer and one <see cref="IsoMessage"/> like the terminal does.
    /// </summary>
    [MemoryDiagnoser]
    public class CodecBenchmarks
    {
        private readonly FrameCodec _codec = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _buffer = new byte[512];
        private readonly byte[] _tpduOut = new byte[Tpdu.Length];
        private readonly IsoMessage _into = new IsoMessage();
        private IsoMessage _sale;
        private IsoMessage _response;
        private byte[] _requestTpdu;
        private byte[] _responseTpdu;
        private byte[] _saleFrame;
        private byte[] _responseFrame;

        /// <summary>Builds the two messages and their frames once.</summary>
        [GlobalSetup]
        public void Setup()
        {
            _sale = SampleFrames.Sale();
            _response = SampleFrames.SaleResponse();
            _requestTpdu = Tpdu.Create(3, 0);
            _responseTpdu = Tpdu.ResponseTo(_requestTpdu);
            _saleFrame = SampleMessages.Frame(_codec, _sale, _requestTpdu);
            _responseFrame = SampleMessages.Frame(_codec, _response, _responseTpdu);
        }

        /// <summary>Packs the 0200 sale frame into the reused buffer.</summary>
        [Benchmark]
        public int Pack0200()
        {
            return _codec.Pack(_sale, _requestTpdu, _buffer, 0);
        }

        /// <summary>Packs the 0210 response frame into the reused buffer.</summary>
        [Benchmark]
        public int Pack0210()
        {
            return _codec.Pack(_response, _responseTpdu, _buffer, 0);
        }

        /// <summary>Unpacks the 0200 sale frame into the reused message.</summary>
        [Benchmark]
        public IsoMessage Unpack0200()
        {
            _codec.Unpack(_saleFrame, 0, _saleFrame.Length, _into, _tpduOut);
            return _into;
        }

        /// <summary>Unpacks the 0210 response frame into the reused message.</summary>
        [Benchmark]
        public IsoMessage Unpack0210()
        {
            _codec.Unpack(_responseFrame, 0, _responseFrame.Length, _into, _tpduOut);
            return _into;
        }
    }
}
