namespace Fixture
{
    public class Slots
    {
        private readonly string[] _names = new string[8];

        public bool IsFree(int slot)
        {
            return _names[slot] == null;
        }
    }
}
