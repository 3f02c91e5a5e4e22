using System;
using System.Collections.Generic;
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

        /// <summary>Runs the command.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            string file = null;
            string profileName = "cup";
            bool bareMessage = false;
            var hexParts = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--file" when value != null:
                        file = value;
                        i++;
                        break;
                    case "--profile" when value != null:
                        profileName = value;
                        i++;
                        break;
                    case "--message":
                        bareMessage = true;
                        break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal))
                        {
                            error.WriteLine($"nanopos decode: unexpected argument '{args[i]}'. {Usage}");
                            return 2;
                        }

                        hexParts.Add(args[i]);
                        break;
                }
            }

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

            foreach (string line in MessagePrinter.Lines(message, profile))
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
