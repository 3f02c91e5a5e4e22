using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Writes C# reference stubs (signatures with <c>throw null</c> bodies) for one profiled assembly.
    /// </summary>
    /// <remarks>
    /// The stubs are compiled metadata-only, so bodies never matter; what matters is that every public
    /// and protected type and member of the profile exists with its exact signature, and that nothing
    /// else does: a name the device lacks must fail to bind in the checked code.
    /// </remarks>
    public sealed class StubWriter
    {
        private readonly StringBuilder _out = new StringBuilder(64 * 1024);
        private readonly HashSet<string> _enumTypes;
        private readonly StubMemberWriter _members;

        /// <summary>Creates a writer that knows which type names are enums (for casting constant values).</summary>
        public StubWriter(HashSet<string> enumTypes)
        {
            _enumTypes = enumTypes;
            _members = new StubMemberWriter(_out, enumTypes);
        }

        /// <summary>Returns the C# source of the stubs for one profile document.</summary>
        public string Write(JsonElement assembly)
        {
            _out.Clear();
            _out.AppendLine("// Generated from the nanoFramework API profile. Signatures only.");
            _out.AppendLine("#pragma warning disable");
            string name = assembly.GetProperty("assembly").GetString();
            _out.Append("[assembly: global::System.Reflection.AssemblyVersion(\"")
                .Append(assembly.GetProperty("assemblyVersion").GetString()).AppendLine("\")]");

            var byNamespace = new SortedDictionary<string, List<JsonElement>>(System.StringComparer.Ordinal);
            foreach (JsonElement type in assembly.GetProperty("types").EnumerateArray())
            {
                string ns = Str(type, "namespace") ?? string.Empty;
                if (!byNamespace.TryGetValue(ns, out List<JsonElement> list))
                {
                    byNamespace[ns] = list = new List<JsonElement>();
                }

                list.Add(type);
            }

            foreach (KeyValuePair<string, List<JsonElement>> group in byNamespace)
            {
                bool hasNamespace = group.Key.Length > 0;
                if (hasNamespace)
                {
                    _out.Append("namespace ").Append(group.Key).AppendLine(" {");
                }

                foreach (JsonElement type in group.Value)
                {
                    WriteType(type, nested: false);
                }

                if (hasNamespace)
                {
                    _out.AppendLine("}");
                }
            }

            return _out.ToString();
        }

        private void WriteType(JsonElement type, bool nested)
        {
            string kind = Str(type, "kind");
            string name = Str(type, "name");
            string fullName = Str(type, "fullName");
            WriteTypeAttributes(type);

            _out.Append(nested ? Str(type, "access") ?? "public" : "public").Append(' ');
            if (kind == "delegate")
            {
                JsonElement invoke = type.GetProperty("invoke");
                _out.Append("unsafe delegate ").Append(StubTypeNames.Qualify(Str(invoke, "returnType")))
                    .Append(' ').Append(name);
                _members.WriteGenericParameters(type);
                _members.WriteParameters(invoke);
                _members.WriteConstraints(type);
                _out.AppendLine(";");
                return;
            }

            if (kind == "enum")
            {
                _out.Append("enum ").Append(name).Append(" : ").Append(Str(type, "underlyingType") ?? "int").AppendLine(" {");
                if (type.TryGetProperty("values", out JsonElement values))
                {
                    foreach (JsonElement v in values.EnumerateArray())
                    {
                        _out.Append(StubTypeNames.Identifier(Str(v, "name"))).Append(" = unchecked((")
                            .Append(Str(type, "underlyingType") ?? "int").Append(")(")
                            .Append(v.GetProperty("value").GetRawText()).AppendLine(")),");
                    }
                }

                _out.AppendLine("}");
                return;
            }

            List<string> modifiers = StrList(type, "modifiers");
            bool isStatic = modifiers.Contains("static");
            _out.Append("unsafe ");
            if (kind == "class")
            {
                if (isStatic)
                {
                    _out.Append("static ");
                }
                else if (modifiers.Contains("abstract"))
                {
                    _out.Append("abstract ");
                }
                else if (modifiers.Contains("sealed"))
                {
                    _out.Append("sealed ");
                }
            }
            else if (kind == "struct")
            {
                if (modifiers.Contains("readonly"))
                {
                    _out.Append("readonly ");
                }

                if (modifiers.Contains("ref"))
                {
                    _out.Append("ref ");
                }
            }

            _out.Append(kind).Append(' ').Append(name);
            _members.WriteGenericParameters(type);

            var bases = new List<string>();
            string baseType = Str(type, "baseType");
            if (kind == "class" && baseType != null && !IsImplicitBase(fullName))
            {
                bases.Add(StubTypeNames.Qualify(baseType));
            }

            foreach (string iface in StrList(type, "interfaces"))
            {
                bases.Add(StubTypeNames.Qualify(iface));
            }

            if (bases.Count > 0)
            {
                _out.Append(" : ").Append(string.Join(", ", bases));
            }

            _members.WriteConstraints(type);
            _out.AppendLine(" {");
            _members.WriteMembers(type, kind, isStatic);

            if (type.TryGetProperty("nestedTypes", out JsonElement nestedTypes))
            {
                foreach (JsonElement nestedType in nestedTypes.EnumerateArray())
                {
                    WriteType(nestedType, nested: true);
                }
            }

            _out.AppendLine("}");
        }

        private static bool IsImplicitBase(string fullName)
        {
            // System.Object has no base; the compiler derives these special types itself.
            return fullName == "System.Object";
        }

        private void WriteTypeAttributes(JsonElement type)
        {
            if (!type.TryGetProperty("attributes", out JsonElement attributes))
            {
                return;
            }

            foreach (JsonElement attribute in attributes.EnumerateArray())
            {
                string attributeType = Str(attribute, "type");

                // The compiler emits DefaultMember itself for types with indexers and rejects it written by hand.
                if (attributeType == "System.Reflection.DefaultMemberAttribute")
                {
                    continue;
                }

                _members.WriteAttribute(attribute);
            }
        }

        internal static string Str(JsonElement e, string name)
        {
            return e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }

        internal static List<string> StrList(JsonElement e, string name)
        {
            var list = new List<string>();
            if (e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in v.EnumerateArray())
                {
                    list.Add(item.GetString());
                }
            }

            return list;
        }
    }
}
