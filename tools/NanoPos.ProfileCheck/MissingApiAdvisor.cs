using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Rewrites compiler errors about missing names into plain statements about nanoFramework 1.x
    /// ("X does not exist in nanoFramework 1.x — use Y"), and names the package that would provide a
    /// type the project forgot to reference.
    /// </summary>
    public sealed class MissingApiAdvisor
    {
        private const string Nf = "nanoFramework 1.x";
        private const string Collections = "package nanoFramework.System.Collections";
        private const string Async = "async/await and System.Threading.Tasks do not exist in nanoFramework 1.x — use a Thread, a Timer or a polling loop with timeouts";
        private const string Linq = "LINQ (System.Linq) does not exist in nanoFramework 1.x — write the loop";

        private static readonly Regex Quoted = new Regex("'([^']*)'");

        // Simple name (as the compiler prints it, generic arity as <>, <,>) → full name and the replacement.
        private static readonly Dictionary<string, string> KnownAbsentTypes = new Dictionary<string, string>
        {
            ["List<>"] = "System.Collections.Generic.List<T> does not exist in " + Nf + " — use System.Collections.ArrayList",
            ["Dictionary<,>"] = "System.Collections.Generic.Dictionary<TKey, TValue> does not exist in " + Nf + " — use System.Collections.Hashtable (" + Collections + ")",
            ["HashSet<>"] = "System.Collections.Generic.HashSet<T> does not exist in " + Nf + " — use the keys of a System.Collections.Hashtable (" + Collections + ")",
            ["IEnumerable<>"] = "System.Collections.Generic.IEnumerable<T> does not exist in " + Nf + " — use System.Collections.IEnumerable",
            ["IList<>"] = "System.Collections.Generic.IList<T> does not exist in " + Nf + " — use System.Collections.IList",
            ["ICollection<>"] = "System.Collections.Generic.ICollection<T> does not exist in " + Nf + " — use System.Collections.ICollection",
            ["KeyValuePair<,>"] = "System.Collections.Generic.KeyValuePair<TKey, TValue> does not exist in " + Nf + " — use System.Collections.DictionaryEntry (" + Collections + ")",
            ["Queue<>"] = "System.Collections.Generic.Queue<T> does not exist in " + Nf + " — use System.Collections.Queue (" + Collections + ")",
            ["Stack<>"] = "System.Collections.Generic.Stack<T> does not exist in " + Nf + " — use System.Collections.Stack (" + Collections + ")",
            ["Span<>"] = "System.Span<T> does not exist in " + Nf + " — use System.SpanByte or an array with offset and count",
            ["ReadOnlySpan<>"] = "System.ReadOnlySpan<T> does not exist in " + Nf + " — use System.SpanByte or an array with offset and count",
            ["Memory<>"] = "System.Memory<T> does not exist in " + Nf + " — use an array with offset and count",
            ["Task"] = Async,
            ["Task<>"] = Async,
            ["ValueTask"] = Async,
            ["ValueTask<>"] = Async,
            ["Stopwatch"] = "System.Diagnostics.Stopwatch does not exist in " + Nf + " — use System.Environment.TickCount64 (package nanoFramework.Runtime.Native)",
            ["Lazy<>"] = "System.Lazy<T> does not exist in " + Nf + " — initialise on first use with a null check",
            ["Tuple<,>"] = "System.Tuple does not exist in " + Nf + " — use out parameters or a small class",
        };

        private static readonly Dictionary<string, string> KnownAbsentNamespaces = new Dictionary<string, string>
        {
            ["System.Collections.Generic"] = "System.Collections.Generic does not exist in " + Nf + " — use ArrayList, Hashtable, Queue or Stack (" + Collections + ")",
            ["System.Linq"] = Linq,
            ["System.Threading.Tasks"] = Async,
        };

        private static readonly Dictionary<string, string> KnownPredefinedTypes = new Dictionary<string, string>
        {
            ["System.Nullable`1"] = "System.Nullable<T> (int?, T?) does not exist in " + Nf + " — use a sentinel value or a separate bool",
            ["System.ValueTuple`2"] = "tuples (System.ValueTuple) do not exist in " + Nf + " — use out parameters or a small class",
            ["System.Runtime.CompilerServices.IAsyncStateMachine"] = Async,
            ["System.Runtime.CompilerServices.AsyncVoidMethodBuilder"] = Async,
            ["System.Runtime.CompilerServices.AsyncTaskMethodBuilder"] = Async,
            ["System.Index"] = "indices (^1) do not exist in " + Nf + " — use Length - 1",
            ["System.Range"] = "ranges (a..b) do not exist in " + Nf + " — use Substring or Array.Copy",
            ["System.Runtime.CompilerServices.IsVolatile"] = "volatile fields need System.Runtime.CompilerServices.IsVolatile, which " + Nf + "'s mscorlib does not have (only a full emit finds this) — guard the field with lock, or make it an int changed through Interlocked",
        };

        private static readonly Dictionary<string, string> KnownAbsentMembers = new Dictionary<string, string>
        {
            ["string.Join"] = "string.Join does not exist in " + Nf + " — append the parts with a StringBuilder (package nanoFramework.System.Text)",
            ["string.Replace"] = "string.Replace does not exist in " + Nf + " — use StringBuilder.Replace (package nanoFramework.System.Text)",
            ["string.Concat"] = "this string.Concat overload does not exist in " + Nf + " — concatenate with + or a StringBuilder",
            ["string.IsNullOrWhiteSpace"] = "string.IsNullOrWhiteSpace does not exist in " + Nf + " — use string.IsNullOrEmpty(s) || s.Trim().Length == 0",
        };

        private static readonly HashSet<string> LinqOperators = new HashSet<string>
        {
            "Where", "Select", "SelectMany", "Any", "All", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single",
            "SingleOrDefault", "Count", "Sum", "Min", "Max", "Average", "OrderBy", "OrderByDescending", "ThenBy", "GroupBy",
            "ToList", "ToArray", "ToDictionary", "Distinct", "Skip", "Take", "Aggregate", "Cast", "OfType", "Reverse", "Zip",
            "SequenceEqual", "Concat", "Contains", "ElementAt", "DefaultIfEmpty",
        };

        private readonly ApiProfile _profile;

        /// <summary>Creates an advisor that can look types up in the profile.</summary>
        public MissingApiAdvisor(ApiProfile profile)
        {
            _profile = profile;
        }

        /// <summary>Returns the message to print for a compiler error.</summary>
        public string Explain(Diagnostic diagnostic)
        {
            string original = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            string advice = Advise(diagnostic.Id, Names(original));
            return advice == null ? original : advice + " (" + original + ")";
        }

        private string Advise(string id, List<string> names)
        {
            switch (id)
            {
                case "CS0246" when names.Count > 0:
                case "CS0103" when names.Count > 0:
                    return KnownAbsentTypes.TryGetValue(names[0], out string type) ? type : InOtherPackage(names[0]);
                case "CS0234" when names.Count > 1:
                    string full = names[1] + "." + names[0];
                    if (KnownAbsentNamespaces.TryGetValue(full, out string ns))
                    {
                        return ns;
                    }

                    string namespaceAssembly = _profile.AssemblyOfNamespace(full);
                    ProfilePackage namespacePackage = namespaceAssembly == null ? null : _profile.PackageOfAssembly(namespaceAssembly);
                    if (namespacePackage != null)
                    {
                        return "namespace " + full + " is in package " + namespacePackage.Id + ", which this project does not reference — pin it in packages.config and add its Reference to the .nfproj";
                    }

                    return InOtherPackage(names[0]) ?? full + " does not exist in " + Nf;
                case "CS0518" when names.Count > 0:
                case "CS8179" when names.Count > 0:
                    return KnownPredefinedTypes.TryGetValue(names[0], out string predefined)
                        ? predefined
                        : names[0] + " does not exist in " + Nf + ", and this language feature needs it";
                case "CS0117" when names.Count > 1:
                case "CS1061" when names.Count > 1:
                    string member = names[0] + "." + names[1];
                    if (KnownAbsentMembers.TryGetValue(member, out string known))
                    {
                        return known;
                    }

                    if (id == "CS1061" && LinqOperators.Contains(names[1]))
                    {
                        return "LINQ's " + names[1] + " does not exist in " + Nf + " — write the loop";
                    }

                    return member + " does not exist in " + Nf;
                case "CS1935":
                case "CS1936":
                    return Linq;
                case "CS0012" when names.Count > 1:
                    string assembly = names[1].Split(',')[0];
                    ProfilePackage package = _profile.PackageOfAssembly(assembly);
                    return package == null
                        ? null
                        : names[0] + " comes from " + assembly + " — pin package " + package.Id + " in packages.config and add its Reference to the .nfproj";
                case "CS0308" when names.Count > 0 && KnownAbsentTypes.ContainsKey(names[0] + "<>"):
                    return KnownAbsentTypes[names[0] + "<>"];
            }

            return null;
        }

        private string InOtherPackage(string simpleName)
        {
            string name = simpleName;
            int generic = name.IndexOf('<');
            if (generic >= 0)
            {
                name = name.Substring(0, generic);
            }

            foreach (string hit in _profile.FindTypes(name))
            {
                string[] parts = hit.Split('|');
                ProfilePackage package = _profile.PackageOfAssembly(parts[1]);
                if (package != null)
                {
                    return parts[0] + " is in package " + package.Id + ", which this project does not reference — pin it in packages.config and add its Reference to the .nfproj";
                }
            }

            return null;
        }

        private static List<string> Names(string message)
        {
            var names = new List<string>();
            foreach (Match m in Quoted.Matches(message))
            {
                names.Add(m.Groups[1].Value);
            }

            return names;
        }
    }
}
