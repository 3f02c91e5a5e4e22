using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoPos.ProfileCheck
{
    /// <summary>How device code is compiled: C# 9 without documentation parsing, Release, deterministic, nullable off.</summary>
    internal static class DeviceCompilation
    {
        /// <summary>The parse options of device code: the C# version the nanoFramework 1.x toolchain is checked against.</summary>
        internal static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.None);

        internal static CSharpCompilationOptions Options(OutputKind kind)
        {
            // Release and deterministic: the .pe sizes reported are those of a deployment build, and the same
            // sources give the same bytes.
            return new CSharpCompilationOptions(
                kind,
                nullableContextOptions: NullableContextOptions.Disable,
                allowUnsafe: false,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                concurrentBuild: true);
        }

        internal static void Deduplicate(List<Finding> findings)
        {
            // The compiler reports a missing type once per mention; one line per place is enough.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            findings.RemoveAll(f => !seen.Add(f.ToString()));
        }
    }
}
