using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a method run after all tests and data rows of its class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute
    {
    }
}
