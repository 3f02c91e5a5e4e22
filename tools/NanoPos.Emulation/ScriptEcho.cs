using System.Linq;
using System.Text;
using NanoPos.Ui;

namespace NanoPos.Emulation
{
    /// <summary>
    /// The echo of a script command in the log <see cref="ScriptRunner"/> prints ("> " and the command), with what a log
    /// must not show masked (issue 12): card numbers first 6 + last 4 (<see cref="CardNumberText"/>) in any command —
    /// an expectation may name one — and, in a <c>press</c>, the digits of keys typed on a PIN screen (cardholder or
    /// technician, <see cref="IsSecret"/>) as '*'.
    /// </summary>
    internal static class ScriptEcho
    {
        /// <summary>Returns the echo of a command other than <c>press</c>: its text with card numbers masked.</summary>
        /// <param name="command">The command.</param>
        /// <returns>The line to print.</returns>
        public static string Of(ScriptCommand command) => "> " + CardNumberText.Mask(command.Text);

        /// <summary>Gets whether a key pressed on this screen is secret (a PIN digit): its echo is '*'.</summary>
        /// <param name="screen">The screen shown when the key is pressed.</param>
        /// <returns>True on the cardholder's and the technician's PIN screens.</returns>
        public static bool IsSecret(UiScreen screen) => screen == UiScreen.Pin || screen == UiScreen.TechnicianPin;

        /// <summary>
        /// Returns the echo of a <c>press</c>, word by word, with the digits of hidden keys as '*' and card numbers
        /// masked. Keys from <paramref name="pressed"/> on (a failure left them unpressed: where they would have gone is
        /// unknown) are hidden too.
        /// </summary>
        /// <param name="c">The press command (<see cref="TerminalScript.Keys"/>: a run of digits is one key per digit, any other word one key).</param>
        /// <param name="hidden">For each key pressed, whether it was secret (<see cref="IsSecret"/>).</param>
        /// <param name="pressed">How many keys were pressed.</param>
        /// <returns>The line to print.</returns>
        public static string OfPress(ScriptCommand c, bool[] hidden, int pressed)
        {
            var echo = new StringBuilder(c.Verb);
            int k = 0;
            foreach (string word in c.Args)
            {
                echo.Append(' ');
                bool digits = word.All(ch => ch >= '0' && ch <= '9');
                if (!digits)
                {
                    echo.Append(word);
                    k++;
                    continue;
                }

                foreach (char ch in word)
                {
                    echo.Append(hidden[k] || k >= pressed ? '*' : ch);
                    k++;
                }
            }

            return "> " + CardNumberText.Mask(echo.ToString());
        }
    }
}
