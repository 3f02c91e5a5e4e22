using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NanoPos.HostSim
{
    /// <summary>
    /// A scripted fault plan, as read from a <c>--faults</c> JSON file: an optional seed, the initial maintenance
    /// mode and the rules, first firing rule wins. The schema is strict: an unknown property or fault name is an
    /// error naming where it is (see the README and examples/faults.json).
    /// </summary>
    public sealed class FaultPlan
    {
        private static readonly (string Name, FaultKind Kind)[] KindNames =
        {
            ("noResponse", FaultKind.NoResponse), ("delay", FaultKind.Delay), ("closeBefore", FaultKind.CloseBeforeResponse),
            ("closeAfter", FaultKind.CloseAfterResponse), ("duplicate", FaultKind.Duplicate), ("corrupt", FaultKind.Corrupt),
            ("truncate", FaultKind.Truncate), ("wrongMti", FaultKind.WrongMti), ("answer91", FaultKind.Answer91),
            ("wrongAmount", FaultKind.WrongAmount), ("wrongProcessingCode", FaultKind.WrongProcessingCode), ("wrongTerminal", FaultKind.WrongTerminal),
            ("wrongMerchant", FaultKind.WrongMerchant), ("wrongCurrency", FaultKind.WrongCurrency), ("noAuthCode", FaultKind.NoAuthCode),
            ("noRrn", FaultKind.NoRrn), ("bareAnswer", FaultKind.BareAnswer), ("answerCode", FaultKind.AnswerCode),
            ("badMac", FaultKind.BadMac), ("noMac", FaultKind.NoMac),
        };

        private static readonly (string Name, MaintenanceMode Mode)[] MaintenanceNames =
        {
            ("off", MaintenanceMode.Off), ("answer91", MaintenanceMode.Answer91), ("refuse", MaintenanceMode.RefuseConnections),
        };

        /// <summary>Gets the seed of the random source (null: the <c>--seed</c> option, or 0).</summary>
        public int? Seed { get; init; }

        /// <summary>Gets the maintenance mode the server starts in.</summary>
        public MaintenanceMode Maintenance { get; init; }

        /// <summary>Gets the rules in file order.</summary>
        public IReadOnlyList<FaultRule> Rules { get; init; } = Array.Empty<FaultRule>();

        /// <summary>Gets the JSON name of a fault kind ("noResponse").</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The name.</returns>
        public static string NameOf(FaultKind kind)
        {
            return KindNames.First(k => k.Kind == kind).Name;
        }

        /// <summary>Gets the JSON name of a maintenance mode ("answer91").</summary>
        /// <param name="mode">The mode.</param>
        /// <returns>The name.</returns>
        public static string NameOf(MaintenanceMode mode)
        {
            return MaintenanceNames.First(m => m.Mode == mode).Name;
        }

        /// <summary>Reads a plan file.</summary>
        /// <param name="path">The JSON file.</param>
        /// <returns>The plan.</returns>
        /// <exception cref="FaultPlanFormatException">The file does not follow the schema.</exception>
        public static FaultPlan Load(string path)
        {
            return Parse(File.ReadAllText(path));
        }

        /// <summary>Reads a plan from JSON text (comments and trailing commas are allowed).</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The plan.</returns>
        /// <exception cref="FaultPlanFormatException">The text does not follow the schema.</exception>
        public static FaultPlan Parse(string json)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json ?? string.Empty, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException e)
            {
                throw new FaultPlanFormatException("(document)", "not JSON: " + e.Message, e);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                Expect(root, JsonValueKind.Object, "(document)");
                CheckProperties(root, "(document)", "seed", "maintenance", "rules", "note");
                var rules = new List<FaultRule>();
                if (root.TryGetProperty("rules", out JsonElement list))
                {
                    Expect(list, JsonValueKind.Array, "rules");
                    int index = 0;
                    foreach (JsonElement item in list.EnumerateArray())
                    {
                        rules.Add(ParseRule(item, "rules[" + index + "]"));
                        index++;
                    }
                }

                return new FaultPlan
                {
                    Seed = OptionalInt(root, "seed", "seed", int.MinValue),
                    Maintenance = root.TryGetProperty("maintenance", out JsonElement mode) ? ParseMaintenance(mode, "maintenance") : MaintenanceMode.Off,
                    Rules = rules,
                };
            }
        }

        /// <summary>Reads a maintenance mode name ("off", "answer91", "refuse").</summary>
        /// <param name="name">The name.</param>
        /// <returns>The mode.</returns>
        /// <exception cref="FaultPlanFormatException">The name is not one of the three.</exception>
        public static MaintenanceMode ParseMaintenance(string name)
        {
            foreach ((string Name, MaintenanceMode Mode) known in MaintenanceNames)
            {
                if (known.Name == name)
                {
                    return known.Mode;
                }
            }

            throw new FaultPlanFormatException("maintenance", "'" + name + "' is not a mode; use " + string.Join(", ", MaintenanceNames.Select(m => m.Name)) + ".");
        }

        private static MaintenanceMode ParseMaintenance(JsonElement value, string path)
        {
            Expect(value, JsonValueKind.String, path);
            return ParseMaintenance(value.GetString());
        }

        private static FaultRule ParseRule(JsonElement rule, string path)
        {
            Expect(rule, JsonValueKind.Object, path);
            CheckProperties(rule, path, "match", "probability", "times", "fault", "ms", "bytes", "keep", "mti", "code", "note");
            if (!rule.TryGetProperty("fault", out JsonElement faultName))
            {
                throw new FaultPlanFormatException(path, "\"fault\" is required (" + string.Join(", ", KindNames.Select(k => k.Name)) + ").");
            }

            Expect(faultName, JsonValueKind.String, path + ".fault");
            string name = faultName.GetString();
            (string Name, FaultKind Kind) known = KindNames.FirstOrDefault(k => k.Name == name);
            if (known.Name == null)
            {
                throw new FaultPlanFormatException(path + ".fault", "'" + name + "' is not a fault; use " + string.Join(", ", KindNames.Select(k => k.Name)) + ".");
            }

            double probability = 1.0;
            if (rule.TryGetProperty("probability", out JsonElement p))
            {
                Expect(p, JsonValueKind.Number, path + ".probability");
                probability = p.GetDouble();
                if (probability < 0 || probability > 1)
                {
                    throw new FaultPlanFormatException(path + ".probability", "must be between 0 and 1.");
                }
            }

            int? ms = OptionalInt(rule, "ms", path + ".ms", 0);
            if (known.Kind == FaultKind.Delay && !ms.HasValue)
            {
                throw new FaultPlanFormatException(path, "a delay needs \"ms\" (milliseconds).");
            }

            string code = ParseCode(rule, path, known.Kind);
            return new FaultRule
            {
                Match = rule.TryGetProperty("match", out JsonElement match) ? ParseMatch(match, path + ".match") : null,
                Probability = probability,
                Times = OptionalInt(rule, "times", path + ".times", 1),
                Kind = known.Kind,
                DelayMs = ms ?? 0,
                Bytes = OptionalInt(rule, "bytes", path + ".bytes", 1) ?? 1,
                Keep = OptionalInt(rule, "keep", path + ".keep", 0),
                Mti = OptionalInt(rule, "mti", path + ".mti", 0),
                Code = code,
                Note = OptionalString(rule, "note", path + ".note"),
            };
        }

        /// <summary>Reads "code": required by answerCode (two letters or digits, as field 39 is an2), refused on any other fault.</summary>
        private static string ParseCode(JsonElement rule, string path, FaultKind kind)
        {
            string code = OptionalString(rule, "code", path + ".code");
            if (kind != FaultKind.AnswerCode)
            {
                return code == null ? null : throw new FaultPlanFormatException(path + ".code", "\"code\" belongs to the fault answerCode only.");
            }

            if (code == null)
            {
                throw new FaultPlanFormatException(path, "an answerCode needs \"code\" (the two-character response code to send, e.g. \"98\", \"A0\", \"96\").");
            }

            if (!IsResponseCode(code))
            {
                throw new FaultPlanFormatException(path + ".code", "'" + code + "' is not a response code: two letters or digits, e.g. \"98\" or \"A0\".");
            }

            return code;
        }

        /// <summary>Tells whether a text can be field 39: exactly two ASCII letters or digits.</summary>
        /// <param name="code">The text.</param>
        /// <returns>True when it can.</returns>
        public static bool IsResponseCode(string code)
        {
            return code != null && code.Length == 2 && code.All(char.IsAsciiLetterOrDigit);
        }

        private static FaultMatch ParseMatch(JsonElement match, string path)
        {
            Expect(match, JsonValueKind.Object, path);
            CheckProperties(match, path, "mti", "processingCode", "terminalId", "stan", "amountEndsWith", "panEndsWith", "nth");
            return new FaultMatch
            {
                Mti = OptionalInt(match, "mti", path + ".mti", 0),
                ProcessingCode = OptionalString(match, "processingCode", path + ".processingCode"),
                TerminalId = OptionalString(match, "terminalId", path + ".terminalId"),
                Stan = OptionalString(match, "stan", path + ".stan"),
                AmountEndsWith = OptionalString(match, "amountEndsWith", path + ".amountEndsWith"),
                PanEndsWith = OptionalString(match, "panEndsWith", path + ".panEndsWith"),
                Nth = OptionalInt(match, "nth", path + ".nth", 1),
            };
        }

        private static void CheckProperties(JsonElement element, string path, params string[] known)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (Array.IndexOf(known, property.Name) < 0)
                {
                    throw new FaultPlanFormatException(path, "unknown property \"" + property.Name + "\"; known: " + string.Join(", ", known) + ".");
                }
            }
        }

        private static void Expect(JsonElement element, JsonValueKind kind, string path)
        {
            if (element.ValueKind != kind)
            {
                throw new FaultPlanFormatException(path, "expected " + kind.ToString().ToLowerInvariant() + ", found " + element.ValueKind.ToString().ToLowerInvariant() + ".");
            }
        }

        private static int? OptionalInt(JsonElement parent, string name, string path, int minimum)
        {
            if (!parent.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number) || number < minimum)
            {
                throw new FaultPlanFormatException(path, "expected a whole number of at least " + minimum + ".");
            }

            return number;
        }

        private static string OptionalString(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            Expect(value, JsonValueKind.String, path);
            return value.GetString();
        }
    }
}
