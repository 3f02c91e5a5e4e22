using System.Text;

namespace Fixture
{
    public class Line
    {
        public string Build()
        {
            var sb = new StringBuilder();
            return sb.ToString();
        }
    }
}
