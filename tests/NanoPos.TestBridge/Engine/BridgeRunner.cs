using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using nanoFramework.TestFramework;
using TestFrameworkShared;

namespace NanoPos.TestBridge
{
    /// <summary>
    /// Runs test cases with the semantics of nanoFramework's UnitTestLauncher:
    /// <list type="bullet">
    /// <item>per class: every [Setup], then every [TestMethod], then every [DataRow], then every [Cleanup];</item>
    /// <item>a [Setup] that throws exactly <see cref="SkipTestException"/> skips the rest of the class,
    /// [Cleanup] included; a [Setup] that fails otherwise is reported failed and the class continues;</item>
    /// <item>a case is skipped only when the exception's type is exactly SkipTestException
    /// (a derived type fails); any other exception fails it;</item>
    /// <item>methods are invoked without a constructed instance: static methods with no target,
    /// instance methods on an uninitialized object (classes with instance state are rejected by
    /// <see cref="BridgeDiscovery"/>).</item>
    /// </list>
    /// When only some cases are selected, each class with a selected case still runs all its [Setup]
    /// methods first and all its [Cleanup] methods last, and reports them.
    /// </summary>
    public sealed class BridgeRunner
    {
        private volatile bool cancelled;

        /// <summary>Raised before a case runs (or is reported without running).</summary>
        public event Action<BridgeCase> CaseStarting;

        /// <summary>Raised with the result of each case.</summary>
        public event Action<BridgeResult> CaseFinished;

        /// <summary>True once <see cref="Cancel"/> was called.</summary>
        public bool IsCancelled => cancelled;

        /// <summary>
        /// Stops the run: no further test method or data row starts; the [Cleanup] methods of the class
        /// being run still run.
        /// </summary>
        public void Cancel()
        {
            cancelled = true;
        }

        /// <summary>Runs classes in the given order.</summary>
        /// <param name="classes">The classes, usually from <see cref="BridgeDiscovery.Discover"/>.</param>
        /// <param name="isSelected">Selects the cases to run; null runs all. Setup and Cleanup of a class run whenever one of its cases is selected.</param>
        /// <returns>The results in run order.</returns>
        public IReadOnlyList<BridgeResult> Run(IEnumerable<BridgeClass> classes, Func<BridgeCase, bool> isSelected = null)
        {
            if (classes == null)
            {
                throw new ArgumentNullException(nameof(classes));
            }

            List<BridgeResult> results = new List<BridgeResult>();
            foreach (BridgeClass testClass in classes)
            {
                if (cancelled)
                {
                    break;
                }

                RunClass(testClass, isSelected ?? (_ => true), results);
            }

            return results;
        }

        /// <summary>Runs one class.</summary>
        /// <param name="testClass">The class.</param>
        /// <param name="isSelected">Selects the cases to run; null runs all.</param>
        /// <returns>The results in run order.</returns>
        public IReadOnlyList<BridgeResult> Run(BridgeClass testClass, Func<BridgeCase, bool> isSelected = null)
        {
            if (testClass == null)
            {
                throw new ArgumentNullException(nameof(testClass));
            }

            return Run(new[] { testClass }, isSelected);
        }

        private static bool IsSetupOrCleanup(BridgeCase testCase)
        {
            return testCase.Kind == BridgeCaseKind.Setup || testCase.Kind == BridgeCaseKind.Cleanup;
        }

        private void RunClass(BridgeClass testClass, Func<BridgeCase, bool> isSelected, List<BridgeResult> results)
        {
            if (!testClass.Cases.Any(isSelected))
            {
                return;
            }

            List<BridgeCase> cases = testClass.Cases.Where(c => IsSetupOrCleanup(c) || isSelected(c)).ToList();
            if (testClass.RejectionReason != null)
            {
                foreach (BridgeCase testCase in cases)
                {
                    Report(results, testCase, BridgeOutcome.Failed, testClass.RejectionReason, null, null, string.Empty, DateTimeOffset.Now);
                }

                return;
            }

            object instance = null;
            string skipReason = null;
            foreach (BridgeCase testCase in cases)
            {
                if (skipReason != null)
                {
                    Report(results, testCase, BridgeOutcome.Skipped, skipReason, null, null, string.Empty, DateTimeOffset.Now);
                    continue;
                }

                if (cancelled && !IsSetupOrCleanup(testCase))
                {
                    continue;
                }

                BridgeResult result = Execute(results, testCase, ref instance);
                if (testCase.Kind == BridgeCaseKind.Setup && result.Outcome == BridgeOutcome.Skipped)
                {
                    skipReason = "Skipped because [Setup] '" + testCase.Method.Name + "' skipped the class: " + result.Message;
                }
            }
        }

