using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// The nanoFramework 1.x API profile: one JSON document per assembly plus the package map.
    /// </summary>
    public sealed class ApiProfile
    {
        private readonly Dictionary<string, JsonElement> _assemblies = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        private readonly Dictionary<string, ProfilePackage> _packages = new Dictionary<string, ProfilePackage>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, ProfilePackage> _packageOfAssembly = new Dictionary<string, ProfilePackage>(StringComparer.Ordinal);
        private readonly HashSet<string> _enumTypes = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _typesBySimpleName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _assemblyOfNamespace = new Dictionary<string, string>(StringComparer.Ordinal);

        private ApiProfile(string directory)
        {
            Directory = directory;
        }

        /// <summary>Gets the folder the profile was read from.</summary>
        public string Directory { get; }

        /// <summary>Gets the packages the profile knows, by id.</summary>
        public IReadOnlyDictionary<string, ProfilePackage> Packages => _packages;

        /// <summary>Gets the full names of every enum type in the profile (constants of enum type need casts).</summary>
        public HashSet<string> EnumTypes => _enumTypes;

        /// <summary>Reads every assembly document and packages.json from a profile folder.</summary>
        public static ApiProfile Load(string directory)
        {
            var profile = new ApiProfile(directory);
            foreach (string file in System.IO.Directory.GetFiles(directory, "*.json"))
            {
                if (Path.GetFileName(file) == "packages.json")
                {
                    continue;
                }

                using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(file));
                JsonElement root = doc.RootElement.Clone();
                string name = root.GetProperty("assembly").GetString();
                profile._assemblies[name] = root;
                foreach (JsonElement type in root.GetProperty("types").EnumerateArray())
                {
                    profile.IndexType(type, name);
                }
            }

            using (JsonDocument map = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "packages.json"))))
            {
                foreach (JsonElement p in map.RootElement.GetProperty("packages").EnumerateArray())
                {
                    var assemblies = new List<ProfilePackageAssembly>();
                    foreach (JsonElement a in p.GetProperty("assemblies").EnumerateArray())
                    {
                        bool hasApi = !a.TryGetProperty("api", out JsonElement api) || api.ValueKind != JsonValueKind.False;
                        assemblies.Add(new ProfilePackageAssembly(a.GetProperty("name").GetString(), a.GetProperty("file").GetString(), hasApi));
                    }

                    string version = p.TryGetProperty("version", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    string note = p.TryGetProperty("note", out JsonElement n) ? n.GetString() : null;
                    var package = new ProfilePackage(p.GetProperty("id").GetString(), version, assemblies, note);
                    profile._packages[package.Id] = package;
                    foreach (ProfilePackageAssembly a in assemblies)
                    {
                        profile._packageOfAssembly[a.Name] = package;
                    }
                }
            }

            return profile;
        }

        /// <summary>Gets the JSON document of an assembly, or false when the profile lacks it.</summary>
        public bool TryGetAssembly(string name, out JsonElement assembly)
        {
            return _assemblies.TryGetValue(name, out assembly);
        }

        /// <summary>Gets the package that carries an assembly, or null.</summary>
        public ProfilePackage PackageOfAssembly(string assemblyName)
        {
            return _packageOfAssembly.TryGetValue(assemblyName, out ProfilePackage p) ? p : null;
        }

        /// <summary>Gets the names of the assemblies an assembly references (its dependencies).</summary>
        public IEnumerable<string> ReferencesOf(string assemblyName)
        {
            if (_assemblies.TryGetValue(assemblyName, out JsonElement a) && a.TryGetProperty("references", out JsonElement refs))
            {
                foreach (JsonElement r in refs.EnumerateArray())
                {
                    yield return r.GetProperty("name").GetString();
                }
            }
        }

        /// <summary>
        /// Finds profiled types whose simple name (without namespace or arity) is <paramref name="simpleName"/>,
        /// as "Full.Name|assembly" strings; used to tell a user which package would provide a missing type.
        /// </summary>
        public IReadOnlyList<string> FindTypes(string simpleName)
        {
            return _typesBySimpleName.TryGetValue(simpleName, out List<string> list) ? list : Array.Empty<string>();
        }

        /// <summary>Gets an assembly that declares types in a namespace, or null when no profiled assembly does.</summary>
        public string AssemblyOfNamespace(string ns)
        {
            return _assemblyOfNamespace.TryGetValue(ns, out string assembly) ? assembly : null;
        }

        private void IndexType(JsonElement type, string assembly)
        {
            string fullName = type.GetProperty("fullName").GetString();
            if (type.TryGetProperty("namespace", out JsonElement ns) && !_assemblyOfNamespace.ContainsKey(ns.GetString()))
            {
                _assemblyOfNamespace[ns.GetString()] = assembly;
            }

            if (type.GetProperty("kind").GetString() == "enum")
            {
                _enumTypes.Add(fullName);
            }

            string simple = type.GetProperty("name").GetString();
            if (!_typesBySimpleName.TryGetValue(simple, out List<string> list))
            {
                _typesBySimpleName[simple] = list = new List<string>();
            }

            list.Add(fullName + "|" + assembly);
            if (type.TryGetProperty("nestedTypes", out JsonElement nested))
            {
                foreach (JsonElement n in nested.EnumerateArray())
                {
                    IndexType(n, assembly);
                }
            }
        }
    }
}
