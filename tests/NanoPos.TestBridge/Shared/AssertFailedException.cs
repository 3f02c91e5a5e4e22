using System;

namespace TestFrameworkShared
{
    /// <summary>
    /// Thrown by the assertion methods when an assertion fails (mirrors nanoFramework.TestFramework 3.0.77).
    /// </summary>
    public class AssertFailedException : Exception
    {
        /// <summary>Creates an exception with the default message.</summary>
        public AssertFailedException()
        {
        }

        /// <summary>Creates an exception with the given message.</summary>
        /// <param name="msg">The failure message.</param>
        public AssertFailedException(string msg)
            : base(msg)
        {
        }

        /// <summary>Creates an exception with the given message and inner exception.</summary>
        /// <param name="msg">The failure message.</param>
        /// <param name="ex">The exception that caused the failure.</param>
        public AssertFailedException(string msg, Exception ex)
            : base(msg, ex)
        {
        }
    }
}
