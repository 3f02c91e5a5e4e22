using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Checks device projects against the nanoFramework 1.x profile: layout rules, then a Roslyn compile
    /// of exactly the project's Compile items (C# 9, NoStdLib) against reference assemblies generated
    /// from the profile for exactly its packages and their dependencies, then its README snippets.
    /// </summary>
    public sealed class ProfileChecker
    {
        private static readonly CSharpParseOptions DeviceParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.None);

        private readonly ApiProfile _profile;
        private readonly string _solutionFolder;
        private readonly ReferenceAssemblies _references;
        private readonly ProjectLayoutRules _layout;
        private readonly MissingApiAdvisor _advisor;
        private readonly Dictionary<string, CompiledProject> _compiled = new Dictionary<string, CompiledProject>(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Creates a checker for the projects of one solution folder (the folder that holds packages/).</summary>
        public ProfileChecker(ApiProfile profile, string solutionFolder)
        {
            _profile = profile;
            _solutionFolder = Path.GetFullPath(solutionFolder);
            _references = new ReferenceAssemblies(profile);
            _layout = new ProjectLayoutRules(profile, _solutionFolder);
            _advisor = new MissingApiAdvisor(profile);
        }

        /// <summary>Checks every .nfproj listed in a solution file, in solution order.</summary>
        public IReadOnlyList<ProjectCheckResult> CheckSolution(string solutionPath)
        {
            return SolutionFile.Projects(solutionPath, ".nfproj").Select(CheckProject).ToList();
        }

        /// <summary>Checks one .nfproj (compiling the device projects it references first).</summary>
        public ProjectCheckResult CheckProject(string projectPath)
        {
            CompiledProject compiled = Compile(Path.GetFullPath(projectPath));
            return new ProjectCheckResult(_layout.Relative(compiled.Path), compiled.SourceFiles, compiled.Assemblies, compiled.Findings);
        }

        private CompiledProject Compile(string fullPath)
        {
            if (_compiled.TryGetValue(fullPath, out CompiledProject done))
            {
                return done;
            }

            var result = new CompiledProject(fullPath);
            string relativePath = _layout.Relative(fullPath);
            if (!_inProgress.Add(fullPath))
            {
                result.Findings.Add(new Finding(relativePath, 0, "PC013", "project references form a cycle through this project"));
                return result;
            }

            try
            {
                CompileInto(result, relativePath);
            }
            finally
            {
                _inProgress.Remove(fullPath);
            }

            _compiled[fullPath] = result;
            return result;
        }

        private void CompileInto(CompiledProject result, string relativePath)
        {
            DeviceProject project;
            try
            {
                project = DeviceProject.Load(result.Path);
            }
            catch (Exception e) when (e is XmlException || e is IOException)
            {
                result.Findings.Add(new Finding(relativePath, 0, "PC000", "cannot read the project file: " + e.Message));
                return;
            }

            List<Finding> findings = result.Findings;
            CheckProperties(project, relativePath, findings);
            _layout.CheckSourceFiles(project, findings);
            var assemblies = new List<string>();
            PackagesConfig config = PackagesConfig.Load(Path.Combine(project.Directory, "packages.config"));
            _layout.CheckPackages(project, config, findings, assemblies);
            if (project.IsTestProject && config.Find("nanoFramework.TestFramework") == null)
            {
                findings.Add(new Finding(relativePath, 0, "PC012", "a unit test project must pin nanoFramework.TestFramework"));
            }

            var references = new List<MetadataReference>();
            foreach (string assembly in WithDependencies(assemblies))
            {
                result.Assemblies.Add(assembly);
                references.Add(_references.Get(assembly));
            }

            foreach (ProjectItem item in project.ProjectReferences)
            {
                string target = project.Resolve(item.Include);
                if (!target.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase) || !File.Exists(target))
                {
                    findings.Add(new Finding(relativePath, item.Line, "PC013", $"ProjectReference '{item.Include}' is not an existing .nfproj; device projects may only reference device projects"));
                    continue;
                }

                CompiledProject referenced = Compile(target);
                if (referenced.Compilation != null)
                {
                    references.Add(referenced.Compilation.ToMetadataReference());
                }
            }

            var trees = new List<SyntaxTree>();
            foreach (ProjectItem item in project.CompileItems)
            {
                string file = project.Resolve(item.Include);
                if (File.Exists(file))
                {
                    SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), DeviceParseOptions, _layout.Relative(file));
                    DeviceSyntaxRules.Check(tree, tree.FilePath, findings);
                    trees.Add(tree);
                }
            }

            result.SourceFiles = trees.Count;
            OutputKind kind = string.Equals(project.OutputType, "Exe", StringComparison.OrdinalIgnoreCase) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            result.Compilation = CSharpCompilation.Create(project.AssemblyName ?? Path.GetFileNameWithoutExtension(result.Path), trees, references, Options(kind));
            Report(result.Compilation.GetDiagnostics(), string.Empty, relativePath, findings);
            CheckReadme(project, result.Compilation, references, findings);
            Deduplicate(findings);
        }

        private static void CheckProperties(DeviceProject project, string relativePath, List<Finding> findings)
        {
            if (project.LangVersion != "9.0" && project.LangVersion != "9")
            {
                findings.Add(new Finding(relativePath, 0, "PC011", $"LangVersion is '{project.LangVersion ?? "(unset)"}'; device projects pin C# 9.0, the language the nanoFramework 1.x toolchain is checked against"));
            }

            // The 1.x unit test launcher loads its tests with Assembly.Load("NFUnitTest").
            if (project.IsTestProject && project.AssemblyName != "NFUnitTest")
            {
                findings.Add(new Finding(relativePath, 0, "PC012", $"a nanoFramework unit test project must be named NFUnitTest (AssemblyName is '{project.AssemblyName}'): the device test launcher loads that assembly by name"));
            }
        }

        private void CheckReadme(DeviceProject project, CSharpCompilation compilation, List<MetadataReference> references, List<Finding> findings)
        {
            string readme = Path.Combine(project.Directory, "README.md");
            var snippetReferences = new List<MetadataReference>(references) { compilation.ToMetadataReference() };
            int index = 0;
            foreach ((string code, int firstLine) in ReadmeSnippets.Extract(readme))
            {
                // #line maps the snippet's diagnostics back onto the README's own line numbers.
                string path = _layout.Relative(readme);
                string mapped = "#line " + firstLine + " \"" + path + "\"\n" + code;
                SyntaxTree tree = CSharpSyntaxTree.ParseText(mapped, DeviceParseOptions, path);
                var snippet = CSharpCompilation.Create("ReadmeSnippet" + index++, new[] { tree }, snippetReferences, Options(OutputKind.DynamicallyLinkedLibrary));
                DeviceSyntaxRules.Check(tree, path, findings);
                Report(snippet.GetDiagnostics(), "README snippet: ", path, findings);
            }
        }

        private static void Deduplicate(List<Finding> findings)
        {
            // The compiler reports a missing type once per mention; one line per place is enough.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            findings.RemoveAll(f => !seen.Add(f.ToString()));
        }

        private void Report(IEnumerable<Diagnostic> diagnostics, string prefix, string projectPath, List<Finding> findings)
        {
            foreach (Diagnostic d in diagnostics)
            {
                if (d.Severity != DiagnosticSeverity.Error)
                {
                    continue;
                }

                FileLinePositionSpan span = d.Location.GetMappedLineSpan();
                string path = d.Location.IsInSource ? span.Path : projectPath;
                int line = d.Location.IsInSource ? span.StartLinePosition.Line + 1 : 0;
                findings.Add(new Finding(path, line, d.Id, prefix + _advisor.Explain(d)));
            }
        }

        private IEnumerable<string> WithDependencies(List<string> assemblies)
        {
            var seen = new List<string>();
            var queue = new Queue<string>(assemblies);
            while (queue.Count > 0)
            {
                string name = queue.Dequeue();
                if (seen.Contains(name) || !_profile.TryGetAssembly(name, out _))
                {
                    continue;
                }

                seen.Add(name);
                foreach (string dependency in _profile.ReferencesOf(name))
                {
                    queue.Enqueue(dependency);
                }
            }

            return seen;
        }

        private static CSharpCompilationOptions Options(OutputKind kind)
        {
            return new CSharpCompilationOptions(
                kind,
                nullableContextOptions: NullableContextOptions.Disable,
                allowUnsafe: false,
                concurrentBuild: true);
        }

        private sealed class CompiledProject
        {
            public CompiledProject(string path)
            {
                Path = path;
            }

            public string Path { get; }

            public int SourceFiles { get; set; }

            public List<string> Assemblies { get; } = new List<string>();

            public List<Finding> Findings { get; } = new List<Finding>();

            public CSharpCompilation Compilation { get; set; }
        }
    }
}
