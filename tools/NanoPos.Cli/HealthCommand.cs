using System;
using System.Collections.Generic;
using System.CommandLine;
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

        /// <summary>Builds the verb and its <c>decode</c>.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var words = new Argument<string[]>("TEXT")
            {
                Description = "The text a scanner read from the technician's Health QR screen (\"NPH1 T... F... Z...\"; quoted or not).",
                Arity = ArgumentArity.ZeroOrMore,
            };
            words.Validators.Add(result =>
            {
                foreach (System.CommandLine.Parsing.Token token in result.Tokens)
                {
                    if (token.Value.StartsWith("--", StringComparison.Ordinal))
                    {
                        result.AddError("unknown option '" + token.Value + "'");
                    }
                }
            });
            Option<string> image = CliOption.Text("--image", "FILE", "A picture with the QR code in it: a screenshot PNG (nanopos run --png, a browser screenshot of the emulator), a JPEG or BMP photo; any size.");
            Option<Language> language = CliOption.Language("The words of the report and of the self-tests' reasons.");
            Option<int> offset = CliOption.Number("--utc-offset", "MINUTES", "Minutes to add to UTC for the last settlement's time (0: UTC; China: 480).", 0, -720, 840);
            Option<bool> json = CliOption.Flag("--json", "The report as JSON (the emulator's GET /api/health shape), nothing else.");
            var decode = new VerbCommand(
                "decode",
                "TEXT... | --image FILE [--language en|zh] [--utc-offset MINUTES] [--json]",
                "Read a terminal's health code, as text or as the QR code in a picture, and print the report.\n\n"
                + "Exit 0 decoded; 2 usage, not a health code, a malformed field, no QR code in the image, no such file; 1 an unreadable file.")
            {
                words, image, language, offset, json,
            };
            decode.SetAction(parsed => Decode(new List<string>(parsed.GetValue(words) ?? Array.Empty<string>()), parsed.GetValue(image), parsed.GetValue(language), parsed.GetValue(offset), parsed.GetValue(json), context.Output, context.Error));
            var verb = new VerbCommand(
                "health",
                "decode TEXT... | --image FILE [--language en|zh] [--utc-offset MINUTES] [--json]",
                "Read a terminal's health code (the technician's Health QR screen): the text a scanner shows, or the QR code in a "
                + "screenshot or photo; print the report (--json: as JSON).")
            {
                decode,
            };
            return verb;
        }

        private static int Decode(List<string> words, string image, Language language, int offset, bool json, TextWriter output, TextWriter error)
        {
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
                output.WriteLine(JsonSerializer.Serialize(HealthView.From(report, language), s_json));
                return 0;
            }

            output.WriteLine("health code: " + text.Trim());
            if (source != null)
            {
                output.WriteLine("read from " + source);
            }

            output.WriteLine();
            foreach (string line in HealthText.Format(report, language, offset).Split('\n', StringSplitOptions.RemoveEmptyEntries))
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
