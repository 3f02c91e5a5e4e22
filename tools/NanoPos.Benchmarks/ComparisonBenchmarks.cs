using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NanoPos.Cli;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// Issue 10: pack and unpack of the same 0200 sale and 0210 approval (<see cref="SampleFrames.Sale"/>,
    /// <see cref="SampleFrames.SaleResponse"/>) by every codec of <see cref="CodecAdapters"/>, one row per codec
    /// and operation. Each codec is checked by a round trip in the global setup, in the benchmark process
    /// itself, so a codec that silently did nothing would stop the run instead of producing a figure.
    /// </summary>
    [MemoryDiagnoser]
    public class ComparisonBenchmarks
    {
        private IIsoCodecAdapter _adapter;

        /// <summary>Gets or sets the row name of the codec being measured.</summary>
        [ParamsSource(nameof(Codecs))]
        public string Codec { get; set; }

        /// <summary>Gets the row names (the values of <see cref="Codec"/>).</summary>
        public static IEnumerable<string> Codecs()
        {
            return CodecAdapters.Names();
        }

        /// <summary>Creates and prepares the codec, then checks its round trip.</summary>
        /// <exception cref="InvalidOperationException">The codec does not give back the values it packed.</exception>
        [GlobalSetup]
        public void Setup()
        {
            _adapter = CodecAdapters.Create(Codec);
            _adapter.Prepare(SampleFrames.Sale(), SampleFrames.SaleResponse());

            // Fresh copies: the expected values must not be the very objects the adapter packs from.
            string problem = _adapter.Verify(SampleFrames.Sale(), SampleFrames.SaleResponse());
            if (problem != null)
            {
                throw new InvalidOperationException(problem);
            }
        }

        /// <summary>Packs the 0200 sale.</summary>
        [Benchmark]
        public int Pack0200()
        {
            return _adapter.PackSale();
        }

        /// <summary>Unpacks the 0200 sale.</summary>
        [Benchmark]
        public object Unpack0200()
        {
            return _adapter.UnpackSale();
        }

        /// <summary>Packs the 0210 approval.</summary>
        [Benchmark]
        public int Pack0210()
        {
            return _adapter.PackResponse();
        }

        /// <summary>Unpacks the 0210 approval.</summary>
        [Benchmark]
        public object Unpack0210()
        {
            return _adapter.UnpackResponse();
        }
    }
}
