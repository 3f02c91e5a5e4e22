using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos decode HEX… | --file F [--profile cup|ascii] [--message]</c>: prints a frame field by
    /// field, every value masked by <see cref="MessagePrinter"/>, or the typed error (reason, field, byte
    /// offset). Exit 0 decoded, 1 not a valid frame, 2 bad usage or text that is not hex.
    /// </summary>
    public static class DecodeCommand
    {
        private const string Usage = "usage: nanopos decode HEX... | --file F [--profile cup|ascii] [--message]";

        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            var hex = new Argument<string[]>("HEX") { Description = "The frame in hex; spaces between the digits are allowed.", Arity = ArgumentArity.ZeroOrMore };
            hex.Validators.Add(result =>
            {
                // An unknown option would otherwise be read as hex.
                foreach (System.CommandLine.Parsing.Token token in result.Tokens)
                {
                    if (token.Value.StartsWith("--", StringComparison.Ordinal))
                    {
                        result.AddError("unknown option '" + token.Value + "'");
                    }
                }
            });
            Option<string> file = CliOption.Text("--file", "F", "A file with the frame: hex text (spaces and line breaks allowed) or raw bytes.");
            Option<string> profile = CliOption.Choice("--profile", "The message profile: CUP terminal (binary) or plain ASCII 1987.", "cup", "cup", "ascii");
            Option<bool> message = CliOption.Flag("--message", "A bare message, without length header and TPDU.");
            var verb = new VerbCommand(
                "decode",
                "HEX... | --file F [--profile cup|ascii] [--message]",
                "Print an ISO 8583 frame field by field, masked, or its typed error (reason, field, byte offset).\n\n"
                + "Exit 0 decoded, 1 not a valid frame, 2 bad usage or text that is not hex.")
            {
                hex, file, profile, message,
            };
            verb.SetAction(parsed => Run(parsed.GetValue(file), parsed.GetValue(profile), parsed.GetValue(message), new List<string>(parsed.GetValue(hex) ?? Array.Empty<string>()), context.Output, context.Error));
            return verb;
        }

        private static int Run(string file, string profileName, bool bareMessage, List<string> hexParts, TextWriter output, TextWriter error)
        {
            MessageProfile profile = profileName switch
            {
                "cup" => CupTerminalProfile.Instance,
                "ascii" => Ascii1987Profile.Instance,
                _ => null,
            };
            if (profile == null || (file == null) == (hexParts.Count == 0))
            {
                error.WriteLine(profile == null ? $"nanopos decode: unknown profile '{profileName}' (cup or ascii)." : $"nanopos decode: give the hex or --file, not both or neither. {Usage}");
                return 2;
            }

            byte[] data;
            try
            {
                data = file != null ? ReadFile(file) : Hex.Parse(string.Join(" ", hexParts));
            }
            catch (Exception e) when (e is FormatException || e is IOException || e is UnauthorizedAccessException)
            {
                error.WriteLine($"nanopos decode: {e.Message}");
                return 2;
            }

            return Decode(data, profile, bareMessage, output);
        }

        private static int Decode(byte[] data, MessageProfile profile, bool bareMessage, TextWriter output)
        {
            var message = new IsoMessage();
            try
            {
                if (bareMessage)
                {
                    output.WriteLine($"message {data.Length} bytes, profile {profile.Name}");
                    new MessageCodec(profile).Unpack(data, 0, data.Length, message);
                }
                else
                {
                    var codec = new FrameCodec(profile);
                    output.WriteLine(FrameLine(codec, profile, data));
                    codec.Unpack(data, 0, data.Length, message, null);
                }
            }
            catch (IsoFormatException e)
            {
                output.WriteLine("error   " + MessagePrinter.Describe(e, profile));
                return 1;
            }

            string[] lines = MessagePrinter.Lines(message, profile);
            int at = 2;
            for (int f = 2; f <= 128; f++)
            {
                if (!message.Has(f))
                {
                    continue;
                }

                // Amounts (transaction, settlement, cardholder billing) are minor units: say what they are in money.
                string value = f >= 4 && f <= 6 ? message.GetString(f) : null;
                if (value != null && Money.FromField(value) != value)
                {
                    lines[at] += " (" + Money.FromField(value) + ")";
                }

                at++;
            }

            foreach (string line in lines)
            {
                output.WriteLine(line);
            }

            return 0;
        }

        private static string FrameLine(FrameCodec codec, MessageProfile profile, byte[] data)
        {
            string line = $"frame   {data.Length} bytes, profile {profile.Name}";
            if (data.Length < codec.HeaderLength)
            {
                return line;
            }

            string header = profile.LengthHeader == LengthHeader.TwoByteBinary ? Hex.ToHex(data, 0, 2) : new string(data.Take(4).Select(b => (char)b).ToArray());
            line += $": length header {header}";
            try
            {
                line += $" ({codec.ReadLength(data, 0)} bytes follow)";
            }
            catch (IsoFormatException)
            {
                line += " (not a number)";
            }

            if (profile.TpduLength == 0)
            {
                return line + ", no TPDU";
            }

            if (data.Length < codec.HeaderLength + profile.TpduLength)
            {
                return line;
            }

            int at = codec.HeaderLength;
            line += $", TPDU {Hex.ToHex(data, at, profile.TpduLength)}";
            return profile.TpduLength == Tpdu.Length
                ? line + $" (ID {data[at]:X2}, destination {Tpdu.GetDestination(data, at):X4}, source {Tpdu.GetSource(data, at):X4})"
                : line;
        }

        // A file holding hex text (spaces and line breaks allowed) is parsed; any other file is taken as raw bytes.
        private static byte[] ReadFile(string path)
        {
            byte[] raw = File.ReadAllBytes(path);
            bool text = raw.Length > 0 && raw.All(b => Uri.IsHexDigit((char)b) || b == ' ' || b == '\t' || b == '\r' || b == '\n');
            return text ? Hex.Parse(System.Text.Encoding.ASCII.GetString(raw)) : raw;
        }
    }
}
