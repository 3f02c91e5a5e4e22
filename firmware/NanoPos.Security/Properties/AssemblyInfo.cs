using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

// Assembly identity for the device build. The host build uses the same file
// (GenerateAssemblyInfo is off for device-shared projects, see Directory.Build.props).
[assembly: AssemblyTitle("NanoPos.Security")]
[assembly: AssemblyDescription("DES/3DES, key check values, CUP working keys, PIN block encryption, CUP MAC and key wrapping.")]
[assembly: AssemblyCompany("nanoPos")]
[assembly: AssemblyProduct("nanoPos")]
[assembly: AssemblyCopyright("Copyright (c) nanoPos contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]

// The tests that prove Clear() wipes key material look at the wiped arrays: the device test assembly (every device
// test project is named NFUnitTest) and its host build.
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("NanoPos.Security.Tests")]
