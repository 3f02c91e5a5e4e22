using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Turns the profile's type names and constant values into C# source text for the reference stubs.
    /// </summary>
    /// <remarks>
    /// Profile type names are fully qualified without <c>global::</c> ("System.Collections.IEnumerator",
    /// "System.Action&lt;T1, T2&gt;", "byte[]"). Every dotted name is written with <c>global::</c> so that a
    /// namespace such as <c>System.Device</c> can never shadow a type lookup inside the stubs.
    /// </remarks>
    public static class StubTypeNames
    {
        private static readonly Regex DottedName = new Regex(@"(?<![\w.:])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)", RegexOptions.Compiled);

        /// <summary>Returns the C# spelling of a profile type name.</summary>
        public static string Qualify(string profileType)
        {
            if (string.IsNullOrEmpty(profileType))
            {
                return "void";
            }

            return DottedName.Replace(profileType, m => "global::" + m.Groups[1].Value);
        }

        /// <summary>Makes a member or parameter name a valid C# identifier (keywords get '@', compiler names are mangled).</summary>
        public static string Identifier(string name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return "_";
            }

            var sb = new StringBuilder(name.Length + 2);
            foreach (char c in name)
            {
                sb.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (char.IsDigit(sb[0]))
            {
                sb.Insert(0, '_');
            }

            string id = sb.ToString();
            return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(id) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + id : id;
        }

        /// <summary>
        /// Writes a constant (field value, parameter default or attribute argument) of the given type.
        /// Enum-typed values arrive as their underlying integer and are cast back.
        /// </summary>
        public static string Constant(JsonElement value, string type, bool isEnum)
        {
            if (value.ValueKind == JsonValueKind.Null || value.ValueKind == JsonValueKind.Undefined)
            {
                return IsReferenceLike(type) ? "null" : "default(" + Qualify(type) + ")";
            }

            switch (type)
            {
                case "string":
                    return Literal(value.GetString());
                case "char":
                    return CharLiteral(value.GetString());
                case "bool":
                    return value.GetBoolean() ? "true" : "false";
                case "float":
                    return FloatLiteral(value, "F");
                case "double":
                    return FloatLiteral(value, "D");
                case "long":
                    return value.GetRawText() + "L";
                case "ulong":
                    return value.GetRawText() + "UL";
                case "uint":
                    return value.GetRawText() + "U";
                case "int":
                    return value.GetRawText();
                case "byte":
                case "sbyte":
                case "short":
                case "ushort":
                    return "(" + type + ")(" + value.GetRawText() + ")";
                case "object":
                    return value.ValueKind == JsonValueKind.String ? Literal(value.GetString()) : value.GetRawText();
            }

            if (isEnum || value.ValueKind == JsonValueKind.Number)
            {
                return "(" + Qualify(type) + ")(" + value.GetRawText() + ")";
            }

            return value.ValueKind == JsonValueKind.String ? Literal(value.GetString()) : value.GetRawText();
        }

        private static bool IsReferenceLike(string type)
        {
            return type == "string" || type == "object" || type.EndsWith("[]", StringComparison.Ordinal);
        }

        private static string FloatLiteral(JsonElement value, string suffix)
        {
            string text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            string zero = "0.0" + suffix;
            switch (text)
            {
                case "NaN":
                    return "(" + zero + " / " + zero + ")";
                case "Infinity":
                    return "(1.0" + suffix + " / " + zero + ")";
                case "-Infinity":
                    return "(-1.0" + suffix + " / " + zero + ")";
            }

            double d = double.Parse(text, CultureInfo.InvariantCulture);
            return d.ToString("R", CultureInfo.InvariantCulture) + suffix;
        }

        private static string CharLiteral(string s)
        {
            char c = string.IsNullOrEmpty(s) ? '\0' : s[0];
            return "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'";
        }

        /// <summary>Writes a C# string literal with every non-printable character escaped.</summary>
        public static string Literal(string s)
        {
            if (s == null)
            {
                return "null";
            }

            var sb = new StringBuilder(s.Length + 2).Append('"');
            foreach (char c in s)
            {
                if (c == '"' || c == '\\')
                {
                    sb.Append('\\').Append(c);
                }
                else if (c < 32 || c > 126)
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.Append('"').ToString();
        }
    }
}
