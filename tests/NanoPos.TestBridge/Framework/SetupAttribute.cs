using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Marks a method run before the tests of its class. If it throws exactly
    /// <see cref="SkipTestException"/>, the rest of the class (tests and cleanup) is skipped;
    /// any other exception fails it and the class still runs.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }
}
