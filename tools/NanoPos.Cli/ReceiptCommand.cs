using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NanoPos.Ui.Receipts;
using NanoPos.Ui.Text;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos receipt decode TEXT | --text-file FILE | --image FILE [--decimals N] [--json]</c>: reads an e-receipt
    /// (issue 14) — the text a phone's scanner shows for the receipt QR code of a result or history detail, or the QR code
    /// in a screenshot — with the firmware's own <see cref="ReceiptText.Parse"/>, and prints its fields. Exit 0 decoded;
    /// 2 bad usage, not a receipt, a malformed line (named), no QR code in the image, no such file; 1 an unreadable file.
    /// </summary>
    public static class ReceiptCommand
    {
        private const string Usage = "usage: nanopos receipt decode TEXT | --text-file FILE|- | --image FILE [--decimals N] [--json]";

        /// <summary>Runs the command.</summary>
        /// <param name="args">The arguments after "receipt".</param>
        /// <param name="input">Standard input, for "--text-file -".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                (args.Length == 0 ? error : output).WriteLine(Usage + "\n" + Help);
                return args.Length == 0 ? 2 : 0;
            }

            if (args[0] != "decode")
            {
                error.WriteLine($"nanopos receipt: unknown command '{args[0]}'. {Usage}");
                return 2;
            }

            string text = null;
            string textFile = null;
            string image = null;
            int decimals = 2;
            bool json = false;
            for (int i = 1; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--image" when value != null:
                        image = value;
                        i++;
                        break;
                    case "--text-file" when value != null:
                        textFile = value;
                        i++;
                        break;
                    case "--decimals" when value != null:
                        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > 6)
                        {
                            error.WriteLine($"nanopos receipt decode: --decimals must be 0 to 6, not '{value}'.");
                            return 2;
                        }

                        i++;
                        break;
                    case "--json":
                        json = true;
                        break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal) || text != null)
                        {
                            error.WriteLine($"nanopos receipt decode: unexpected argument '{args[i]}' (quote the receipt's text as one argument). {Usage}");
                            return 2;
                        }

                        text = args[i];
                        break;
                }
            }

            if ((text != null ? 1 : 0) + (textFile != null ? 1 : 0) + (image != null ? 1 : 0) != 1)
            {
                error.WriteLine($"nanopos receipt decode: give exactly one of TEXT, --text-file or --image. {Usage}");
                return 2;
            }

            int read = Read(text, textFile, image, input, error, out string receiptText);
            if (read != 0)
            {
                return read;
            }

            Receipt receipt;
            try
            {
                receipt = ReceiptText.Parse(receiptText, decimals);
            }
            catch (FormatException e)
            {
                error.WriteLine("nanopos receipt decode: " + e.Message);
                return 2;
            }

            var formatter = new AmountFormatter(decimals, ',', '.');
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(receipt, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return 0;
            }

            output.WriteLine($"merchant   {receipt.MerchantName} ({receipt.MerchantId})");
            output.WriteLine($"terminal   {receipt.TerminalId}");
            output.WriteLine($"{receipt.Kind.ToLowerInvariant(),-10} {formatter.ToString(receipt.AmountMinor)}");
            output.WriteLine($"card       {receipt.MaskedPan}");
            output.WriteLine($"time       {receipt.LocalTime}");
            output.WriteLine($"stan       {receipt.Stan:D6}");
            output.WriteLine($"rrn        {receipt.Rrn ?? "-"}");
            output.WriteLine($"auth code  {receipt.AuthCode ?? "-"}");
            output.WriteLine($"status     {receipt.Status}");
            return 0;
        }

        private static string Help =>
            "  TEXT              the text a scanner read from a receipt QR code (quote it: it has several lines)\n"
            + "  --text-file FILE  the text in a file; - reads standard input\n"
            + "  --image FILE      a picture with the receipt QR code in it (PNG, JPEG or BMP, any size)\n"
            + "  --decimals N      the currency's decimals (default 2), to read the amount back in minor units\n"
            + "  --json            the receipt's fields as JSON\n"
            + "exit 0 decoded; 2 usage, not a receipt, a malformed line, no QR code in the image, no such file; 1 an unreadable file";

        private static int Read(string text, string textFile, string image, TextReader input, TextWriter error, out string receiptText)
        {
            receiptText = text;
            if (text != null)
            {
                return 0;
            }

            string path = textFile ?? image;
            try
            {
                if (textFile == "-")
                {
                    receiptText = input.ReadToEnd();
                    return 0;
                }

                if (textFile != null)
                {
                    receiptText = File.ReadAllText(textFile);
                    return 0;
                }

                receiptText = HealthQrImage.Find(File.ReadAllBytes(image), out int width, out int height);
                if (receiptText == null)
                {
                    error.WriteLine($"nanopos receipt decode: no QR code found in {image} ({width}x{height} pixels).");
                    return 2;
                }

                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                error.WriteLine($"nanopos receipt decode: no such file: {path}");
                return 2;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException)
            {
                error.WriteLine($"nanopos receipt decode: cannot read {path}: {e.Message}");
                return 1;
            }
        }
    }
}
