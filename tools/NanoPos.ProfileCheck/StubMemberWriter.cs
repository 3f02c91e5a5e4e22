using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Writes the members of one stub type: fields, constructors, properties, events and methods.
    /// </summary>
    internal sealed class StubMemberWriter
    {
        private const string Body = " => throw null;";

        private static readonly Dictionary<string, string> Operators = new Dictionary<string, string>
        {
            ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_Addition"] = "+", ["op_Subtraction"] = "-",
            ["op_Multiply"] = "*", ["op_Division"] = "/", ["op_Modulus"] = "%", ["op_LessThan"] = "<",
            ["op_GreaterThan"] = ">", ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=",
            ["op_UnaryNegation"] = "-", ["op_UnaryPlus"] = "+", ["op_Increment"] = "++", ["op_Decrement"] = "--",
            ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^", ["op_OnesComplement"] = "~",
            ["op_LogicalNot"] = "!", ["op_LeftShift"] = "<<", ["op_RightShift"] = ">>", ["op_True"] = "true",
            ["op_False"] = "false",
        };

        private readonly StringBuilder _out;
        private readonly HashSet<string> _enumTypes;

        internal StubMemberWriter(StringBuilder output, HashSet<string> enumTypes)
        {
            _out = output;
            _enumTypes = enumTypes;
        }

        internal void WriteMembers(JsonElement type, string kind, bool staticClass)
        {
            bool readonlyStruct = kind == "struct" && StubWriter.StrList(type, "modifiers").Contains("readonly");
            bool isInterface = kind == "interface";
            bool hasConstructor = false;
            string typeName = StubWriter.Str(type, "name");
            if (!type.TryGetProperty("members", out JsonElement members))
            {
                members = default;
            }

            int privateField = 0;
            if (members.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement m in members.EnumerateArray())
                {
                    switch (StubWriter.Str(m, "kind"))
                    {
                        case "field":
                            WriteField(m, readonlyStruct, ref privateField);
                            break;
                        case "constructor":
                            hasConstructor = true;
                            WriteConstructor(m, typeName);
                            break;
                        case "property":
                            WriteProperty(m, isInterface);
                            break;
                        case "event":
                            WriteEvent(m, isInterface);
                            break;
                        case "method":
                            WriteMethod(m, typeName, isInterface);
                            break;
                    }
                }
            }

            // Without a listed constructor the real type has none that user code can call; stop the
            // compiler from adding a public default one.
            if (kind == "class" && !staticClass && !hasConstructor)
            {
                _out.Append("internal ").Append(typeName).AppendLine("() { }");
            }
        }

        private void WriteField(JsonElement m, bool readonlyStruct, ref int privateField)
        {
            string type = StubTypeNames.Qualify(StubWriter.Str(m, "type"));
            string name = StubWriter.Str(m, "name");
            string access = StubWriter.Str(m, "access") ?? "public";
            if (access == "private")
            {
                // Non-public struct fields matter only for layout and definite assignment; their names do not.
                _out.Append(readonlyStruct || Bool(m, "readonly") ? "private readonly " : "private ").Append(type).Append(" __field").Append(privateField++).AppendLine(";");
                return;
            }

            _out.Append(access).Append(' ');
            if (Bool(m, "const"))
            {
                string rawType = StubWriter.Str(m, "type");
                _out.Append("const ").Append(type).Append(' ').Append(StubTypeNames.Identifier(name)).Append(" = ")
                    .Append(StubTypeNames.Constant(m.GetProperty("value"), rawType, _enumTypes.Contains(rawType)))
                    .AppendLine(";");
                return;
            }

            if (Bool(m, "static"))
            {
                _out.Append("static ");
            }

            if (Bool(m, "readonly"))
            {
                _out.Append("readonly ");
            }

            _out.Append(type).Append(' ').Append(StubTypeNames.Identifier(name)).AppendLine(";");
        }

        private void WriteConstructor(JsonElement m, string typeName)
        {
            _out.Append(StubWriter.Str(m, "access") ?? "public").Append(' ').Append(typeName);
            WriteParameters(m);
            _out.AppendLine(" { throw null; }");
        }

        private void WriteProperty(JsonElement m, bool isInterface)
        {
            string get = StubWriter.Str(m, "get");
            string set = StubWriter.Str(m, "set");
            string explicitInterface = StubWriter.Str(m, "explicitInterface");
            bool indexer = Bool(m, "indexer");
            string name = StubWriter.Str(m, "name");
            if (indexer && name != "Item" && explicitInterface == null)
            {
                _out.Append("[global::System.Runtime.CompilerServices.IndexerName(").Append(StubTypeNames.Literal(name)).AppendLine(")]");
            }

            string access = Wider(get, set);
            bool isAbstract = StubWriter.StrList(m, "modifiers").Contains("abstract");
            if (!isInterface && explicitInterface == null)
            {
                _out.Append(access).Append(' ');
                WriteModifiers(m);
            }

            _out.Append(StubTypeNames.Qualify(StubWriter.Str(m, "type"))).Append(' ');
            if (explicitInterface != null)
            {
                _out.Append(StubTypeNames.Qualify(explicitInterface)).Append('.');
            }

            if (indexer)
            {
                _out.Append("this");
                WriteParameters(m, '[', ']');
            }
            else
            {
                _out.Append(StubTypeNames.Identifier(name));
            }

            bool noBody = isInterface || isAbstract;
            _out.Append(" { ");
            WriteAccessor("get", get, access, explicitInterface != null || isInterface, noBody);
            WriteAccessor("set", set, access, explicitInterface != null || isInterface, noBody);
            _out.AppendLine("}");
        }

        private void WriteAccessor(string keyword, string access, string propertyAccess, bool noModifier, bool noBody)
        {
            if (access == null)
            {
                return;
            }

            if (!noModifier && access != propertyAccess)
            {
                _out.Append(access).Append(' ');
            }

            _out.Append(keyword).Append(noBody ? "; " : Body + " ");
        }

        private void WriteEvent(JsonElement m, bool isInterface)
        {
            string explicitInterface = StubWriter.Str(m, "explicitInterface");
            bool isAbstract = StubWriter.StrList(m, "modifiers").Contains("abstract");
            if (!isInterface && explicitInterface == null)
            {
                _out.Append(StubWriter.Str(m, "access") ?? "public").Append(' ');
                WriteModifiers(m);
            }

            _out.Append("event ").Append(StubTypeNames.Qualify(StubWriter.Str(m, "type"))).Append(' ');
            if (explicitInterface != null)
            {
                _out.Append(StubTypeNames.Qualify(explicitInterface)).Append('.');
            }

            _out.Append(StubTypeNames.Identifier(StubWriter.Str(m, "name")));
            _out.AppendLine(isInterface || isAbstract ? ";" : " { add { } remove { } }");
        }

        private void WriteMethod(JsonElement m, string typeName, bool isInterface)
        {
            string name = StubWriter.Str(m, "name");
            string returnType = StubTypeNames.Qualify(StubWriter.Str(m, "returnType"));
            string explicitInterface = StubWriter.Str(m, "explicitInterface");
            List<string> modifiers = StubWriter.StrList(m, "modifiers");
            WriteMemberAttributes(m);

            if (name == "Finalize" && modifiers.Contains("override") && ParameterCount(m) == 0)
            {
                _out.Append('~').Append(typeName).AppendLine("() { }");
                return;
            }

            if (Bool(m, "operator") && explicitInterface == null)
            {
                _out.Append("public static ");
                if (name == "op_Implicit" || name == "op_Explicit")
                {
                    _out.Append(name == "op_Implicit" ? "implicit" : "explicit").Append(" operator ").Append(returnType);
                }
                else
                {
                    _out.Append(returnType).Append(" operator ").Append(Operators[name]);
                }

                WriteParameters(m);
                _out.AppendLine(Body);
                return;
            }

            if (!isInterface && explicitInterface == null)
            {
                _out.Append(StubWriter.Str(m, "access") ?? "public").Append(' ');
                WriteModifiers(m);
            }

            if (Bool(m, "returnRef"))
            {
                _out.Append("ref ");
            }

            _out.Append(returnType).Append(' ');
            if (explicitInterface != null)
            {
                _out.Append(StubTypeNames.Qualify(explicitInterface)).Append('.');
            }

            _out.Append(StubTypeNames.Identifier(name));
            WriteGenericParameters(m);
            WriteParameters(m, '(', ')', Bool(m, "extension"));
            WriteConstraints(m);
            _out.AppendLine(isInterface || modifiers.Contains("abstract") ? ";" : Body);
        }

        private void WriteModifiers(JsonElement m)
        {
            List<string> modifiers = StubWriter.StrList(m, "modifiers");
            foreach (string modifier in new[] { "static", "abstract", "sealed", "override", "virtual" })
            {
                if (modifiers.Contains(modifier))
                {
                    _out.Append(modifier).Append(' ');
                }
            }
        }

        internal void WriteParameters(JsonElement m)
        {
            WriteParameters(m, '(', ')', false);
        }

        private void WriteParameters(JsonElement m, char open, char close, bool extension = false)
        {
            _out.Append(open);
            if (m.TryGetProperty("parameters", out JsonElement parameters))
            {
                bool first = true;
                foreach (JsonElement p in parameters.EnumerateArray())
                {
                    if (!first)
                    {
                        _out.Append(", ");
                    }

                    if (first && extension)
                    {
                        _out.Append("this ");
                    }

                    first = false;
                    string modifier = StubWriter.Str(p, "modifier");
                    if (modifier != null)
                    {
                        _out.Append(modifier).Append(' ');
                    }

                    string rawType = StubWriter.Str(p, "type");
                    _out.Append(StubTypeNames.Qualify(rawType)).Append(' ').Append(StubTypeNames.Identifier(StubWriter.Str(p, "name")));
                    if (p.TryGetProperty("default", out JsonElement defaultValue))
                    {
                        _out.Append(" = ").Append(StubTypeNames.Constant(defaultValue, rawType, _enumTypes.Contains(rawType)));
                    }
                }
            }

            _out.Append(close);
        }

        internal void WriteGenericParameters(JsonElement m)
        {
            if (!m.TryGetProperty("genericParameters", out JsonElement generics) || generics.GetArrayLength() == 0)
            {
                return;
            }

            _out.Append('<');
            bool first = true;
            foreach (JsonElement g in generics.EnumerateArray())
            {
                if (!first)
                {
                    _out.Append(", ");
                }

                first = false;
                string variance = StubWriter.Str(g, "variance");
                if (variance != null)
                {
                    _out.Append(variance).Append(' ');
                }

                _out.Append(StubWriter.Str(g, "name"));
            }

            _out.Append('>');
        }

        internal void WriteConstraints(JsonElement m)
        {
            if (!m.TryGetProperty("genericParameters", out JsonElement generics))
            {
                return;
            }

            foreach (JsonElement g in generics.EnumerateArray())
            {
                List<string> constraints = StubWriter.StrList(g, "constraints");
                if (constraints.Count == 0)
                {
                    continue;
                }

                // C# wants class/struct first and new() last.
                constraints.Sort((a, b) => Rank(a).CompareTo(Rank(b)));
                _out.Append(" where ").Append(StubWriter.Str(g, "name")).Append(" : ");
                for (int i = 0; i < constraints.Count; i++)
                {
                    _out.Append(i == 0 ? string.Empty : ", ").Append(constraints[i] == "class" || constraints[i] == "struct" || constraints[i] == "new()"
                        ? constraints[i]
                        : StubTypeNames.Qualify(constraints[i]));
                }
            }
        }

        private static int Rank(string constraint)
        {
            return constraint == "class" || constraint == "struct" ? 0 : constraint == "new()" ? 2 : 1;
        }

        private void WriteMemberAttributes(JsonElement m)
        {
            if (m.TryGetProperty("attributes", out JsonElement attributes))
            {
                foreach (JsonElement attribute in attributes.EnumerateArray())
                {
                    WriteAttribute(attribute);
                }
            }
        }

        internal void WriteAttribute(JsonElement attribute)
        {
            string type = StubWriter.Str(attribute, "type");
            _out.Append('[').Append(StubTypeNames.Qualify(type)).Append('(');
            bool first = true;
            if (attribute.TryGetProperty("args", out JsonElement args))
            {
                foreach (JsonElement arg in args.EnumerateArray())
                {
                    _out.Append(first ? string.Empty : ", ");
                    first = false;
                    string argType = StubWriter.Str(arg, "type");
                    _out.Append(StubTypeNames.Constant(arg.GetProperty("value"), argType, _enumTypes.Contains(argType)));
                }
            }

            if (attribute.TryGetProperty("named", out JsonElement named))
            {
                foreach (JsonProperty prop in named.EnumerateObject())
                {
                    _out.Append(first ? string.Empty : ", ");
                    first = false;
                    string argType = StubWriter.Str(prop.Value, "type");
                    _out.Append(prop.Name).Append(" = ")
                        .Append(StubTypeNames.Constant(prop.Value.GetProperty("value"), argType, _enumTypes.Contains(argType)));
                }
            }

            _out.AppendLine(")]");
        }

        private static string Wider(string a, string b)
        {
            if (a == "public" || b == "public")
            {
                return "public";
            }

            return a ?? b ?? "public";
        }

        private static int ParameterCount(JsonElement m)
        {
            return m.TryGetProperty("parameters", out JsonElement p) ? p.GetArrayLength() : 0;
        }

        private static bool Bool(JsonElement e, string name)
        {
            return e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.True;
        }
    }
}
