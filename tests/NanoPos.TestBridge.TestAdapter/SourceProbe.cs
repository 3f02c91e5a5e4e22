using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NanoPos.TestBridge.TestAdapter
{
    /// <summary>
    /// Decides from metadata alone, without loading the assembly, whether a source is a bridge test
    /// assembly (it references NanoPos.TestBridge). Everything else (xunit assemblies, native files,
    /// the bridge itself) is skipped quickly.
    /// </summary>
    internal static class SourceProbe
    {
        internal static bool ReferencesBridge(string source)
        {
            try
            {
                using (FileStream stream = File.OpenRead(source))
                using (PEReader reader = new PEReader(stream))
                {
                    if (!reader.HasMetadata)
                    {
                        return false;
                    }

                    MetadataReader metadata = reader.GetMetadataReader();
                    if (!metadata.IsAssembly)
                    {
                        return false;
                    }

                    foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
                    {
                        AssemblyReference reference = metadata.GetAssemblyReference(handle);
                        if (metadata.StringComparer.Equals(reference.Name, AdapterInfo.BridgeAssemblyName))
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }
            catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
