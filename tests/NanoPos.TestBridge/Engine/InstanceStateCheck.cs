using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace NanoPos.TestBridge
{
    /// <summary>
    /// Rejects test classes that rely on an instance. The device launcher calls every test method
    /// with <c>method.Invoke(null, ...)</c>: no object is ever constructed, so instance fields are
    /// never initialized and constructors never run. The host calls instance methods on an
    /// uninitialized object (no constructor runs either), which would hide such bugs; these
    /// classes are therefore refused.
    /// </summary>
    internal static class InstanceStateCheck
    {
        private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        internal static string Check(Type type)
        {
            List<string> findings = new List<string>();
            for (Type current = type; current != null && current != typeof(object); current = current.BaseType)
            {
                string owner = current == type ? string.Empty : " (inherited from " + current.FullName + ")";
                foreach (FieldInfo field in current.GetFields(Declared).OrderBy(f => f.MetadataToken))
                {
                    findings.Add(Describe(current, field) + owner);
                }

                foreach (ConstructorInfo constructor in current.GetConstructors(Declared).OrderBy(c => c.MetadataToken))
                {
                    if (!IsTrivial(constructor))
                    {
                        string parameters = string.Join(", ", constructor.GetParameters().Select(p => p.ParameterType.Name));
                        findings.Add("an instance constructor with a body '" + current.Name + "(" + parameters + ")'" + owner);
                    }
                }
            }

            if (findings.Count == 0)
            {
                return null;
            }

            return "Test class '" + type.FullName + "' declares " + string.Join("; ", findings)
                + ". The device launcher invokes test methods without an instance (method.Invoke(null, ...)), "
                + "so instance state is never initialized and constructors never run; make it static "
                + "(static fields/properties, initialization in a [Setup] method).";
        }

        private static string Describe(Type owner, FieldInfo field)
        {
            string name = field.Name;
            if (name.StartsWith("<", StringComparison.Ordinal) && name.EndsWith(">k__BackingField", StringComparison.Ordinal))
            {
                string property = name.Substring(1, name.Length - "<>k__BackingField".Length);
                return "instance auto-property '" + property + "' (its backing field is instance state)";
            }

            if (owner.GetEvent(name, Declared) != null)
            {
                return "instance event '" + name + "' (its backing field is instance state)";
            }

            return "instance field '" + name + "'";
        }

        // True when the constructor only calls a parameterless base constructor:
        // ldarg.0; call <base ctor>; ret (nop instructions ignored).
        private static bool IsTrivial(ConstructorInfo constructor)
        {
            MethodBody body = constructor.GetMethodBody();
            if (body == null)
            {
                return true;
            }

            byte[] il = body.GetILAsByteArray();
            int at = SkipNops(il, 0);
            if (at >= il.Length || il[at] != 0x02)
            {
                return false;
            }

            at = SkipNops(il, at + 1);
            if (at + 5 > il.Length || il[at] != 0x28)
            {
                return false;
            }

            int token = BitConverter.ToInt32(il, at + 1);
            at = SkipNops(il, at + 5);
            if (at != il.Length - 1 || il[at] != 0x2A)
            {
                return false;
            }

            MethodBase target;
            try
            {
                target = constructor.Module.ResolveMethod(token);
            }
            catch (ArgumentException)
            {
                return false;
            }

            return target is ConstructorInfo && target.GetParameters().Length == 0
                && target.DeclaringType == constructor.DeclaringType.BaseType;
        }

        private static int SkipNops(byte[] il, int at)
        {
            while (at < il.Length && il[at] == 0x00)
            {
                at++;
            }

            return at;
        }
    }
}
