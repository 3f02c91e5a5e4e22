using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NanoPos.Hal;

namespace NanoPos.Emulator
{
    /// <summary>
    /// The emulator's web server: Kestrel bound to 127.0.0.1 only, serving the page (embedded HTML/CSS/JS) and the
    /// JSON endpoints over one <see cref="EmulatorHost"/>.
    /// </summary>
    /// <remarks>
    /// Endpoints (all JSON, camelCase):
    /// <list type="bullet">
    /// <item><c>GET /</c>, <c>/app.js</c>, <c>/style.css</c>: the page.</item>
    /// <item><c>GET /api/state</c>: display (framebuffer, base64), screen text, indicators, controls.</item>
    /// <item><c>GET /api/panel</c>: host ledger, journal, batch, pending reversals (masked).</item>
    /// <item><c>GET /api/keypad</c>: the 4x4 layout from the firmware's reference key map.</item>
    /// <item><c>GET /api/health</c>: the health report collected through the firmware (as the technician's Health screen does), with its QR code's text.</item>
    /// <item><c>POST /api/key</c> <c>{"key":"Digit1"}</c>: press a key.</item>
    /// <item><c>POST /api/power/cut</c>: cut the power (the terminal reboots).</item>
    /// <item><c>POST /api/controls</c> <c>{"networkUp":false,"hostMaintenance":true,"hostDelayMs":3000,"language":"Chinese","wifiDown":true,"deadKey":"Digit5"}</c> (any subset; the self-test faults too).</item>
    /// <item><c>POST /api/advance</c> <c>{"ms":30000}</c>: skip simulated time ahead.</item>
    /// </list>
    /// POST bodies must be <c>application/json</c> (so a page from elsewhere cannot post without a CORS preflight,
    /// which this server never grants), and requests whose Host header is not 127.0.0.1 or localhost are refused
    /// (no DNS rebinding).
    /// </remarks>
    public sealed class EmulatorServer : IAsyncDisposable
    {
        private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };

        private readonly WebApplication _app;

        private EmulatorServer(WebApplication app, EmulatorHost host, Uri address)
        {
            _app = app;
            Host = host;
            Address = address;
        }

        /// <summary>Gets the address the page is served at, e.g. http://127.0.0.1:5080/.</summary>
        public Uri Address { get; }

        /// <summary>Gets the emulator behind the endpoints.</summary>
        public EmulatorHost Host { get; }