        private BridgeResult Execute(List<BridgeResult> results, BridgeCase testCase, ref object instance)
        {
            CaseStarting?.Invoke(testCase);
            DateTimeOffset start = DateTimeOffset.Now;
            if (testCase.Problem != null)
            {
                return Report(results, testCase, BridgeOutcome.Failed, testCase.Problem, null, null, string.Empty, start, false);
            }

            Exception error = null;
            StringBuilder buffer = OutputCapture.Begin();
            string output;
            try
            {
                object target = null;
                if (!testCase.Method.IsStatic)
                {
                    target = instance ??= RuntimeHelpers.GetUninitializedObject(testCase.Class.Type);
                }

                object[] arguments = testCase.Kind == BridgeCaseKind.DataRow ? (object[])testCase.Arguments?.Clone() : null;
                testCase.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);
            }
            catch (Exception ex)
            {
                error = ex;
            }
            finally
            {
                output = OutputCapture.End(buffer);
            }

            if (error == null)
            {
                return Report(results, testCase, BridgeOutcome.Passed, null, null, null, output, start, false);
            }

            if (error.GetType() == typeof(SkipTestException))
            {
                return Report(results, testCase, BridgeOutcome.Skipped, error.Message, null, error, output, start, false);
            }

            return Report(results, testCase, BridgeOutcome.Failed, Describe(error), StackText(error), error, output, start, false);
        }

        private BridgeResult Report(
            List<BridgeResult> results,
            BridgeCase testCase,
            BridgeOutcome outcome,
            string message,
            string stackTrace,
            Exception exception,
            string output,
            DateTimeOffset start,
            bool raiseStarting = true)
        {
            if (raiseStarting)
            {
                CaseStarting?.Invoke(testCase);
            }

            BridgeResult result = new BridgeResult(testCase, outcome, message, stackTrace, exception, output, start, DateTimeOffset.Now);
            results.Add(result);
            CaseFinished?.Invoke(result);
            return result;
        }

        private static string Describe(Exception error)
        {
            if (error is AssertFailedException)
            {
                return error.Message;
            }

            StringBuilder text = new StringBuilder(error.GetType().FullName).Append(": ").Append(error.Message);
            if (error is SkipTestException)
            {
                text.Append(" (This exception derives from SkipTestException: only the exact type SkipTestException skips a test, as on the device.)");
            }

            for (Exception inner = error.InnerException; inner != null; inner = inner.InnerException)
            {
                text.Append(" ---> ").Append(inner.GetType().FullName).Append(": ").Append(inner.Message);
            }

            return text.ToString();
        }

        private static string StackText(Exception error)
        {
            StringBuilder text = new StringBuilder(TrimRunnerFrames(error.StackTrace));
            for (Exception inner = error.InnerException; inner != null; inner = inner.InnerException)
            {
                text.AppendLine().Append("--- inner ").Append(inner.GetType().FullName).Append(": ").Append(inner.Message).AppendLine(" ---");
                text.Append(TrimRunnerFrames(inner.StackTrace));
            }

            return text.ToString();
        }

        // Drops the trailing frames of reflection and of this runner, which only show how the test was called.
        private static string TrimRunnerFrames(string stackTrace)
        {
            if (string.IsNullOrEmpty(stackTrace))
            {
                return string.Empty;
            }

            List<string> lines = stackTrace.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            while (lines.Count > 1 && IsRunnerFrame(lines[lines.Count - 1]))
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return string.Join(Environment.NewLine, lines);
        }

        private static bool IsRunnerFrame(string line)
        {
            string frame = line.TrimStart();
            return frame.StartsWith("at System.Reflection.", StringComparison.Ordinal)
                || frame.StartsWith("at System.RuntimeMethodHandle.", StringComparison.Ordinal)
                || frame.StartsWith("at InvokeStub_", StringComparison.Ordinal)
                || frame.StartsWith("at NanoPos.TestBridge.BridgeRunner.", StringComparison.Ordinal)
                || frame.StartsWith("---", StringComparison.Ordinal);
        }
    }
}
