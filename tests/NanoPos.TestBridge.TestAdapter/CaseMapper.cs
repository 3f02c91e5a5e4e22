using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Navigation;

namespace NanoPos.TestBridge.TestAdapter
{
    /// <summary>
    /// Turns engine cases of one source into VSTest test cases and results. All data rows of a method
    /// share its FullyQualifiedName (so a filter on the method selects every row); each case gets its
    /// own Id, derived from the source path and <see cref="BridgeCase.UniqueName"/>.
    /// </summary>
    internal sealed class CaseMapper : IDisposable
    {
        internal static readonly TestProperty KindProperty = TestProperty.Register(
            "NanoPosBridge.Kind", "Kind", typeof(string), TestPropertyAttributes.Hidden, typeof(TestCase));

        internal static readonly TestProperty ClassNameProperty = TestProperty.Register(
            "NanoPosBridge.ClassName", "ClassName", typeof(string), TestPropertyAttributes.Hidden, typeof(TestCase));

        internal static readonly TestProperty MethodNameProperty = TestProperty.Register(
            "NanoPosBridge.Name", "Name", typeof(string), TestPropertyAttributes.Hidden, typeof(TestCase));

        /// <summary>Property names accepted in <c>--filter</c>.</summary>
        internal static readonly string[] SupportedProperties = { "FullyQualifiedName", "DisplayName", "Name", "ClassName", "Kind" };

        private readonly string source;
        private readonly Dictionary<BridgeCase, TestCase> testCases = new Dictionary<BridgeCase, TestCase>();
        private DiaSession navigation;
        private bool navigationFailed;

        internal CaseMapper(string source)
        {
            this.source = source;
        }

        internal static TestProperty GetProperty(string name)
        {
            switch (name?.ToUpperInvariant())
            {
                case "FULLYQUALIFIEDNAME": return TestCaseProperties.FullyQualifiedName;
                case "DISPLAYNAME": return TestCaseProperties.DisplayName;
                case "NAME": return MethodNameProperty;
                case "CLASSNAME": return ClassNameProperty;
                case "KIND": return KindProperty;
                default: return null;
            }
        }

        internal static object GetValue(BridgeCase testCase, string name)
        {
            switch (name?.ToUpperInvariant())
            {
                case "FULLYQUALIFIEDNAME": return testCase.FullyQualifiedName;
                case "DISPLAYNAME": return testCase.DisplayName;
                case "NAME": return testCase.Method.Name;
                case "CLASSNAME": return testCase.Class.FullName;
                case "KIND": return testCase.Kind.ToString();
                default: return null;
            }
        }

        internal Guid IdOf(BridgeCase testCase)
        {
            return IdOf(source, testCase);
        }

        internal static Guid IdOf(string source, BridgeCase testCase)
        {
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(AdapterInfo.ExecutorUriText + "|" + source + "|" + testCase.UniqueName));
            byte[] bytes = new byte[16];
            Array.Copy(hash, bytes, 16);
            return new Guid(bytes);
        }

        internal TestCase ToTestCase(BridgeCase testCase)
        {
            if (testCases.TryGetValue(testCase, out TestCase existing))
            {
                return existing;
            }

            TestCase result = new TestCase(testCase.FullyQualifiedName, AdapterInfo.ExecutorUri, source)
            {
                Id = IdOf(testCase),
                DisplayName = testCase.DisplayName,
            };
            result.SetPropertyValue(KindProperty, testCase.Kind.ToString());
            result.SetPropertyValue(ClassNameProperty, testCase.Class.FullName);
            result.SetPropertyValue(MethodNameProperty, testCase.Method.Name);
            AddNavigation(result, testCase);
            testCases.Add(testCase, result);
            return result;
        }

        internal TestResult ToResult(BridgeResult bridgeResult)
        {
            TestResult result = new TestResult(ToTestCase(bridgeResult.Case))
            {
                DisplayName = bridgeResult.Case.DisplayName,
                Outcome = ToOutcome(bridgeResult.Outcome),
                ErrorMessage = bridgeResult.Message,
                ErrorStackTrace = bridgeResult.StackTrace,
                StartTime = bridgeResult.StartTime,
                EndTime = bridgeResult.EndTime,
                Duration = bridgeResult.Duration,
                ComputerName = Environment.MachineName,
            };

            if (!string.IsNullOrEmpty(bridgeResult.Output))
            {
                result.Messages.Add(new TestResultMessage(TestResultMessage.StandardOutCategory, bridgeResult.Output));
            }

            return result;
        }

        internal static TestOutcome ToOutcome(BridgeOutcome outcome)
        {
            switch (outcome)
            {
                case BridgeOutcome.Passed: return TestOutcome.Passed;
                case BridgeOutcome.Skipped: return TestOutcome.Skipped;
                default: return TestOutcome.Failed;
            }
        }

        public void Dispose()
        {
            navigation?.Dispose();
            navigation = null;
        }

        private void AddNavigation(TestCase result, BridgeCase testCase)
        {
            if (navigationFailed)
            {
                return;
            }

            try
            {
                navigation ??= new DiaSession(source);
                INavigationData data = navigation.GetNavigationData(testCase.Method.DeclaringType.FullName, testCase.Method.Name);
                if (data != null && !string.IsNullOrEmpty(data.FileName))
                {
                    result.CodeFilePath = data.FileName;
                    result.LineNumber = data.MinLineNumber;
                }
            }
            catch (Exception)
            {
                // Source locations are optional: no PDB or an unreadable one only costs navigation.
                navigationFailed = true;
            }
        }
    }
}
