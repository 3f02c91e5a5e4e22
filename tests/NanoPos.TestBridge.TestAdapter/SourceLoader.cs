using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace NanoPos.TestBridge.TestAdapter
{
    /// <summary>Loads a bridge test assembly and discovers its test classes.</summary>
    internal static class SourceLoader
    {
        /// <summary>Returns the test classes of <paramref name="source"/>, or null when it is not a bridge test assembly or cannot be loaded.</summary>
        internal static IReadOnlyList<BridgeClass> Load(string source, IMessageLogger logger)
        {
            if (!SourceProbe.ReferencesBridge(source))
            {
                return null;
            }

            Assembly assembly;
            try
            {
                assembly = Assembly.LoadFrom(Path.GetFullPath(source));
            }
            catch (Exception ex)
            {
                logger?.SendMessage(TestMessageLevel.Error, "NanoPos.TestBridge: cannot load " + source + ": " + ex);
                return null;
            }

            AssemblyLoadContext bridgeContext = AssemblyLoadContext.GetLoadContext(typeof(BridgeDiscovery).Assembly);
            if (AssemblyLoadContext.GetLoadContext(assembly) != bridgeContext)
            {
                logger?.SendMessage(
                    TestMessageLevel.Warning,
                    "NanoPos.TestBridge: " + source + " was loaded in another load context than the adapter; its test attributes may not be recognized.");
            }

            try
            {
                return BridgeDiscovery.Discover(assembly);
            }
            catch (ReflectionTypeLoadException ex)
            {
                string details = string.Join("; ", ex.LoaderExceptions.Where(e => e != null).Select(e => e.Message).Distinct());
                logger?.SendMessage(TestMessageLevel.Error, "NanoPos.TestBridge: cannot read the types of " + source + ": " + details);
                return null;
            }
        }
    }
}
