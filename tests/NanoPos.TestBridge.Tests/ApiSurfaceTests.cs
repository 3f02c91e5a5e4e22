using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit;
using NfAssert = nanoFramework.TestFramework.Assert;

namespace NanoPos.TestBridge.Tests
{
    /// <summary>
    /// The bridge's nanoFramework.TestFramework and TestFrameworkShared types must match
    /// tools/nanoframework-profile/nanoFramework.TestFramework.json exactly: same types, kinds,
    /// modifiers, base types, kept attributes (AttributeUsage, Obsolete, ...), members, parameter
    /// types, names and defaults, and nothing public or protected beyond it.
    /// </summary>
    public class ApiSurfaceTests
    {
        private static readonly string[] MirroredNamespaces = { "nanoFramework.TestFramework", "TestFrameworkShared" };

        private static readonly Assembly Bridge = typeof(NfAssert).Assembly;

        [Fact]
        public void The_bridge_has_exactly_the_profile_types()
        {
            using JsonDocument profile = ApiSurface.LoadProfile();

            List<string> expected = ProfileTypes(profile).Select(t => t.GetProperty("fullName").GetString()).OrderBy(n => n, StringComparer.Ordinal).ToList();
            List<string> actual = BridgeTypes().Select(ApiSurface.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void Every_type_matches_the_profile_declaration()
        {
            using JsonDocument profile = ApiSurface.LoadProfile();
            List<string> mismatches = new List<string>();

            foreach (JsonElement profileType in ProfileTypes(profile))
            {
                Type type = Bridge.GetType(profileType.GetProperty("fullName").GetString());
                if (type == null)
                {
                    mismatches.Add("missing type " + profileType.GetProperty("fullName").GetString());
                    continue;
                }

                HashSet<string> inherited = InheritedInterfaces(type);
                string expected = ApiSurface.ProfileType(profileType, inherited);
                string actual = ApiSurface.ReflectedType(type, inherited);
                if (expected != actual)
                {
                    mismatches.Add("profile: " + expected + "\n  bridge:  " + actual);
                }
            }

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        }

        [Fact]
        public void Every_profile_member_exists_with_the_same_signature_and_no_member_is_extra()
        {
            using JsonDocument profile = ApiSurface.LoadProfile();
            List<string> problems = new List<string>();
            int compared = 0;

            foreach (JsonElement profileType in ProfileTypes(profile))
            {
                string fullName = profileType.GetProperty("fullName").GetString();
                Type type = Bridge.GetType(fullName);
                if (type == null)
                {
                    problems.Add("missing type " + fullName);
                    continue;
                }

                List<string> expected = ApiSurface.ProfileMembers(profileType).ToList();
                List<string> actual = ApiSurface.ReflectedMembers(type).ToList();
                compared += expected.Count;
                problems.AddRange(Difference(expected, actual).Select(m => fullName + ": missing or different in the bridge: " + m));
                problems.AddRange(Difference(actual, expected).Select(m => fullName + ": not in the profile: " + m));
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(compared > 100, "only " + compared + " profile members compared");
        }

        [Fact]
        public void The_canonical_rendering_sees_parameter_names_and_defaults()
        {
            // Guards the comparison itself: a renamed parameter or changed default must change the line.
            MethodInfo skip = typeof(NfAssert).GetMethod(nameof(NfAssert.SkipTest));
            string line = ApiSurface.ReflectedMembers(typeof(NfAssert)).Single(m => m.Contains(" SkipTest("));

            Assert.NotNull(skip);
            Assert.Equal("public method [static] void SkipTest(string message = null)", line);
            Assert.Contains(
                "public method [static] void AreEqual(int expected, int actual, string message = \"\")",
                ApiSurface.ReflectedMembers(typeof(NfAssert)));
        }

        private static IEnumerable<JsonElement> ProfileTypes(JsonDocument profile)
        {
            return profile.RootElement.GetProperty("types").EnumerateArray()
                .Where(t => MirroredNamespaces.Contains(t.GetProperty("namespace").GetString()));
        }

        private static IEnumerable<Type> BridgeTypes()
        {
            return Bridge.GetExportedTypes().Where(t => !t.IsNested && MirroredNamespaces.Contains(t.Namespace));
        }

        // Interfaces that come with the host base type (e.g. ISerializable from System.Exception) are not compared.
        private static HashSet<string> InheritedInterfaces(Type type)
        {
            return new HashSet<string>(
                (type.BaseType?.GetInterfaces() ?? Array.Empty<Type>()).Select(ApiSurface.Name),
                StringComparer.Ordinal);
        }

        private static IEnumerable<string> Difference(List<string> left, List<string> right)
        {
            List<string> remaining = new List<string>(right);
            foreach (string item in left)
            {
                if (!remaining.Remove(item))
                {
                    yield return item;
                }
            }
        }
    }
}
