using System;
using System.Collections.Generic;

namespace NanoPos.TestBridge
{
    /// <summary>A [TestClass] type and its test cases in device run order.</summary>
    public sealed class BridgeClass
    {
        private readonly List<BridgeCase> cases = new List<BridgeCase>();

        internal BridgeClass(Type type, string rejectionReason)
        {
            Type = type;
            RejectionReason = rejectionReason;
        }

        /// <summary>The test class.</summary>
        public Type Type { get; }

        /// <summary>The class's full name with nested types joined by '.'.</summary>
        public string FullName => Type.FullName.Replace('+', '.');

        /// <summary>
        /// Why the class cannot run as on the device (instance state or constructor logic); null when it
        /// can. Every case of a rejected class is reported failed with this text and nothing is invoked.
        /// </summary>
        public string RejectionReason { get; }

        /// <summary>
        /// The cases in run order: every [Setup], then every [TestMethod], then every [DataRow], then
        /// every [Cleanup]; within each group, methods in declaration order.
        /// </summary>
        public IReadOnlyList<BridgeCase> Cases => cases;

        internal void Add(BridgeCase testCase)
        {
            cases.Add(testCase);
        }

        /// <inheritdoc/>
        public override string ToString()
        {
            return FullName;
        }
    }
}
