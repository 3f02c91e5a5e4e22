using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Rules the C# compiler accepts but nanoFramework 1.x does not honour: the 1.x runtime and its metadata
    /// processor have no generics, so declaring a generic type or method is an error even though the language
    /// allows it (PC010); and a fresh <c>string[]</c> on the interpreter holds elements that compare unequal to
    /// null (PC014).
    /// </summary>
    public static class DeviceSyntaxRules
    {
        /// <summary>
        /// PC010: reports every generic type, delegate, method or local function declaration in a tree.
        /// PC014: reports every <c>new string[n]</c> without an initializer (a line whose comment names PC014 is exempt:
        /// the one place that creates such arrays and stores null in each element).
        /// </summary>
        public static void Check(SyntaxTree tree, string path, List<Finding> findings)
        {
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                if (node is ArrayCreationExpressionSyntax array && IsBareStringArray(array))
                {
                    int index = array.GetLocation().GetLineSpan().StartLinePosition.Line;
                    if (tree.GetText().Lines[index].ToString().Contains("// PC014", System.StringComparison.Ordinal))
                    {
                        continue;
                    }

                    int at = array.GetLocation().GetMappedLineSpan().StartLinePosition.Line + 1;
                    findings.Add(new Finding(path, at, "PC014", "new string[n] without an initializer: on nanoCLR the elements of a fresh string array are null yet compare unequal to null (== null is false); create it with NanoPos.Hal.StringArray.Create(n), which stores a real null in each element"));
                    continue;
                }

                TypeParameterListSyntax typeParameters = node switch
                {
                    TypeDeclarationSyntax t => t.TypeParameterList,
                    DelegateDeclarationSyntax d => d.TypeParameterList,
                    MethodDeclarationSyntax m => m.TypeParameterList,
                    LocalFunctionStatementSyntax l => l.TypeParameterList,
                    _ => null,
                };

                if (typeParameters != null && typeParameters.Parameters.Count > 0)
                {
                    int line = typeParameters.GetLocation().GetMappedLineSpan().StartLinePosition.Line + 1;
                    string name = node switch
                    {
                        TypeDeclarationSyntax t => t.Identifier.Text,
                        DelegateDeclarationSyntax d => d.Identifier.Text,
                        MethodDeclarationSyntax m => m.Identifier.Text,
                        LocalFunctionStatementSyntax l => l.Identifier.Text,
                        _ => "?",
                    };
                    findings.Add(new Finding(path, line, "PC010", $"generic declaration '{name}{typeParameters}' — nanoFramework 1.x has no generics; use object, a specific type or an ArrayList"));
                }
            }
        }

        private static bool IsBareStringArray(ArrayCreationExpressionSyntax array)
        {
            // string[n] only: string[n][] is an array of arrays, whose elements (string[]) are not affected.
            if (array.Initializer != null
                || array.Type.RankSpecifiers.Count != 1
                || !(array.Type.ElementType is PredefinedTypeSyntax element)
                || !element.Keyword.IsKind(SyntaxKind.StringKeyword))
            {
                return false;
            }

            // new string[0] has no element to misbehave.
            SeparatedSyntaxList<ExpressionSyntax> sizes = array.Type.RankSpecifiers[0].Sizes;
            if (sizes.Count == 1 && sizes[0] is LiteralExpressionSyntax literal && literal.Token.Value is int size && size == 0)
            {
                return false;
            }

            return true;
        }
    }
}
