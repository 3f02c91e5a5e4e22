using System.Collections;
using System.Text;

namespace Fixture
{
    // Everything here exists in nanoFramework 1.x: this fixture must pass the check.
    public class Counter
    {
        private readonly ArrayList _items = new ArrayList();

        public int Add(int value)
        {
            _items.Add(value);
            var text = new StringBuilder();
            text.Append("count=").Append(_items.Count);
            return text.Length;
        }
    }
}
