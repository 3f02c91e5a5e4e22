using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

// Assembly identity for the device build. The host build uses the same file
// (GenerateAssemblyInfo is off for device-shared projects, see Directory.Build.props).
[assembly: AssemblyTitle("NanoPos.Qr")]
[assembly: AssemblyDescription("QR Code Model 2 encoder (versions 1 to 9) drawn into the monochrome framebuffer.")]
[assembly: AssemblyCompany("nanoPos")]
[assembly: AssemblyProduct("nanoPos")]
[assembly: AssemblyCopyright("Copyright (c) nanoPos contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]

// The known-answer tests read the codewords and the format and version tables: the device test assembly (every
// device test project is named NFUnitTest) and its host build.
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("NanoPos.Qr.Tests")]
