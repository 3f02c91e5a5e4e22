using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NanoPos.Diagnostics;
using NanoPos.Emulation;
using NanoPos.Emulator;
using NanoPos.Ui.Messages;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos health decode TEXT… | --image FILE [--language en|zh] [--utc-offset MINUTES] [--json]</c>: reads a
    /// terminal's health code (issue 13) — the text a phone's scanner shows for the technician's Health QR screen, or the
    /// QR code itself in a screenshot — with the firmware's own <see cref="HealthCode.Decode"/>, and prints it as the
    /// terminal's health screen words it (<see cref="HealthText.Format"/>), or as JSON (the shape of the emulator's
    /// <c>GET /api/health</c>). Exit 0 decoded; 2 bad usage, a text that is not a health code, a malformed field (named), an
    /// image without a QR code, a missing file; 1 a file that cannot be read or is not an image.
    /// </summary>
    public static class HealthCommand
    {
        private const string Usage = "usage: nanopos health decode TEXT... | --image FILE [--language en|zh] [--utc-offset MINUTES] [--json]";

        // Letters of the fields HealthCode version 1 writes; a text with none of them is no health code, whatever its prefix.
        private const string KnownFields = "TFJBURSXLQMKZ";

        private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // The shape of the emulator's /api/health, nulls included (collectedAtMs, a test's value and detail: only a running terminal knows them).
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };

        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                (args.Length == 0 ? error : output).WriteLine(Usage + "\n" + Help);
                return args.Length == 0 ? 2 : 0;
            }

            if (args[0] != "decode")
            {
                error.WriteLine($"nanopos health: unknown command '{args[0]}'. {Usage}");
                return 2;
            }

            return Decode(args[1..], output, error);
        }

        private static string Help =>
            "  TEXT          the text a scanner read from the technician's Health QR screen (\"NPH1 T... F... Z...\"; quote it or not)\n"
            + "  --image FILE  a picture with the QR code in it: a screenshot PNG (nanopos run --png, a browser screenshot of the\n"
            + "                emulator), a JPEG or BMP photo; any size\n"
            + "  --language L  en (default) or zh: the words of the report and of the self-tests' reasons\n"
            + "  --utc-offset M  minutes to add to UTC for the last settlement's time (default 0: UTC; China: 480)\n"
            + "  --json        the report as JSON (the emulator's GET /api/health shape), nothing else\n"
            + "exit 0 decoded; 2 usage, not a health code, a malformed field, no QR code in the image, no such file; 1 an unreadable file";

        private static int Decode(string[] args, TextWriter output, TextWriter error)
        {
            string image = null;
            string languageName = "en";
            string offsetText = null;
            bool json = false;
            var words = new System.Collections.Generic.List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--image" when value != null:
                        image = value;
                        i++;
                        break;
                    case "--language" when value != null:
                        languageName = value;
                        i++;
                        break;
                    case "--utc-offset" when value != null:
                        offsetText = value;
                        i++;
                        break;
                    case "--json":
                        json = true;
                        break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal))
                        {
                            error.WriteLine($"nanopos health decode: unexpected argument '{args[i]}'. {Usage}");
                            return 2;
                        }

                        words.Add(args[i]);
                        break;
                }
            }

            Language? language = EmulatorHost.ParseLanguage(languageName);
            if (language == null)
            {
                error.WriteLine($"nanopos health decode: unknown language '{languageName}' (en or zh).");
                return 2;
            }

            int offset = 0;
            if (offsetText != null && (!int.TryParse(offsetText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset) || offset < -720 || offset > 840))
            {
                error.WriteLine($"nanopos health decode: --utc-offset must be whole minutes from -720 to 840, not '{offsetText}'.");
                return 2;
            }

            if ((image == null) == (words.Count == 0))
            {
                error.WriteLine($"nanopos health decode: give the health code's text or --image FILE, not both or neither. {Usage}");
                return 2;
            }

            string text;
            string source;
            if (image != null)
            {
                int found = FromImage(image, error, out text);
                if (found != 0)
                {
                    return found;
                }

                source = "the QR code in " + image;
            }
            else
            {
                text = string.Join(" ", words);
                source = null;
            }

            var report = new HealthReport();
            try
            {
                HealthCode.Decode(text, report);
                if (!HasKnownField(text))
                {
                    throw new FormatException("Not a nanoPos health code: after \"" + HealthCode.Prefix + "\" there is no field this version knows (" + KnownFields + ").");
                }
            }
            catch (FormatException e)
            {
                bool notOne = e.Message.StartsWith("Not a nanoPos health code", StringComparison.Ordinal);
                string what = source != null ? source + " says \"" + Shorten(text) + "\": " : notOne ? "\"" + Shorten(text) + "\": " : string.Empty;
                error.WriteLine("nanopos health decode: " + what + (notOne ? e.Message : "the health code is malformed: " + e.Message));
                return 2;
            }

            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(HealthView.From(report, language.Value), s_json));
                return 0;
            }

            output.WriteLine("health code: " + text.Trim());
            if (source != null)
            {
                output.WriteLine("read from " + source);
            }

            output.WriteLine();
            foreach (string line in HealthText.Format(report, language.Value, offset).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                output.WriteLine(line);
            }

            return 0;
        }

        private static int FromImage(string path, TextWriter error, out string text)
        {
            text = null;
            byte[] file;
            try
            {
                file = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                error.WriteLine($"nanopos health decode: no such file: {path}");
                return 2;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                error.WriteLine($"nanopos health decode: cannot read {path}: {e.Message}");
                return 1;
            }

            int width, height;
            try
            {
                text = HealthQrImage.Find(file, out width, out height);
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"nanopos health decode: {path}: {e.Message}");
                return 1;
            }

            if (text == null)
            {
                error.WriteLine($"nanopos health decode: no QR code found in {path} ({width}x{height} pixels). Open the Health QR screen "
                    + "(technician menu, 4) and take the picture again with the whole symbol and its light border in view.");
                return 2;
            }

            return 0;
        }

        private static bool HasKnownField(string text)
        {
            foreach (string field in text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (field != HealthCode.Prefix && KnownFields.IndexOf(field[0]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Shorten(string text)
        {
            string flat = text.Replace('\n', ' ').Replace('\r', ' ').Trim();
            return flat.Length <= 60 ? flat : flat.Substring(0, 57) + "...";
        }
    }
}
