using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoPos.ProfileCheck
{
    /// <summary>
    /// Rules the C# compiler accepts but the nanoFramework 1.x toolchain does not: the 1.x runtime and
    /// its metadata processor have no generics, so declaring a generic type or method is an error even
    /// though the language allows it.
    /// </summary>
    public static class DeviceSyntaxRules
    {
        /// <summary>PC010: reports every generic type, delegate, method or local function declaration in a tree.</summary>
        public static void Check(SyntaxTree tree, string path, List<Finding> findings)
        {
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
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
    }
}
