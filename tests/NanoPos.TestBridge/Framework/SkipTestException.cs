using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Thrown to mark the running test as skipped. Only this exact type skips a test: the device
    /// launcher compares <c>ex.GetType() == typeof(SkipTestException)</c>, so a derived exception
    /// type makes the test fail. Thrown from a [Setup] method, it skips the rest of the class.
    /// </summary>
    public class SkipTestException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">Why the test is skipped.</param>
        /// <param name="innerException">An optional inner exception.</param>
        public SkipTestException(string message = null, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
