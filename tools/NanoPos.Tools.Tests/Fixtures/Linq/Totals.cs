using System.Linq;

namespace Fixture
{
    public static class Totals
    {
        public static int Large(int[] amounts)
        {
            return amounts.Where(a => a > 100).Count();
        }
    }
}
