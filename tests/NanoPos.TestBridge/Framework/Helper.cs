namespace nanoFramework.TestFramework
{
    /// <summary>Helpers shared by the test launcher and the test adapter.</summary>
    public static class Helper
    {
        /// <summary>
        /// Removes the [TestMethod] attribute when the same attribute array also holds a [DataRow]
        /// attribute, so that such a method runs only through its data rows. Types are compared by
        /// full name, as nanoFramework does.
        /// </summary>
        /// <param name="attribs">The attributes of a method.</param>
        /// <returns>A new array without [TestMethod] when a [DataRow] is present; otherwise <paramref name="attribs"/>.</returns>
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs)
        {
            if (attribs == null)
            {
                return null;
            }

            string testMethodName = typeof(TestMethodAttribute).FullName;
            string dataRowName = typeof(DataRowAttribute).FullName;
            int testMethods = 0;
            bool hasDataRow = false;

            foreach (object attrib in attribs)
            {
                string name = attrib?.GetType().FullName;
                if (name == testMethodName)
                {
                    testMethods++;
                }
                else if (name == dataRowName)
                {
                    hasDataRow = true;
                }
            }

            if (testMethods == 0 || !hasDataRow)
            {
                return attribs;
            }

            object[] result = new object[attribs.Length - testMethods];
            int next = 0;
            foreach (object attrib in attribs)
            {
                if (attrib?.GetType().FullName != testMethodName)
                {
                    result[next++] = attrib;
                }
            }

            return result;
        }
    }
}
