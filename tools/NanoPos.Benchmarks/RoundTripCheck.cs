using System.IO;
using NanoPos.Cli;

namespace NanoPos.Benchmarks
{
    /// <summary>
    /// The start-up check Program runs before handing over to BenchmarkDotNet: every codec of
    /// <see cref="CodecAdapters"/> packs the 0200 and 0210 and unpacks them back to the same field values.
    /// It fails fast (seconds) where a broken adapter would otherwise cost a whole benchmark build.
    /// </summary>
    public static class RoundTripCheck
    {
        /// <summary>Checks every codec and writes one line per codec.</summary>
        /// <param name="log">Where the lines go.</param>
        /// <returns>True when every codec passed.</returns>
        public static bool Run(TextWriter log)
        {
            bool ok = true;
            foreach (string name in CodecAdapters.Names())
            {
                IIsoCodecAdapter adapter = CodecAdapters.Create(name);
                adapter.Prepare(SampleFrames.Sale(), SampleFrames.SaleResponse());
                string problem = adapter.Verify(SampleFrames.Sale(), SampleFrames.SaleResponse());
                int saleBytes = adapter.PackSale();
                int responseBytes = adapter.PackResponse();
                log.WriteLine(problem == null
                    ? "round trip OK: " + name + " (0200: " + saleBytes.ToString() + " bytes, 0210: " + responseBytes.ToString() + " bytes; " + adapter.Encoding + ")"
                    : "round trip FAILED: " + problem);
                ok &= problem == null;
            }

            return ok;
        }
    }
}
