using System.Diagnostics;
using System.IO;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Screens
{
    /// <summary>
    /// The self-tests: a list (0 runs all, 1 to 7 one test, with each test's last status), then the test running (the
    /// display test draws its own pages; the keypad walk shows the keys still missing; the others run through the engine's
    /// runner), then its result with the reason a technician can act on. * goes back; the results are saved to the health
    /// record when a run ends.
    /// </summary>
    internal sealed class SelfTestScreen : Screen
    {
        private const int VisibleRows = 3;
        private const int ListEntries = SelfTestSuite.Count + 1;

        private Phase _phase;
        private int _selected;
        private bool _runAll;
        private int _current;
        private TransactionRequest _request;
        private int _scroll;
        private int _lines;

        internal SelfTestScreen(TerminalUi ui)
            : base(ui)
        {
        }

        private enum Phase
        {
            List,
            Intro,
            Running,
            Waiting,
            Result,
        }

        internal override UiScreen Id
        {
            get { return UiScreen.SelfTest; }
        }

        internal override long TimeoutMs
        {
            // A test under way has its own time limits (the interactive ones fail when nobody answers); the list and a
            // result go back to idle like any other screen.
            get { return _phase == Phase.List || _phase == Phase.Result ? base.TimeoutMs : 0; }
        }

        private SelfTestSuite Suite
        {
            get { return Ui.Health == null ? null : Ui.Health.Tests; }
        }

        private ISelfTest Test
        {
            get { return Suite.Get((SelfTestId)_current); }
        }

        internal override void Enter()
        {
            if (_phase != Phase.Waiting)
            {
                _phase = Phase.List;
            }
        }

        internal override void HandleKey(Key key)
        {
            if (Suite == null)
            {
                Ui.Show(Ui.All.TechMenu);
                return;
            }

            long now = Ui.Clock.MonotonicMs;
            switch (_phase)
            {
                case Phase.List:
                    ListKey(key);
                    break;
                case Phase.Intro:
                    if (key == Key.Enter)
                    {
                        Test.Begin(now);
                        _phase = Phase.Running;
                        AfterStep();
                    }
                    else if (key == Key.Cancel)
                    {
                        Finish();
                    }

                    break;
                case Phase.Running:
                    Test.HandleKey(key, now);
                    AfterStep();
                    break;
                case Phase.Result:
                    if (Scroll(key, ref _scroll, _lines, VisibleRows))
                    {
                        break;
                    }

                    if (key == Key.Cancel || key == Key.Enter)
                    {
                        _phase = Phase.List;
                    }

                    break;
                default:
                    // A test is running through the engine's runner: it ends by itself within its timeouts.
                    Ui.Beep(true);
                    break;
            }

            Ui.Invalidate();
        }

        internal override void Tick(long nowMs)
        {
            if (_phase == Phase.Running)
            {
                Test.Tick(nowMs);
                AfterStep();
            }
            else if (_phase == Phase.Waiting && _request != null && _request.IsDone)
            {
                // A failure of the call itself (a storage fault under a power cut) is the UI's to handle: it restarts.
                _request = null;
                Next();
            }
        }

        internal override void Draw(ScreenCanvas canvas, MessageCatalog catalog)
        {
            if (Suite == null)
            {
                canvas.Title(UiText.WithoutMenuNumber(catalog.Text(MessageId.TechSelfTest)));
                canvas.Wrapped(1, VisibleRows, catalog.Text(MessageId.SelfTestNotAvailable), 0);
                return;
            }

            if (_phase == Phase.List)
            {
                DrawList(canvas, catalog);
                return;
            }

            ISelfTest test = Test;
            if (_phase == Phase.Running && test.Draw(canvas.Frame))
            {
                return;
            }

            string name = UiText.WithoutMenuNumber(catalog.Text(SelfTestTexts.NameOf(test.Id)));
            if (_phase == Phase.Intro)
            {
                canvas.Title(name);
                canvas.Wrapped(1, VisibleRows, catalog.Text(test.Id == SelfTestId.Display ? MessageId.PromptDisplay : MessageId.PromptKeypad), 0);
            }
            else if (_phase == Phase.Running)
            {
                canvas.Title(name);
                canvas.Wrapped(1, VisibleRows, catalog.Format(MessageId.KeysLeft, test.Progress), 0);
            }
            else if (_phase == Phase.Waiting)
            {
                canvas.Title(name);
                canvas.Row(1, catalog.Text(MessageId.TestRunning), false);
            }
            else
            {
                SelfTestResult result = test.Result;
                canvas.Title(name + " " + SelfTestTexts.StatusWord(result.Status, catalog.Language));
                _lines = canvas.Wrapped(1, VisibleRows, ResultBody(result, catalog.Language), _scroll);
            }
        }

        private static string ResultBody(SelfTestResult result, Language language)
        {
            // The reason says what to do; the detail adds the driver's words or the figures, unless the reason's text
            // already carries its figure.
            if (result.Status != SelfTestStatus.Failed)
            {
                return result.Detail;
            }

            string reason = SelfTestTexts.ReasonText(result, language);
            bool hasFigure = MessageCatalog.Get(SelfTestTexts.MessageOf(result.Reason), Language.English).IndexOf(MessageCatalog.Placeholder) >= 0;
            return hasFigure || result.Detail == null ? reason : reason + "\n" + result.Detail;
        }

        private void ListKey(Key key)
        {
            int digit = KeyMap.DigitOf(key);
            if (key == Key.Cancel)
            {
                Ui.Show(Ui.All.TechMenu);
            }
            else if (key == Key.Function1 || key == Key.Function2)
            {
                _selected = key == Key.Function1 ? (_selected + ListEntries - 1) % ListEntries : (_selected + 1) % ListEntries;
            }
            else if (key == Key.Enter)
            {
                Start(_selected);
            }
            else if (digit >= 0 && digit < ListEntries)
            {
                Start(digit);
            }
        }

        private void DrawList(ScreenCanvas canvas, MessageCatalog catalog)
        {
            canvas.Title(UiText.WithoutMenuNumber(catalog.Text(MessageId.TechSelfTest)), _selected + 1, ListEntries);
            int first = _selected < VisibleRows ? 0 : _selected - VisibleRows + 1;
            for (int i = 0; i < VisibleRows && first + i < ListEntries; i++)
            {
                int entry = first + i;
                string text = entry == 0 ? catalog.Text(MessageId.SelfTestAll)
                    : catalog.Text(SelfTestTexts.NameOf((SelfTestId)(entry - 1))) + " " + SelfTestTexts.StatusWord(Suite.Get((SelfTestId)(entry - 1)).Result.Status, catalog.Language);
                canvas.Row(i + 1, text, entry == _selected);
            }
        }

        private void Start(int entry)
        {
            _selected = entry;
            _runAll = entry == 0;
            _current = _runAll ? 0 : entry - 1;
            StartCurrent();
        }

        private void StartCurrent()
        {
            _scroll = 0;
            ISelfTest test = Test;
            if (test.IsInteractive)
            {
                _phase = Phase.Intro;
                return;
            }

            // Through the runner, as engine calls go: the link and host tests share the engine's link.
            test.Result.Start();
            _request = new TransactionRequest(RequestKind.SelfTest, 0, null, 0);
            _request.SelfTest = test;
            _phase = Phase.Waiting;
            if (!Ui.Calls.RunAside(_request))
            {
                _request = null;
                test.Result.Reset();
                _phase = Phase.List;
                Ui.Beep(true);
            }
        }

        private void AfterStep()
        {
            if (Test.Result.IsFinished)
            {
                Next();
            }
        }

        private void Next()
        {
            if (_runAll && _current < SelfTestSuite.Count - 1)
            {
                _current++;
                StartCurrent();
                return;
            }

            Finish();
        }

        private void Finish()
        {
            _phase = _runAll ? Phase.List : Phase.Result;
            Ui.RestartInputTimeout();
            HealthCollector health = Ui.Health;
            try
            {
                health.Log.RecordSelfTests(health.Tests, health.NowUnixSeconds());
            }
            catch (IOException e)
            {
                // Statistics, not money: the results stay on screen and in memory; the log says why they were not kept.
                Debug.WriteLine("nanoPos: saving the self-test results failed: " + e.Message);
            }

            Ui.Invalidate();
        }
    }
}
