using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NanoPos.Cli;

namespace NanoPos.Provisioning.Tests
{
    /// <summary>
    /// A temporary folder with what a hardware team brings to provisioning: a CA certificate made here, a holiday calendar
    /// file, and the arguments of a complete `nanopos provision` run (the demo terminal's values: its TMK components and
    /// check value are the acquirer simulator's default key).
    /// </summary>
    internal sealed class ProvisionFixture : IDisposable
    {
        internal const string Component1 = "A1B2C3D4E5F60718293A4B5C6D7E8F90";
        internal const string Component2 = "A09186B36C5DCAF7D7E6F1C41B2ABD80";
        internal const string CheckValue = "08D7B4FB";
        internal const string WifiPassword = "shop-secret-9";

        internal ProvisionFixture()
        {
            Root = Path.Combine(Path.GetTempPath(), "nanopos-prov-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
            CaFile = Path.Combine(Root, "acquirer-ca.pem");
            File.WriteAllText(CaFile, MakeCaPem(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30)));
            HolidaysFile = Path.Combine(Root, "holidays-2027.txt");
            File.WriteAllText(HolidaysFile, "# example format only\nyear=2027\nholiday=2027-01-01\nworkday=2027-01-09\nholiday=2027-02-05..2027-02-11\n");
            OutputDirectory = Path.Combine(Root, "TERM0001");
        }

        internal string Root { get; }

        internal string CaFile { get; }

        internal string HolidaysFile { get; }

        internal string OutputDirectory { get; }

        /// <summary>Gets the flags of a complete run, flag to value, in order; a test changes or removes some.</summary>
        internal Dictionary<string, string> Flags() => new Dictionary<string, string>
        {
            ["--terminal-id"] = "TERM0001",
            ["--merchant-id"] = "123456789012345",
            ["--merchant-name"] = "NANOPOS DEMO",
            ["--host"] = "192.168.1.20:5800",
            ["--wifi-ssid"] = "shop-wifi",
            ["--wifi-password"] = WifiPassword,
            ["--tech-pin"] = "2468",
            ["--supervisor-pin"] = "1357",
            ["--tmk-components"] = Component1 + "," + Component2,
            ["--tmk-kcv"] = CheckValue,
            ["--tls-name"] = "acquirer.nanopos.test",
            ["--ca"] = CaFile,
            ["--holidays"] = HolidaysFile,
            ["--language"] = "zh",
            ["--port"] = "/dev/ttyUSB0",
            ["--out"] = OutputDirectory,
        };

        /// <summary>Turns flags into arguments; "--set" values are split on '|' into several --set.</summary>
        internal static string[] Arguments(Dictionary<string, string> flags)
        {
            var args = new List<string>();
            foreach (KeyValuePair<string, string> flag in flags)
            {
                foreach (string value in flag.Key == "--set" ? flag.Value.Split('|') : new[] { flag.Value })
                {
                    args.Add(flag.Key);
                    args.Add(value);
                }
            }

            return args.ToArray();
        }

        /// <summary>Runs `nanopos provision` through its command hook.</summary>
        internal static (int Exit, string Output, string Error) Provision(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = ProvisionCommand.Run(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }

        /// <summary>Makes a self-signed CA certificate as PEM.</summary>
        internal static string MakeCaPem(DateTimeOffset notBefore, DateTimeOffset notAfter)
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=nanoPos test acquirer CA", key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            using X509Certificate2 certificate = request.CreateSelfSigned(notBefore, notAfter);
            return certificate.ExportCertificatePem() + "\n";
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
