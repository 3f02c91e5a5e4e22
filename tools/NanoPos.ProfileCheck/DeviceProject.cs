using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// What the profile check needs from a nanoFramework project file (.nfproj): its identity, its
    /// explicit Compile items, its assembly References with HintPaths, and its ProjectReferences.
    /// </summary>
    public sealed class DeviceProject
    {
        private DeviceProject(string path)
        {
            FullPath = System.IO.Path.GetFullPath(path);
            Directory = System.IO.Path.GetDirectoryName(FullPath);
        }

        /// <summary>Gets the absolute path of the .nfproj.</summary>
        public string FullPath { get; }

        /// <summary>Gets the folder holding the .nfproj.</summary>
        public string Directory { get; }

        /// <summary>Gets the AssemblyName property.</summary>
        public string AssemblyName { get; private set; }

        /// <summary>Gets the OutputType property (Exe or Library).</summary>
        public string OutputType { get; private set; }

        /// <summary>Gets the LangVersion property, or null when unset.</summary>
        public string LangVersion { get; private set; }

        /// <summary>Gets whether the project declares itself a unit test project.</summary>
        public bool IsTestProject { get; private set; }

        /// <summary>Gets the Compile items as written (relative paths, backslashes kept), with their lines.</summary>
        public List<ProjectItem> CompileItems { get; } = new List<ProjectItem>();

        /// <summary>Gets the Reference items (Include = assembly identity) with their HintPath in <see cref="ProjectItem.Detail"/>.</summary>
        public List<ProjectItem> References { get; } = new List<ProjectItem>();

        /// <summary>Gets the ProjectReference items (Include = relative path of the referenced project).</summary>
        public List<ProjectItem> ProjectReferences { get; } = new List<ProjectItem>();

        /// <summary>Parses an .nfproj file.</summary>
        /// <exception cref="XmlException">The file is not well-formed XML.</exception>
        public static DeviceProject Load(string path)
        {
            var project = new DeviceProject(path);
            XDocument doc = XDocument.Load(path, LoadOptions.SetLineInfo);
            foreach (XElement e in doc.Root.Descendants())
            {
                string name = e.Name.LocalName;
                string include = (string)e.Attribute("Include");
                int line = ((IXmlLineInfo)e).LineNumber;
                switch (name)
                {
                    case "AssemblyName":
                        project.AssemblyName = e.Value.Trim();
                        break;
                    case "OutputType":
                        project.OutputType = e.Value.Trim();
                        break;
                    case "LangVersion":
                        project.LangVersion = e.Value.Trim();
                        break;
                    case "IsTestProject":
                        project.IsTestProject = string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "Compile" when include != null:
                        project.CompileItems.Add(new ProjectItem(include, null, line));
                        break;
                    case "Reference" when include != null:
                        XElement hint = null;
                        foreach (XElement child in e.Elements())
                        {
                            if (child.Name.LocalName == "HintPath")
                            {
                                hint = child;
                            }
                        }

                        project.References.Add(new ProjectItem(include, hint?.Value.Trim(), line));
                        break;
                    case "ProjectReference" when include != null:
                        project.ProjectReferences.Add(new ProjectItem(include, null, line));
                        break;
                }
            }

            return project;
        }

        /// <summary>Resolves a path written in the project file (backslashes allowed) against its folder.</summary>
        public string Resolve(string relative)
        {
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, relative.Replace('\\', System.IO.Path.DirectorySeparatorChar)));
        }
    }
}
