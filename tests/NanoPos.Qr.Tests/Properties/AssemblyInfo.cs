using System.Reflection;
using System.Runtime.InteropServices;

// Assembly identity for the device build. The host build uses the same file
// (GenerateAssemblyInfo is off for device-shared projects, see Directory.Build.props).
[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("Known-answer tests of the QR Code encoder (board and host).")]
[assembly: AssemblyCompany("nanoPos")]
[assembly: AssemblyProduct("nanoPos")]
[assembly: AssemblyCopyright("Copyright (c) nanoPos contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
