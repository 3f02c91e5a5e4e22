using NanoPos.Hal;
using NanoPos.Ui.Messages;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// A title and a wrapped text, with no way out: boot steps, the configuration error and fatal errors. B and C
    /// scroll a text longer than three rows; no timeout (there is nothing to go back to).
    /// </summary>
    internal sealed class MessageScreen : Screen
    {
        private UiScreen _id;
        private MessageId _title;
        private string _body;
        private MessageId _bodyId;
        private bool _bodyIsId;
        private int _scroll;
        private int _lines;

        internal MessageScreen(TerminalUi ui)
            : base(ui)
        {
        }

        internal override UiScreen Id
        {
            get { return _id; }
        }

        internal override long TimeoutMs
        {
            get { return 0; }
        }

        internal void Set(UiScreen id, MessageId title, string body)
        {
            _id = id;
            _title = title;
            _body = body;
            _bodyIsId = false;
            _scroll = 0;
        }

        /// <summary>Sets a body given as a message, so a language change redraws it in the new language.</summary>
        internal void Set(UiScreen id, MessageId title, MessageId body)
        {
            Set(id, title, null);
            _bodyId = body;
            _bodyIsId = true;
        }

        /// <summary>Sets a boot step: "Starting" as the title and the step below it (nothing below for the first); returns this screen.</summary>
        internal MessageScreen SetBootStep(MessageId step)
        {
            if (step == MessageId.BootStarting)
            {
                Set(UiScreen.Boot, MessageId.BootStarting, null);
            }
            else
            {
                Set(UiScreen.Boot, MessageId.BootStarting, step);
            }

            return this;
        }

        /// <summary>Sets the configuration error (no configuration, an invalid one, or the key missing or wrong); returns this screen.</summary>
        internal MessageScreen SetConfigError(bool missing, string key, MessageCatalog catalog)
        {
            string body = missing ? catalog.Text(MessageId.ConfigMissing)
                : key == null ? catalog.Text(MessageId.ConfigInvalid)
                : catalog.Format(MessageId.ConfigBadKey, key) + "\n" + catalog.Text(MessageId.CallTechnician);
            Set(UiScreen.ConfigError, MessageId.ConfigErrorTitle, body);
            return this;
        }

        internal override void HandleKey(Key key)
        {
            if (Scroll(key, ref _scroll, _lines, 3))
            {
                Ui.Invalidate();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(catalog.Text(_title));
            _lines = canvas.Wrapped(1, 3, _bodyIsId ? catalog.Text(_bodyId) : _body, _scroll);
        }
    }
}