        /// <summary>
        /// Starts serving <paramref name="host"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port; see
        /// <see cref="Address"/>). The host must already be started.
        /// </summary>
        /// <exception cref="IOException">The port is in use (the message says so).</exception>
        public static async Task<EmulatorServer> StartAsync(EmulatorHost host, int port, CancellationToken cancellation = default)
        {
            if (host == null)
            {
                throw new ArgumentNullException(nameof(host));
            }

            if (port < 0 || port > 65535)
            {
                throw new ArgumentOutOfRangeException(nameof(port));
            }

            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                Args = Array.Empty<string>(),
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = "Production",
            });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, port);
                k.AddServerHeader = false;
            });
            builder.Services.ConfigureHttpJsonOptions(o =>
            {
                o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;

                // A misspelled control ("hostDelay" for "hostDelayMs") is an error, never a silent 200 that changed nothing.
                o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            });

            // A body that does not bind (bad JSON, a misspelled or mistyped field) throws, so that LoopbackOnly answers it
            // with {"error": ...} like every other 400, not the framework's empty body.
            builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

            WebApplication app = builder.Build();
            app.Use(LoopbackOnly);
            MapPage(app);
            MapApi(app, host);

            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw new IOException("Cannot listen on 127.0.0.1:" + port + " (" + e.Message + ").", e);
            }

            string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>().Addresses.First();
            var uri = new Uri(bound.Replace("[::]", "127.0.0.1").TrimEnd('/') + "/");
            return new EmulatorServer(app, host, uri);
        }

        /// <summary>Stops the server (not the host).</summary>
        public async ValueTask DisposeAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                await _app.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Waits until <paramref name="stop"/> is cancelled.</summary>
        public Task WaitAsync(CancellationToken stop)
        {
            return Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        private static async Task LoopbackOnly(HttpContext context, Func<Task> next)
        {
            string hostName = context.Request.Host.Host;
            bool loopbackName = hostName == "127.0.0.1" || string.Equals(hostName, "localhost", StringComparison.OrdinalIgnoreCase) || hostName == "[::1]";
            IPAddress remote = context.Connection.RemoteIpAddress;
            if (!loopbackName || (remote != null && !IPAddress.IsLoopback(remote)))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("nanoPos emulator: loopback only (open http://127.0.0.1:<port>/).").ConfigureAwait(false);
                return;
            }

            if (HttpMethods.IsPost(context.Request.Method) && !IsJson(context.Request.ContentType))
            {
                // A page from elsewhere can post a form or text/plain without a CORS preflight; it cannot post JSON.
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                await context.Response.WriteAsJsonAsync(new { error = "POST bodies must be application/json." }).ConfigureAwait(false);
                return;
            }

            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            try
            {
                await next().ConfigureAwait(false);
            }
            catch (EmulatorBusyException e) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsJsonAsync(new { error = e.Message }).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = PanMask.Scrub(BindingError(e)) }).ConfigureAwait(false);
            }
        }

        private static string BindingError(BadHttpRequestException e)
        {
            // The JSON reader's own words name the field and where it is ("The JSON property 'hostDelay' could not be
            // mapped to any .NET member contained in type ..."); the type name is ours, not the caller's concern.
            string detail = e.InnerException is JsonException json ? json.Message : e.Message;
            int type = detail.IndexOf(" contained in type", StringComparison.Ordinal);
            if (type > 0)
            {
                detail = detail.Substring(0, type) + ".";
            }

            detail = System.Text.RegularExpressions.Regex.Replace(detail, @"NanoPos\.[A-Za-z0-9_.+]+", "the request object");
            detail = System.Text.RegularExpressions.Regex.Replace(detail, @"System\.Nullable`1\[System\.(\w+)\]", "$1");
            return "The request body is not valid: " + detail;
        }

        private static bool IsJson(string contentType)
        {
            return contentType != null
                && (contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                    || contentType.StartsWith("application/json;", StringComparison.OrdinalIgnoreCase));
        }

        private static void MapPage(WebApplication app)
        {
            var files = new Dictionary<string, (string Resource, string ContentType)>
            {
                ["/"] = ("wwwroot/index.html", "text/html; charset=utf-8"),
                ["/index.html"] = ("wwwroot/index.html", "text/html; charset=utf-8"),
                ["/app.js"] = ("wwwroot/app.js", "text/javascript; charset=utf-8"),
                ["/style.css"] = ("wwwroot/style.css", "text/css; charset=utf-8"),
            };
            foreach (KeyValuePair<string, (string Resource, string ContentType)> file in files)
            {
                byte[] content = ReadResource(file.Value.Resource);
                string type = file.Value.ContentType;
                app.MapGet(file.Key, () => Results.Bytes(content, type));
            }
        }

        private static void MapApi(WebApplication app, EmulatorHost host)
        {
            app.MapGet("/api/state", () => Json(host.Snapshot()));
            app.MapGet("/api/panel", () => Json(host.ReadPanel()));
            app.MapGet("/api/keypad", () => Json(Keypad()));
            app.MapGet("/api/health", () =>
            {
                NanoPos.Emulation.HealthView health = host.Health();
                return health == null
                    ? Results.Json(new { error = "No health report: the terminal has not built one yet (it is booting, or its configuration is invalid); try again." }, s_json, statusCode: 503)
                    : Json(health);
            });

            app.MapPost("/api/key", (KeyRequest request) =>
            {
                Key key = ParseKey(request?.Key);
                return key == Key.None
                    ? Problem("Unknown key '" + request?.Key + "'. Keys: " + string.Join(", ", KeyNames()) + ".")
                    : Json(host.Press(key));
            });
            app.MapPost("/api/power/cut", () => Json(host.CutPower()));
            app.MapPost("/api/controls", (ControlsDto change) =>
            {
                try
                {
                    return Json(host.Apply(change ?? new ControlsDto()));
                }
                catch (ArgumentException e)
                {
                    return Problem(e.Message);
                }
            });
            app.MapPost("/api/advance", (AdvanceRequest request) =>
            {
                int ms = request?.Ms ?? 0;
                return ms < 0 || ms > EmulatorHost.MaxAdvanceMs
                    ? Problem("ms must be between 0 and " + EmulatorHost.MaxAdvanceMs + ".")
                    : Json(host.Advance(ms));
            });
            app.MapFallback((HttpContext context) => Results.Json(new { error = PanMask.Scrub("Not found: " + context.Request.Path) }, s_json, statusCode: 404));
        }

        private static IResult Json(object value)
        {
            return Results.Json(value, s_json);
        }

        private static IResult Problem(string message)
        {
            // It may repeat what the request said (an unknown key): scrubbed like everything but the display.
            return Results.Json(new { error = PanMask.Scrub(message) }, s_json, statusCode: 400);
        }

        internal static Key ParseKey(string name)
        {
            if (string.IsNullOrWhiteSpace(name) || char.IsDigit(name[0]) || name[0] == '-')
            {
                return Key.None;
            }

            return Enum.TryParse(name.Trim(), ignoreCase: true, out Key key) && Enum.IsDefined(key) ? key : Key.None;
        }

        private static IEnumerable<string> KeyNames()
        {
            return Enum.GetValues<Key>().Where(k => k != Key.None).Select(k => k.ToString());
        }

        private static object Keypad()
        {
            KeyMap map = KeyMap.Reference;
            var rows = new List<object>();
            for (int r = 0; r < KeyMap.Rows; r++)
            {
                var row = new List<object>();
                for (int c = 0; c < KeyMap.Columns; c++)
                {
                    Key key = map.GetKey(r, c);
                    row.Add(new { key = key.ToString(), label = map.GetLabel(r, c) });
                }

                rows.Add(row);
            }

            return new { rows };
        }

        private static byte[] ReadResource(string name)
        {
            using Stream stream = typeof(EmulatorServer).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("Missing embedded resource " + name + ".");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        private sealed class KeyRequest
        {
            public string Key { get; set; }
        }

        private sealed class AdvanceRequest
        {
            public int? Ms { get; set; }
        }
    }
}
