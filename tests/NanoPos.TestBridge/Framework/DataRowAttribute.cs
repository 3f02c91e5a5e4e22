using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Runs the method once with the given arguments. Each [DataRow] is a separate invocation
    /// (and a separate test case on the host).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Creates a data row.</summary>
        /// <param name="methodParameters">The arguments passed to the test method.</param>
        public DataRowAttribute(params object[] methodParameters)
        {
            MethodParameters = methodParameters;
        }

        /// <summary>The arguments passed to the test method.</summary>
        public object[] MethodParameters { get; }
    }
}
