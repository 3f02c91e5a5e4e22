using System.Collections.Generic;

namespace Fixture
{
    public class Basket
    {
        private readonly List<int> _amounts = new List<int>();

        public int Count => _amounts.Count;
    }
}
