namespace NanoPos.Ui
{
    /// <summary>
    /// Names of the <see cref="UiScreen"/> values as scripts write them ("Idle", "Result"), since on the device
    /// <c>enum.ToString()</c> prints a number.
    /// </summary>
    public static class UiScreens
    {
        private static readonly string[] s_names = new string[]
        {
            "Boot", "ConfigError", "Fatal", "Idle", "Menu", "Amount", "Card", "Pin", "Processing", "Result",
            "History", "HistoryDetail", "VoidConfirm", "Settlement", "TechnicianPin", "TechnicianMenu", "DeviceInfo",
            "SelfTest", "Language", "Health", "HealthQr", "ReceiptQr", "DuplicateConfirm", "SupervisorPin",
        };

        /// <summary>Gets the number of screens: every value from 0 to Count - 1 is a <see cref="UiScreen"/>.</summary>
        public static int Count
        {
            get { return s_names.Length; }
        }

        /// <summary>Gets the name of a screen.</summary>
        /// <param name="screen">The screen.</param>
        /// <returns>The name, e.g. "Result"; the number as text for a value this version does not know.</returns>
        public static string Name(UiScreen screen)
        {
            int index = (int)screen;
            return index >= 0 && index < s_names.Length ? s_names[index] : index.ToString();
        }

        /// <summary>Finds a screen by its name, ignoring case.</summary>
        /// <param name="name">The name, e.g. "result".</param>
        /// <param name="screen">The screen, <see cref="UiScreen.Boot"/> when not found.</param>
        /// <returns>True when the name is known.</returns>
        public static bool TryParse(string name, out UiScreen screen)
        {
            screen = UiScreen.Boot;
            if (name == null)
            {
                return false;
            }

            string lower = name.ToLower();
            for (int i = 0; i < s_names.Length; i++)
            {
                if (s_names[i].ToLower() == lower)
                {
                    screen = (UiScreen)i;
                    return true;
                }
            }

            return false;
        }
    }
}
