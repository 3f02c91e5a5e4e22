using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using nanoFramework.TestFramework;

namespace NanoPos.TestBridge
{
    /// <summary>
    /// Finds test classes and cases the way nanoFramework's UnitTestLauncher does: every class of
    /// <see cref="Assembly.GetTypes"/> carrying exactly [TestClass]; in it, the public methods
    /// (<see cref="Type.GetMethods()"/>) carrying exactly [Setup], [TestMethod], [DataRow] or [Cleanup].
    /// A method with both [TestMethod] and [DataRow] runs only through its data rows
    /// (<see cref="Helper.RemoveTestMethodIfDataRowExists"/>, as the launcher does).
    /// </summary>
    public static class BridgeDiscovery
    {
        /// <summary>Discovers the test classes of an assembly, in <see cref="Assembly.GetTypes"/> order.</summary>
        /// <param name="assembly">The test assembly.</param>
        /// <returns>The test classes with their cases.</returns>
        public static IReadOnlyList<BridgeClass> Discover(Assembly assembly)
        {
            if (assembly == null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            List<BridgeClass> classes = new List<BridgeClass>();
            foreach (Type type in assembly.GetTypes())
            {
                BridgeClass testClass = DiscoverClass(type);
                if (testClass != null)
                {
                    classes.Add(testClass);
                }
            }

            return classes;
        }

        /// <summary>Discovers one class.</summary>
        /// <param name="type">A type.</param>
        /// <returns>The test class, or null when <paramref name="type"/> is not a test class.</returns>
        public static BridgeClass DiscoverClass(Type type)
        {
            if (type == null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            if (!type.IsClass || type.ContainsGenericParameters || !HasExact(type.GetCustomAttributes(true), typeof(TestClassAttribute)))
            {
                return null;
            }

            BridgeClass testClass = new BridgeClass(type, InstanceStateCheck.Check(type));
            List<BridgeCase>[] phases = { new List<BridgeCase>(), new List<BridgeCase>(), new List<BridgeCase>(), new List<BridgeCase>() };
            MethodInfo[] methods = Order(type, type.GetMethods());
            MethodInfo[] hidden = Order(type, type.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .Where(m => !m.IsPrivate || m.DeclaringType == type).ToArray());
            HashSet<string> overloaded = FindOverloads(methods.Concat(hidden));
            HashSet<string> used = new HashSet<string>(StringComparer.Ordinal);

            foreach (MethodInfo method in methods.Concat(hidden))
            {
                object[] attribs = Helper.RemoveTestMethodIfDataRowExists(method.GetCustomAttributes(true));
                string problem = FindProblem(type, method);
                string baseName = testClass.FullName + "." + method.Name;
                if (overloaded.Contains(method.Name))
                {
                    baseName += "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name)) + ")";
                }

                int row = 0;
                foreach (object attrib in attribs)
                {
                    Type attribType = attrib.GetType();
                    BridgeCase testCase;
                    if (attribType == typeof(SetupAttribute))
                    {
                        testCase = Create(testClass, BridgeCaseKind.Setup, method, 0, null, baseName + " [Setup]", method.Name + " [Setup]", problem, used);
                    }
                    else if (attribType == typeof(TestMethodAttribute))
                    {
                        testCase = Create(testClass, BridgeCaseKind.TestMethod, method, 0, null, baseName, method.Name, problem, used);
                    }
                    else if (attribType == typeof(DataRowAttribute))
                    {
                        row++;
                        object[] arguments = ((DataRowAttribute)attrib).MethodParameters;
                        string display = method.Name + "(row " + row + ": " + ArgumentFormatter.Format(arguments) + ")";
                        testCase = Create(testClass, BridgeCaseKind.DataRow, method, row, arguments, baseName + "(row " + row + ")", display, problem, used);
                    }
                    else if (attribType == typeof(CleanupAttribute))
                    {
                        testCase = Create(testClass, BridgeCaseKind.Cleanup, method, 0, null, baseName + " [Cleanup]", method.Name + " [Cleanup]", problem, used);
                    }
                    else
                    {
                        continue;
                    }

                    phases[(int)testCase.Kind].Add(testCase);
                }
            }

            foreach (List<BridgeCase> phase in phases)
            {
                foreach (BridgeCase testCase in phase)
                {
                    testClass.Add(testCase);
                }
            }

            return testClass;
        }

        private static BridgeCase Create(
            BridgeClass testClass,
            BridgeCaseKind kind,
            MethodInfo method,
            int row,
            object[] arguments,
            string uniqueName,
            string displayName,
            string problem,
            HashSet<string> used)
        {
            string unique = uniqueName;
            for (int n = 2; !used.Add(unique); n++)
            {
                unique = uniqueName + " #" + n;
            }

            return new BridgeCase(testClass, kind, method, row, arguments, unique, displayName, problem);
        }

        private static string FindProblem(Type type, MethodInfo method)
        {
            if (!method.IsPublic)
            {
                return "'" + method.Name + "' is not public. The device launcher only runs public methods "
                    + "(Type.GetMethods()), so on the board it would be silently ignored. Make it public.";
            }

            if (!method.IsStatic && type.IsAbstract)
            {
                return "'" + method.Name + "' is an instance method of an abstract class; the host cannot create an "
                    + "instance to call it. The device launcher invokes test methods without an instance; make it static.";
            }

            return null;
        }

        private static HashSet<string> FindOverloads(IEnumerable<MethodInfo> methods)
        {
            return new HashSet<string>(
                methods.Where(IsTestMember).GroupBy(m => m.Name).Where(g => g.Count() > 1).Select(g => g.Key),
                StringComparer.Ordinal);
        }

        private static bool IsTestMember(MethodInfo method)
        {
            foreach (object attrib in method.GetCustomAttributes(true))
            {
                Type type = attrib.GetType();
                if (type == typeof(SetupAttribute) || type == typeof(TestMethodAttribute)
                    || type == typeof(DataRowAttribute) || type == typeof(CleanupAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasExact(object[] attribs, Type attributeType)
        {
            foreach (object attrib in attribs)
            {
                if (attrib.GetType() == attributeType)
                {
                    return true;
                }
            }

            return false;
        }

        private static MethodInfo[] Order(Type type, MethodInfo[] methods)
        {
            // Methods of the class itself first, then those of each base class; within a declaring
            // type, declaration order (metadata token order).
            return methods
                .Where(IsTestMember)
                .OrderBy(m => Depth(type, m.DeclaringType))
                .ThenBy(m => m.MetadataToken)
                .ToArray();
        }

        private static int Depth(Type type, Type declaringType)
        {
            int depth = 0;
            for (Type current = type; current != null && current != declaringType; current = current.BaseType)
            {
                depth++;
            }

            return depth;
        }
    }
}
