using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// The assemblies device projects compile against, one per nanoFramework assembly: the real binary where one
    /// exists here (<see cref="DeviceLibraries"/>), otherwise a reference assembly generated from the API profile
    /// (C# stubs compiled with Roslyn, metadata only, against the real assemblies they depend on). Built on demand,
    /// once per instance.
    /// </summary>
    public sealed class ReferenceAssemblies
    {
        private readonly ApiProfile _profile;
        private readonly DeviceLibraries _libraries;
        private readonly Dictionary<string, MetadataReference> _built = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        private readonly Dictionary<string, byte[]> _stubImages = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        /// <summary>Creates a builder over a loaded profile that uses only the profile (no real binary).</summary>
        /// <param name="profile">The profile.</param>
        public ReferenceAssemblies(ApiProfile profile)
            : this(profile, null)
        {
        }

        /// <summary>Creates a builder that prefers real binaries and falls back to the profile.</summary>
        /// <param name="profile">The profile.</param>
        /// <param name="libraries">The real binaries, or null to use the profile for everything.</param>
        public ReferenceAssemblies(ApiProfile profile, DeviceLibraries libraries)
        {
            _profile = profile;
            _libraries = libraries;
        }

        /// <summary>
        /// Gets the reference for an assembly: the real binary, or the one generated from the profile (building it and
        /// its dependencies first).
        /// </summary>
        /// <exception cref="InvalidOperationException">The profile lacks the assembly, or its stubs do not compile.</exception>
        public MetadataReference Get(string assemblyName)
        {
            if (_built.TryGetValue(assemblyName, out MetadataReference reference))
            {
                return reference;
            }

            if (_libraries != null && _libraries.TryGet(assemblyName, out RealAssembly real))
            {
                reference = MetadataReference.CreateFromFile(real.File);
                _built[assemblyName] = reference;
                return reference;
            }

            if (!_profile.TryGetAssembly(assemblyName, out JsonElement assembly))
            {
                throw new InvalidOperationException($"The nanoFramework profile has no assembly named '{assemblyName}'.");
            }

            var references = new List<MetadataReference>();
            foreach (string dependency in _profile.ReferencesOf(assemblyName))
            {
                references.Add(Get(dependency));
            }

            string source = new StubWriter(_profile.EnumTypes).Write(assembly);
            CSharpCompilation compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: assemblyName + ".stubs.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable));

            using var stream = new MemoryStream();
            EmitResult result = compilation.Emit(stream, options: new EmitOptions(metadataOnly: true));
            if (!result.Success)
            {
                var message = new StringBuilder($"The generated reference stubs of '{assemblyName}' do not compile:");
                foreach (Diagnostic d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20))
                {
                    message.AppendLine().Append("  ").Append(d.ToString());
                }

                throw new InvalidOperationException(message.ToString());
            }

            byte[] image = stream.ToArray();
            _stubImages[assemblyName] = image;
            reference = MetadataReference.CreateFromImage(image, filePath: assemblyName + ".dll");
            _built[assemblyName] = reference;
            return reference;
        }

        /// <summary>Gets whether an assembly is compiled against a real binary (true) or the profile (false).</summary>
        /// <param name="assemblyName">The assembly name.</param>
        /// <returns>True for a real binary.</returns>
        public bool IsReal(string assemblyName)
        {
            return _libraries != null && _libraries.TryGet(assemblyName, out _);
        }

        /// <summary>
        /// Gets a file holding the assembly for tools that need one on disk (the MetadataProcessor): the real binary, or
        /// the generated reference assembly written into <paramref name="folder"/>.
        /// </summary>
        /// <param name="assemblyName">The assembly name.</param>
        /// <param name="folder">Where generated reference assemblies are written.</param>
        /// <returns>The path.</returns>
        public string FileOf(string assemblyName, string folder)
        {
            if (_libraries != null && _libraries.TryGet(assemblyName, out RealAssembly real))
            {
                return real.File;
            }

            Get(assemblyName);
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, assemblyName + ".dll");
            File.WriteAllBytes(path, _stubImages[assemblyName]);
            return path;
        }

        /// <summary>Returns the generated stub source of an assembly (for inspection with <c>nanopos profile-check --dump-stubs</c>).</summary>
        public string StubSource(string assemblyName)
        {
            _profile.TryGetAssembly(assemblyName, out JsonElement assembly);
            return new StubWriter(_profile.EnumTypes).Write(assembly);
        }
    }
}
