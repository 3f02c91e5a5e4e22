using System.Reflection;
using System.Runtime.InteropServices;

// Assembly identity for the device build. The host build uses the same file
// (GenerateAssemblyInfo is off for device-shared projects, see Directory.Build.props).
[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("Unit tests of DES/3DES, the CUP MAC, working keys, PIN encryption and key wrapping (board and host).")]
[assembly: AssemblyCompany("nanoPos")]
[assembly: AssemblyProduct("nanoPos")]
[assembly: AssemblyCopyright("Copyright (c) nanoPos contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
