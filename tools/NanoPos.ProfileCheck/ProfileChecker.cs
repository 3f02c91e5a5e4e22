using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Checks and compiles device projects for nanoFramework 1.x: layout rules, then a Roslyn compile with a full
    /// emit of exactly the project's Compile items (C# 9, NoStdLib, Release) against exactly its packages and their
    /// dependencies (the real binaries where <see cref="DeviceLibraries"/> has them, the API profile otherwise),
    /// then its README snippets. The emitted image is kept for the MetadataProcessor.
    /// </summary>
    /// <remarks>
    /// The emit matters: some errors only appear when IL is written (a <c>volatile</c> field needs
    /// <c>IsVolatile</c>, which nanoFramework's mscorlib lacks: CS0518 at emit, nothing in diagnostics).
    /// </remarks>
    public sealed class ProfileChecker
    {
        private readonly ApiProfile _profile;
        private readonly string _solutionFolder;
        private readonly ReferenceAssemblies _references;
        private readonly ProjectLayoutRules _layout;
        private readonly MissingApiAdvisor _advisor;
        private readonly Dictionary<string, CompiledProject> _compiled = new Dictionary<string, CompiledProject>(StringComparer.Ordinal);
        private readonly Dictionary<string, ProjectCheckResult> _results = new Dictionary<string, ProjectCheckResult>(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// Creates a checker for the projects of one solution folder (the folder that holds packages/), with the real
        /// binaries of this machine: the restored mscorlib and the toolchain found by <see cref="NanoFrameworkToolchain.Locate"/>.
        /// </summary>
        /// <exception cref="InvalidOperationException">The real mscorlib is not restored.</exception>
        public ProfileChecker(ApiProfile profile, string solutionFolder)
            : this(profile, solutionFolder, DeviceLibraries.Discover(profile, NanoFrameworkToolchain.Locate(RepositoryFolder.Find(solutionFolder))))
        {
        }

        /// <summary>Creates a checker for the projects of one solution folder, compiling against the given real binaries.</summary>
        /// <param name="profile">The API profile.</param>
        /// <param name="solutionFolder">The solution folder.</param>
        /// <param name="libraries">The real binaries; null compiles everything against the profile alone.</param>
        public ProfileChecker(ApiProfile profile, string solutionFolder, DeviceLibraries libraries)
        {
            _profile = profile;
            _solutionFolder = Path.GetFullPath(solutionFolder);
            Libraries = libraries;
            _references = new ReferenceAssemblies(profile, libraries);
            _layout = new ProjectLayoutRules(profile, _solutionFolder);
            _advisor = new MissingApiAdvisor(profile);
        }

        /// <summary>Gets the real binaries projects are compiled against (null: the profile alone).</summary>
        public DeviceLibraries Libraries { get; }

        /// <summary>Gets the reference assemblies (real or generated) the projects compile against.</summary>
        public ReferenceAssemblies References => _references;

        /// <summary>Checks every .nfproj listed in a solution file, in solution order.</summary>
        public IReadOnlyList<ProjectCheckResult> CheckSolution(string solutionPath)
        {
            return SolutionFile.Projects(solutionPath, ".nfproj").Select(CheckProject).ToList();
        }

        /// <summary>Checks one .nfproj (compiling the device projects it references first).</summary>
        public ProjectCheckResult CheckProject(string projectPath)
        {
            string fullPath = Path.GetFullPath(projectPath);
            if (_results.TryGetValue(fullPath, out ProjectCheckResult done))
            {
                return done;
            }

            CompiledProject compiled = Compile(fullPath);
            var referenced = new List<ProjectCheckResult>();
            foreach (string reference in compiled.ReferencedProjects)
            {
                referenced.Add(CheckProject(reference));
            }

            var result = new ProjectCheckResult(_layout.Relative(compiled.Path), compiled.SourceFiles, compiled.Assemblies, compiled.Findings)
            {
                FullPath = compiled.Path,
                AssemblyName = compiled.AssemblyName,
                IsExecutable = compiled.IsExecutable,
                IsTestProject = compiled.IsTestProject,
                Image = compiled.Image,
                ReferencedProjects = referenced,
            };
            _results[fullPath] = result;
            return result;
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
                result.ReferencedProjects.Add(referenced.Path);
                if (referenced.Image != null)
                {
                    // The emitted assembly, as the device build references the built dll.
                    references.Add(MetadataReference.CreateFromImage(referenced.Image, filePath: referenced.AssemblyName + ".dll"));
                }
                else if (referenced.Compilation != null)
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
                    SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), DeviceCompilation.ParseOptions, _layout.Relative(file));
                    DeviceSyntaxRules.Check(tree, tree.FilePath, findings);
                    trees.Add(tree);
                }
            }

            result.SourceFiles = trees.Count;
            result.IsExecutable = string.Equals(project.OutputType, "Exe", StringComparison.OrdinalIgnoreCase);
            result.IsTestProject = project.IsTestProject;
            result.AssemblyName = project.AssemblyName ?? Path.GetFileNameWithoutExtension(result.Path);
            OutputKind kind = result.IsExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            result.Compilation = CSharpCompilation.Create(result.AssemblyName, trees, references, DeviceCompilation.Options(kind));

            // A full emit, not just diagnostics: its diagnostics include the compiler's and those only emit finds.
            using (var image = new MemoryStream())
            {
                EmitResult emitted = result.Compilation.Emit(image);
                Report(emitted.Diagnostics, string.Empty, relativePath, findings);
                if (emitted.Success)
                {
                    result.Image = image.ToArray();
                }
            }

            CheckReadme(project, result.Compilation, references, findings);
            DeviceCompilation.Deduplicate(findings);
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
                SyntaxTree tree = CSharpSyntaxTree.ParseText(mapped, DeviceCompilation.ParseOptions, path);
                var snippet = CSharpCompilation.Create("ReadmeSnippet" + index++, new[] { tree }, snippetReferences, DeviceCompilation.Options(OutputKind.DynamicallyLinkedLibrary));
                DeviceSyntaxRules.Check(tree, path, findings);
                using var discard = new MemoryStream();
                Report(snippet.Emit(discard).Diagnostics, "README snippet: ", path, findings);
            }
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
    }
}
