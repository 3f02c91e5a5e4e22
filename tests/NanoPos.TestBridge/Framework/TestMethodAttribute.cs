using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Marks a public method of a [TestClass] as a test. A method that also carries [DataRow]
    /// runs only once per data row (see <see cref="Helper.RemoveTestMethodIfDataRowExists"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }
}
