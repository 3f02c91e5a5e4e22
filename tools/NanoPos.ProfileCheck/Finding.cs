namespace NanoPos.ProfileCheck
{
    /// <summary>One problem the profile check found: where, which rule, and a message a person can act on.</summary>
    public sealed class Finding
    {
        /// <summary>Creates a finding.</summary>
        /// <param name="path">File path relative to the solution folder, with forward slashes.</param>
        /// <param name="line">1-based line number, or 0 when the finding is about the whole file.</param>
        /// <param name="code">Rule code: a Roslyn id such as CS0246, or PC0xx for the check's own rules.</param>
        /// <param name="message">Plain-language message.</param>
        /// <param name="isError">False for warnings, which are printed but do not fail the check.</param>
        public Finding(string path, int line, string code, string message, bool isError = true)
        {
            Path = path;
            Line = line;
            Code = code;
            Message = message;
            IsError = isError;
        }

        /// <summary>Gets the file path relative to the solution folder, with forward slashes.</summary>
        public string Path { get; }

        /// <summary>Gets the 1-based line number, or 0 for a whole-file finding.</summary>
        public int Line { get; }

        /// <summary>Gets the rule code (CSxxxx from the compiler, PCxxx from this check).</summary>
        public string Code { get; }

        /// <summary>Gets the plain-language message.</summary>
        public string Message { get; }

        /// <summary>Gets whether the finding fails the check.</summary>
        public bool IsError { get; }

        /// <summary>Formats the finding as <c>file:line: message [code]</c>.</summary>
        public override string ToString()
        {
            string where = Line > 0 ? Path + ":" + Line : Path;
            return where + ": " + (IsError ? string.Empty : "warning: ") + Message + " [" + Code + "]";
        }
    }
}
