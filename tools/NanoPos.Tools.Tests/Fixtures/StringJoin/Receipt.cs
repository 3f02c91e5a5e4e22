namespace Fixture
{
    public static class Receipt
    {
        public static string Lines(string[] lines)
        {
            return string.Join("\n", lines);
        }
    }
}
