using System.Reflection;

namespace NanoPos.TestBridge
{
    /// <summary>
    /// One test case: a [Setup], [TestMethod] or [Cleanup] method, or one [DataRow] of a method.
    /// Created by <see cref="BridgeDiscovery"/>.
    /// </summary>
    public sealed class BridgeCase
    {
        internal BridgeCase(
            BridgeClass testClass,
            BridgeCaseKind kind,
            MethodInfo method,
            int rowNumber,
            object[] arguments,
            string uniqueName,
            string displayName,
            string problem)
        {
            Class = testClass;
            Kind = kind;
            Method = method;
            RowNumber = rowNumber;
            Arguments = arguments;
            UniqueName = uniqueName;
            DisplayName = displayName;
            Problem = problem;
        }

        /// <summary>The test class the case belongs to.</summary>
        public BridgeClass Class { get; }

        /// <summary>What the case runs.</summary>
        public BridgeCaseKind Kind { get; }

        /// <summary>The method invoked.</summary>
        public MethodInfo Method { get; }

        /// <summary>The 1-based number of the data row among the method's rows; 0 when not a data row.</summary>
        public int RowNumber { get; }

        /// <summary>The data row's arguments (DataRowAttribute.MethodParameters); null when not a data row.</summary>
        public object[] Arguments { get; }

        /// <summary>
        /// Class full name (nested types joined with '.') and method name, e.g.
        /// <c>NanoPos.Iso8583.Tests.BcdTests.Encode_PadsOddLength</c>. Shared by all rows of a method.
        /// </summary>
        public string FullyQualifiedName => Class.FullName + "." + Method.Name;

        /// <summary>
        /// A name unique within the assembly: the fully qualified name, with the parameter types when the
        /// name is overloaded, plus "(row N)", " [Setup]" or " [Cleanup]".
        /// </summary>
        public string UniqueName { get; }

        /// <summary>
        /// The name shown in results: <c>Method</c>, <c>Method(row 2: "123", 2)</c>,
        /// <c>Method [Setup]</c> or <c>Method [Cleanup]</c>.
        /// </summary>
        public string DisplayName { get; }

        /// <summary>
        /// Why the case cannot run as on the device (for example a non-public test method); null when it
        /// can. A case with a problem is reported failed without being invoked.
        /// </summary>
        public string Problem { get; }

        /// <inheritdoc/>
        public override string ToString()
        {
            return UniqueName;
        }
    }
}
