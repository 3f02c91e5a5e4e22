using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace NanoPos.TestBridge.Tests
{
    /// <summary>
    /// Renders the public API of a type, from the nanoFramework profile JSON or from reflection, as
    /// one canonical line per type and per member, so that both sides can be compared as sets.
    /// </summary>
    internal static class ApiSurface
    {
        internal const string ProfilePath = "tools/nanoframework-profile/nanoFramework.TestFramework.json";

        // Attributes the profile keeps (see tools/nanoframework-profile/README.md).
        private static readonly string[] TypeAttributes =
        {
            "System.FlagsAttribute", "System.AttributeUsageAttribute", "System.ObsoleteAttribute",
            "System.Reflection.DefaultMemberAttribute", "System.Diagnostics.ConditionalAttribute",
        };

        private static readonly string[] MemberAttributes = { "System.ObsoleteAttribute", "System.Diagnostics.ConditionalAttribute" };

        private static readonly Dictionary<Type, string> Keywords = new Dictionary<Type, string>
        {
            [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte",
            [typeof(char)] = "char", [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int",
            [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float",
            [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
        };

        internal static string FindRepoRoot()
        {
            for (DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "nanoPos.sln")) || File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("No folder with nanoPos.sln or Directory.Build.props above " + AppContext.BaseDirectory);
        }

        internal static JsonDocument LoadProfile()
        {
            return JsonDocument.Parse(File.ReadAllText(Path.Combine(FindRepoRoot(), ProfilePath)));
        }

        // ---- profile side ------------------------------------------------------------------

        internal static string ProfileType(JsonElement type, ISet<string> ignoredInterfaces)
        {
            IEnumerable<string> interfaces = Strings(type, "interfaces").Where(i => !ignoredInterfaces.Contains(i));
            return "type " + Get(type, "kind") + " " + Get(type, "fullName")
                + " modifiers[" + string.Join(" ", Strings(type, "modifiers").OrderBy(m => m, StringComparer.Ordinal)) + "]"
                + " base[" + Get(type, "baseType") + "]"
                + " interfaces[" + string.Join(", ", interfaces.OrderBy(i => i, StringComparer.Ordinal)) + "]"
                + ProfileAttributes(type);
        }

        internal static IEnumerable<string> ProfileMembers(JsonElement type)
        {
            if (!type.TryGetProperty("members", out JsonElement members))
            {
                yield break;
            }

            foreach (JsonElement member in members.EnumerateArray())
            {
                // Properties carry the accessibility per accessor (get/set) instead of "access".
                string access = Get(member, "access");
                if (Get(member, "kind") != "property" && access != "public" && access != "protected" && !member.TryGetProperty("explicitInterface", out _))
                {
                    continue;
                }

                string modifiers = string.Join(" ", Strings(member, "modifiers").OrderBy(m => m, StringComparer.Ordinal));
                switch (Get(member, "kind"))
                {
                    case "constructor":
                        yield return access + " .ctor(" + ProfileParameters(member) + ")" + ProfileAttributes(member);
                        break;
                    case "method":
                        yield return access + " method [" + modifiers + "] " + Get(member, "returnType") + " " + Get(member, "name")
                            + "(" + ProfileParameters(member) + ")"
                            + (Flag(member, "extension") ? " extension" : string.Empty)
                            + ProfileAttributes(member);
                        break;
                    case "property":
                        yield return "property [" + modifiers + "] " + Get(member, "type") + " " + Get(member, "name")
                            + (Flag(member, "indexer") ? "[" + ProfileParameters(member) + "]" : string.Empty)
                            + " get:" + Get(member, "get") + " set:" + Get(member, "set") + ProfileAttributes(member);
                        break;
                    case "field":
                        yield return access + " field " + (Flag(member, "static") ? "static " : string.Empty)
                            + (Flag(member, "readonly") ? "readonly " : string.Empty) + (Flag(member, "const") ? "const " : string.Empty)
                            + Get(member, "type") + " " + Get(member, "name")
                            + (member.TryGetProperty("value", out JsonElement value) ? " = " + Value(value) : string.Empty)
                            + ProfileAttributes(member);
                        break;
                    case "event":
                        yield return access + " event [" + modifiers + "] " + Get(member, "type") + " " + Get(member, "name") + ProfileAttributes(member);
                        break;
                    default:
                        yield return "unknown member kind " + member.GetRawText();
                        break;
                }
            }
        }

        private static string ProfileParameters(JsonElement member)
        {
            if (!member.TryGetProperty("parameters", out JsonElement parameters))
            {
                return string.Empty;
            }

            return string.Join(", ", parameters.EnumerateArray().Select(p =>
            {
                string modifier = Get(p, "modifier");
                return (modifier.Length > 0 ? modifier + " " : string.Empty) + Get(p, "type") + " " + Get(p, "name")
                    + (p.TryGetProperty("default", out JsonElement value) ? " = " + Value(value) : string.Empty)
                    + (Flag(p, "optional") ? " optional" : string.Empty);
            }));
        }

        private static string ProfileAttributes(JsonElement element)
        {
            if (!element.TryGetProperty("attributes", out JsonElement attributes))
            {
                return string.Empty;
            }

            IEnumerable<string> rendered = attributes.EnumerateArray().Select(a =>
            {
                IEnumerable<string> args = a.TryGetProperty("args", out JsonElement list)
                    ? list.EnumerateArray().Select(x => Value(x.GetProperty("value")))
                    : Enumerable.Empty<string>();
                IEnumerable<string> named = a.TryGetProperty("named", out JsonElement map)
                    ? map.EnumerateObject().Select(n => n.Name + "=" + Value(n.Value.GetProperty("value")))
                    : Enumerable.Empty<string>();
                return Attribute(Get(a, "type"), args, named);
            });
            return string.Concat(rendered.OrderBy(r => r, StringComparer.Ordinal));
        }

        // ---- reflection side ----------------------------------------------------------------

        internal static string ReflectedType(Type type, ISet<string> ignoredInterfaces)
        {
            string kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface"
                : typeof(MulticastDelegate).IsAssignableFrom(type.BaseType) ? "delegate" : "class";
            List<string> modifiers = new List<string>();
            if (kind == "class")
            {
                if (type.IsAbstract && type.IsSealed)
                {
                    modifiers.Add("static");
                }
                else if (type.IsAbstract)
                {
                    modifiers.Add("abstract");
                }
                else if (type.IsSealed)
                {
                    modifiers.Add("sealed");
                }
            }

            string baseType = type.BaseType == null || type.BaseType == typeof(object) || kind != "class" ? string.Empty : Name(type.BaseType);
            IEnumerable<string> interfaces = type.GetInterfaces().Where(i => i.IsPublic).Select(Name).Where(i => !ignoredInterfaces.Contains(i));
            return "type " + kind + " " + Name(type)
                + " modifiers[" + string.Join(" ", modifiers) + "]"
                + " base[" + baseType + "]"
                + " interfaces[" + string.Join(", ", interfaces.OrderBy(i => i, StringComparer.Ordinal)) + "]"
                + ReflectedAttributes(type.GetCustomAttributesData(), TypeAttributes);
        }

        internal static IEnumerable<string> ReflectedMembers(Type type)
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (MemberInfo member in type.GetMembers(Flags).OrderBy(m => m.MetadataToken))
            {
                switch (member)
                {
                    case ConstructorInfo constructor when Visible(constructor) && !constructor.IsStatic:
                        yield return Access(constructor) + " .ctor(" + ReflectedParameters(constructor.GetParameters()) + ")"
                            + ReflectedAttributes(constructor.GetCustomAttributesData(), MemberAttributes);
                        break;
                    case MethodInfo method when Visible(method) && !IsAccessor(method):
                        yield return Access(method) + " method [" + Modifiers(method) + "] " + Name(method.ReturnType) + " " + method.Name
                            + "(" + ReflectedParameters(method.GetParameters()) + ")"
                            + (method.IsDefined(typeof(ExtensionAttribute), false) ? " extension" : string.Empty)
                            + ReflectedAttributes(method.GetCustomAttributesData(), MemberAttributes);
                        break;
                    case PropertyInfo property when Visible(property.GetMethod) || Visible(property.SetMethod):
                        ParameterInfo[] index = property.GetIndexParameters();
                        MethodInfo accessor = property.GetMethod ?? property.SetMethod;
                        yield return "property [" + Modifiers(accessor) + "] " + Name(property.PropertyType) + " " + property.Name
                            + (index.Length > 0 ? "[" + ReflectedParameters(index) + "]" : string.Empty)
                            + " get:" + (Visible(property.GetMethod) ? Access(property.GetMethod) : string.Empty)
                            + " set:" + (Visible(property.SetMethod) ? Access(property.SetMethod) : string.Empty)
                            + ReflectedAttributes(property.GetCustomAttributesData(), MemberAttributes);
                        break;
                    case FieldInfo field when Visible(field):
                        yield return Access(field) + " field " + (field.IsStatic && !field.IsLiteral ? "static " : string.Empty)
                            + (field.IsInitOnly ? "readonly " : string.Empty) + (field.IsLiteral ? "const " : string.Empty)
                            + Name(field.FieldType) + " " + field.Name
                            + (field.IsLiteral ? " = " + Value(field.GetRawConstantValue()) : string.Empty)
                            + ReflectedAttributes(field.GetCustomAttributesData(), MemberAttributes);
                        break;
                    case EventInfo @event when Visible(@event.AddMethod):
                        yield return Access(@event.AddMethod) + " event [" + Modifiers(@event.AddMethod) + "] " + Name(@event.EventHandlerType) + " " + @event.Name
                            + ReflectedAttributes(@event.GetCustomAttributesData(), MemberAttributes);
                        break;
                }
            }
        }

        internal static string Name(Type type)
        {
            if (type.IsByRef)
            {
                return Name(type.GetElementType());
            }

            if (type.IsArray)
            {
                return Name(type.GetElementType()) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            }

            if (type.IsPointer)
            {
                return Name(type.GetElementType()) + "*";
            }

            if (Keywords.TryGetValue(type, out string keyword))
            {
                return keyword;
            }

            return type.FullName.Replace('+', '.');
        }

        private static string ReflectedParameters(ParameterInfo[] parameters)
        {
            return string.Join(", ", parameters.Select(p =>
            {
                string modifier = p.IsDefined(typeof(ParamArrayAttribute), false) ? "params "
                    : p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : string.Empty;
                return modifier + Name(p.ParameterType) + " " + p.Name
                    + (p.HasDefaultValue ? " = " + Value(p.DefaultValue) : string.Empty)
                    + (p.IsOptional && !p.HasDefaultValue ? " optional" : string.Empty);
            }));
        }

        private static string ReflectedAttributes(IEnumerable<CustomAttributeData> attributes, string[] kept)
        {
            IEnumerable<string> rendered = attributes
                .Where(a => kept.Contains(a.AttributeType.FullName))
                .Select(a => Attribute(
                    a.AttributeType.FullName,
                    a.ConstructorArguments.Select(x => Value(x.Value)),
                    a.NamedArguments.Select(n => n.MemberName + "=" + Value(n.TypedValue.Value))));
            return string.Concat(rendered.OrderBy(r => r, StringComparer.Ordinal));
        }

        private static string Modifiers(MethodInfo method)
        {
            List<string> modifiers = new List<string>();
            if (method.IsStatic)
            {
                modifiers.Add("static");
            }

            if (method.IsAbstract)
            {
                modifiers.Add("abstract");
            }
            else if (method.IsVirtual)
            {
                bool isNewSlot = (method.Attributes & MethodAttributes.NewSlot) != 0;
                if (!isNewSlot)
                {
                    modifiers.Add("override");
                    if (method.IsFinal)
                    {
                        modifiers.Add("sealed");
                    }
                }
                else if (!method.IsFinal)
                {
                    modifiers.Add("virtual");
                }
            }

            return string.Join(" ", modifiers.OrderBy(m => m, StringComparer.Ordinal));
        }

        private static bool IsAccessor(MethodInfo method)
        {
            return method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
                || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));
        }

        private static bool Visible(MethodBase method)
        {
            return method != null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);
        }

        private static bool Visible(FieldInfo field)
        {
            return field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;
        }

        private static string Access(MethodBase method)
        {
            return method.IsPublic ? "public" : "protected";
        }

        private static string Access(FieldInfo field)
        {
            return field.IsPublic ? "public" : "protected";
        }

        // ---- shared --------------------------------------------------------------------------

        private static string Attribute(string type, IEnumerable<string> args, IEnumerable<string> named)
        {
            return " [" + type + "(" + string.Join(", ", args.Concat(named.OrderBy(n => n, StringComparer.Ordinal))) + ")]";
        }

        private static string Value(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Null: return "null";
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                case JsonValueKind.String: return "\"" + value.GetString() + "\"";
                case JsonValueKind.Number: return value.GetRawText();
                default: return value.GetRawText();
            }
        }

        private static string Value(object value)
        {
            switch (value)
            {
                case null: return "null";
                case bool b: return b ? "true" : "false";
                case string s: return "\"" + s + "\"";
                case char c: return "\"" + c + "\"";
                case Enum e: return Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case float f: return "\"" + f.ToString("R", CultureInfo.InvariantCulture) + "\"";
                case double d: return "\"" + d.ToString("R", CultureInfo.InvariantCulture) + "\"";
                case IFormattable n: return n.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        private static string Get(JsonElement element, string name)
        {
            return element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : string.Empty;
        }

        private static bool Flag(JsonElement element, string name)
        {
            return element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.True;
        }

        private static IEnumerable<string> Strings(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
            {
                return Enumerable.Empty<string>();
            }

            return array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()).ToList();
        }
    }
}
