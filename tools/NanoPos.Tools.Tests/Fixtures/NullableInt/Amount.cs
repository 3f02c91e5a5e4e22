namespace Fixture
{
    public class Amount
    {
        public int? MinorUnits;
    }
}
