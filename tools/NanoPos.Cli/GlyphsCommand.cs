using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;

namespace NanoPos.Cli
{
    /// <summary>
    /// <c>nanopos glyphs [--unifont PATH] [--check]</c>: regenerates firmware/NanoPos.Ui/Text/AsciiFont.cs and CjkGlyphs.cs
    /// from GNU Unifont and the message catalog (<see cref="GlyphGenerator"/>), or with <c>--check</c> only compares
    /// them with what would be generated. Exit 0 written or up to date, 1 out of date or cannot be generated, 2 bad usage.
    /// </summary>
    public static class GlyphsCommand
    {
        private const int AsciiCount = 0x7E - 0x20 + 1;

        /// <summary>Builds the verb.</summary>
        /// <param name="context">Where it writes.</param>
        /// <returns>The verb.</returns>
        public static VerbCommand Create(CliContext context)
        {
            Option<string> unifont = CliOption.Text("--unifont", "PATH", "GNU Unifont's .hex file (default " + UnifontHex.DebianPath + ", Debian package unifont).");
            Option<bool> check = CliOption.Flag("--check", "Only compare the committed files with what would be generated.");

            // Another NanoPos.Ui folder, for tests of the command itself.
            Option<string> ui = CliOption.Text("--ui", "DIR", "Another NanoPos.Ui folder (tests).");
            ui.Hidden = true;
            var verb = new VerbCommand(
                "glyphs",
                "[--unifont PATH] [--check]",
                "Generate the firmware's font data (AsciiFont.cs, CjkGlyphs.cs) from GNU Unifont and the message catalog; "
                + "--check only compares.\n\n"
                + "Exit 0 written or up to date, 1 out of date or cannot be generated (also when the font file is missing), 2 on bad usage.")
            {
                unifont, check, ui,
            };
            verb.SetAction(parsed => Generate(parsed.GetValue(unifont) ?? UnifontHex.DebianPath, parsed.GetValue(check), parsed.GetValue(ui), context.Output, context.Error));
            return verb;
        }

        private static int Generate(string unifont, bool check, string uiFolder, TextWriter output, TextWriter error)
        {
            if (uiFolder == null)
            {
                string root = FindRoot(Directory.GetCurrentDirectory());
                if (root == null)
                {
                    error.WriteLine("nanopos glyphs: nanoPos.sln not found above the current folder; run it inside the repository.");
                    return 2;
                }

                uiFolder = Path.Combine(root, "firmware", "NanoPos.Ui");
            }

            if (!File.Exists(unifont))
            {
                error.WriteLine($"nanopos glyphs: {unifont} does not exist. Install GNU Unifont (Debian/Ubuntu: apt-get install -y unifont) or pass --unifont PATH.");
                return 1;
            }

            string ascii;
            string cjk;
            int glyphCount;
            try
            {
                var generator = new GlyphGenerator(UnifontHex.Load(unifont));
                SortedDictionary<char, string> characters = GlyphGenerator.CollectCatalogCharacters();
                glyphCount = characters.Count;
                ascii = generator.AsciiFontSource();
                cjk = generator.CjkGlyphsSource(characters);
            }
            catch (Exception e) when (e is GlyphException || e is FormatException)
            {
                error.WriteLine("nanopos glyphs: " + e.Message);
                return 1;
            }

            string textFolder = Path.Combine(uiFolder, GlyphGenerator.FolderName);
            string asciiPath = Path.Combine(textFolder, GlyphGenerator.AsciiFileName);
            string cjkPath = Path.Combine(textFolder, GlyphGenerator.CjkFileName);
            string summary = $"{AsciiCount} ASCII glyphs ({AsciiCount * 16} bytes), {glyphCount} CJK glyphs ({glyphCount * 32} bytes + {glyphCount * 2} bytes of code points)";
            if (check)
            {
                bool asciiOk = SameText(asciiPath, ascii);
                bool cjkOk = SameText(cjkPath, cjk);
                if (asciiOk && cjkOk)
                {
                    output.WriteLine($"nanopos glyphs --check: up to date: {summary}.");
                    return 0;
                }

                foreach (string stale in new[] { asciiOk ? null : asciiPath, cjkOk ? null : cjkPath })
                {
                    if (stale != null)
                    {
                        error.WriteLine($"nanopos glyphs --check: {stale} differs from what the catalog and {unifont} give; run tools/nanopos glyphs and commit the result.");
                    }
                }

                return 1;
            }

            Directory.CreateDirectory(textFolder);
            File.WriteAllText(asciiPath, ascii);
            File.WriteAllText(cjkPath, cjk);
            output.WriteLine($"nanopos glyphs: wrote {asciiPath} and {cjkPath} from {unifont}: {summary}.");
            return 0;
        }

        private static bool SameText(string path, string expected)
        {
            return File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == expected;
        }

        private static string FindRoot(string start)
        {
            for (DirectoryInfo d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "nanoPos.sln")))
                {
                    return d.FullName;
                }
            }

            return null;
        }
    }
}
