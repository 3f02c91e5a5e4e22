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
    /// Builds reference assemblies from the profile, one per profiled assembly, on demand and once per
    /// instance: the stubs are compiled with Roslyn, NoStdLib, metadata only.
    /// </summary>
    public sealed class ReferenceAssemblies
    {
        private readonly ApiProfile _profile;
        private readonly Dictionary<string, MetadataReference> _built = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);

        /// <summary>Creates a builder over a loaded profile.</summary>
        public ReferenceAssemblies(ApiProfile profile)
        {
            _profile = profile;
        }

        /// <summary>
        /// Gets the reference assembly generated for a profiled assembly, building it (and its dependencies) first.
        /// </summary>
        /// <exception cref="InvalidOperationException">The profile lacks the assembly, or its stubs do not compile.</exception>
        public MetadataReference Get(string assemblyName)
        {
            if (_built.TryGetValue(assemblyName, out MetadataReference reference))
            {
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

            reference = MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll");
            _built[assemblyName] = reference;
            return reference;
        }

        /// <summary>Returns the generated stub source of an assembly (for inspection with <c>nanopos profile-check --dump-stubs</c>).</summary>
        public string StubSource(string assemblyName)
        {
            _profile.TryGetAssembly(assemblyName, out JsonElement assembly);
            return new StubWriter(_profile.EnumTypes).Write(assembly);
        }
    }
}
