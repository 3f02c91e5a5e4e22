using System;
using System.CommandLine;
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

        /// <summary>Builds the verb and its <c>decode</c>.</summary>
        /// <param name="context">Where it writes, and standard input for <c>--text-file -</c>.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var textArgument = new Argument<string>("TEXT") { Description = "The text a scanner read from a receipt QR code (quote it: it has several lines).", Arity = ArgumentArity.ZeroOrOne };
            Option<string> textFile = CliOption.Text("--text-file", "FILE|-", "The text in a file; - reads standard input.");
            Option<string> image = CliOption.Text("--image", "FILE", "A picture with the receipt QR code in it (PNG, JPEG or BMP, any size).");
            Option<int> decimals = CliOption.Number("--decimals", "N", "The currency's decimals, to read the amount back in minor units.", 2, 0, 6);
            Option<bool> json = CliOption.Flag("--json", "The receipt's fields as JSON.");
            var decode = new VerbCommand(
                "decode",
                "TEXT | --text-file FILE|- | --image FILE [--decimals N] [--json]",
                "Read an e-receipt (the receipt QR code of a result or history detail) and print its fields.\n\n"
                + "Exit 0 decoded; 2 usage, not a receipt, a malformed line, no QR code in the image, no such file; 1 an unreadable file.")
            {
                textArgument, textFile, image, decimals, json,
            };
            decode.SetAction(parsed => Decode(parsed.GetValue(textArgument), parsed.GetValue(textFile), parsed.GetValue(image), parsed.GetValue(decimals), parsed.GetValue(json), context));
            return new VerbCommand(
                "receipt",
                "decode TEXT | --text-file FILE|- | --image FILE [--decimals N] [--json]",
                "Read an e-receipt (the receipt QR code of a result or history detail): the text a scanner shows, or the QR code "
                + "in a screenshot or photo; print its fields.")
            {
                decode,
            };
        }

        /// <summary>Runs the command with the arguments that follow "receipt".</summary>
        /// <param name="args">The arguments after "receipt".</param>
        /// <param name="input">Standard input, for "--text-file -".</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
        {
            return Program.Run(Program.Verb("receipt", args), new CliContext(output, error) { Input = input });
        }

        private static int Decode(string text, string textFile, string image, int decimals, bool json, CliContext context)
        {
            TextReader input = context.Input;
            TextWriter output = context.Output;
            TextWriter error = context.Error;
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
