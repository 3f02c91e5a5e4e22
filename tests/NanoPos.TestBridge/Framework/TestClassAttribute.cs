using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class that holds tests.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        /// <summary>
        /// Returns the test method attribute used to run a method of this class. The device
        /// launcher and the host bridge do not call it; it exists for API compatibility.
        /// </summary>
        /// <param name="testMethodAttribute">The attribute found on the method.</param>
        /// <returns><paramref name="testMethodAttribute"/> unchanged.</returns>
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute)
        {
            return testMethodAttribute;
        }
    }
}
