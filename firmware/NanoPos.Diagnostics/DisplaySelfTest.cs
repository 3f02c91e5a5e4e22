using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The display: <see cref="PatternPages"/> test patterns (every pixel lit, a checkerboard and its inverse, so every
    /// pixel is seen on and off), then every row of glyphs from an <see cref="IDisplayPages"/>. The technician presses
    /// Enter when a page looks right and 0 or Cancel when it does not. The value of a pass is the number of pages.
    /// </summary>
    /// <remarks>Each page is sent to the display by the test itself, so a bus error (the panel not acknowledging on I2C)
    /// fails the test with the page it happened on. Nobody pressing a key for <see cref="AnswerTimeoutMs"/> fails it too:
    /// a test nobody looked at proves nothing.</remarks>
    public sealed class DisplaySelfTest : ISelfTest
    {
        /// <summary>The number of test patterns before the glyph pages.</summary>
        public const int PatternPages = 3;

        /// <summary>How long the test waits for the technician's key on one page, in ms.</summary>
        public const long AnswerTimeoutMs = 60000;

        private readonly IDisplay _display;
        private readonly IDisplayPages _glyphs;
        private readonly SelfTestResult _result = new SelfTestResult(SelfTestId.Display);
        private MonochromeFramebuffer _frame;
        private int _page;
        private long _startedMs;
        private long _lastKeyMs;

        /// <summary>Creates the test.</summary>
        /// <param name="display">The display under test.</param>
        /// <param name="glyphs">The glyph pages, or null for the patterns only.</param>
        /// <exception cref="ArgumentNullException"><paramref name="display"/> is null.</exception>
        public DisplaySelfTest(IDisplay display, IDisplayPages glyphs)
        {
            if (display == null)
            {
                throw new ArgumentNullException("display");
            }

            _display = display;
            _glyphs = glyphs;
        }

        /// <inheritdoc/>
        public SelfTestId Id
        {
            get { return SelfTestId.Display; }
        }

        /// <inheritdoc/>
        public bool IsInteractive
        {
            get { return true; }
        }

        /// <inheritdoc/>
        public SelfTestResult Result
        {
            get { return _result; }
        }

        /// <summary>Gets the number of pages: the patterns and the glyph pages.</summary>
        public int PageCount
        {
            get { return PatternPages + (_glyphs == null ? 0 : _glyphs.PageCount); }
        }

        /// <inheritdoc/>
        public string Progress
        {
            get { return _result.Status == SelfTestStatus.Running ? (_page + 1).ToString() + "/" + PageCount.ToString() : null; }
        }

        /// <inheritdoc/>
        public SelfTestStatus Begin(long nowMs)
        {
            _result.Start();
            _page = 0;
            _startedMs = nowMs;
            _lastKeyMs = nowMs;
            if (_frame == null)
            {
                // Allocated on the first run only: 1 KB on a 128x64 panel, kept for later runs.
                _frame = new MonochromeFramebuffer(_display.Width, _display.Height);
            }

            SendPage(nowMs);
            return _result.Status;
        }

        /// <inheritdoc/>
        public SelfTestStatus HandleKey(Key key, long nowMs)
        {
            if (_result.Status != SelfTestStatus.Running)
            {
                return _result.Status;
            }

            _lastKeyMs = nowMs;
            if (key == Key.Enter)
            {
                _page++;
                if (_page >= PageCount)
                {
                    _result.Pass(PageCount, PageCount.ToString() + " pages", nowMs - _startedMs);
                }
                else
                {
                    SendPage(nowMs);
                }
            }
            else if (key == Key.Digit0 || key == Key.Cancel)
            {
                _result.Fail(SelfTestReason.DisplayPageWrong, _page + 1, PageName(), nowMs - _startedMs);
            }

            return _result.Status;
        }

        /// <inheritdoc/>
        public SelfTestStatus Tick(long nowMs)
        {
            if (_result.Status == SelfTestStatus.Running && nowMs - _lastKeyMs >= AnswerTimeoutMs)
            {
                _result.Fail(SelfTestReason.DisplayNotConfirmed, _page + 1, PageName(), nowMs - _startedMs);
            }

            return _result.Status;
        }

        /// <inheritdoc/>
        public bool Draw(MonochromeFramebuffer frame)
        {
            if (_result.Status != SelfTestStatus.Running)
            {
                return false;
            }

            DrawPage(_page, frame);
            return true;
        }

        private void SendPage(long nowMs)
        {
            _frame.Clear();
            DrawPage(_page, _frame);
            try
            {
                _display.Show(_frame);
            }
            catch (IOException e)
            {
                _result.Fail(SelfTestReason.DisplayBusError, _page + 1, ShortText.Of(e), nowMs - _startedMs);
            }
        }

        private string PageName()
        {
            return _page < PatternPages ? "pattern " + (_page + 1).ToString() : "glyphs " + (_page - PatternPages + 1).ToString();
        }

        private void DrawPage(int page, MonochromeFramebuffer frame)
        {
            if (page >= PatternPages)
            {
                _glyphs.DrawPage(page - PatternPages, frame);
                return;
            }

            if (page == 0)
            {
                frame.FillRectangle(0, 0, frame.Width, frame.Height, true);
                return;
            }

            // Pages 1 and 2: a one-pixel checkerboard and its inverse; together they show every pixel lit and dark, and
            // a stuck row or column line shows as a stripe.
            int phase = page == 1 ? 0 : 1;
            for (int y = 0; y < frame.Height; y++)
            {
                for (int x = 0; x < frame.Width; x++)
                {
                    if (((x + y + phase) & 1) == 0)
                    {
                        frame.SetPixel(x, y, true);
                    }
                }
            }
        }
    }
}
