using System;
using System.Globalization;
using System.Text;

namespace NanoPos.TestBridge
{
    /// <summary>Formats data row arguments for display names, in C#-like literal syntax.</summary>
    internal static class ArgumentFormatter
    {
        private const int MaxText = 64;

        internal static string Format(object[] arguments)
        {
            if (arguments == null)
            {
                return "null";
            }

            StringBuilder text = new StringBuilder();
            for (int i = 0; i < arguments.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append(FormatValue(arguments[i]));
            }

            return text.ToString();
        }

        internal static string FormatValue(object value)
        {
            switch (value)
            {
                case null:
                    return "null";
                case string s:
                    return Quote(s, '"');
                case char c:
                    return Quote(c.ToString(), '\'');
                case bool b:
                    return b ? "true" : "false";
                case Type t:
                    return "typeof(" + t.Name + ")";
                case Enum e:
                    return e.GetType().Name + "." + e;
                case float f:
                    return f.ToString("R", CultureInfo.InvariantCulture) + "f";
                case double d:
                    return d.ToString("R", CultureInfo.InvariantCulture);
                case Array array:
                    return FormatArray(array);
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return value.ToString();
            }
        }

        private static string FormatArray(Array array)
        {
            StringBuilder text = new StringBuilder("{");
            int i = 0;
            foreach (object item in array)
            {
                text.Append(i++ == 0 ? " " : ", ").Append(FormatValue(item));
            }

            return text.Append(i == 0 ? "}" : " }").ToString();
        }

        private static string Quote(string value, char quote)
        {
            StringBuilder text = new StringBuilder().Append(quote);
            int length = Math.Min(value.Length, MaxText);
            for (int i = 0; i < length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '\0': text.Append("\\0"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c == quote)
                        {
                            text.Append('\\').Append(c);
                        }
                        else if (char.IsControl(c))
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            if (value.Length > MaxText)
            {
                text.Append("...");
            }

            return text.Append(quote).ToString();
        }
    }
}
