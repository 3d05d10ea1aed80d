using System.Diagnostics;

namespace Enlace.Benchmarks.Http;

/// <summary>
/// Drives the server with wrk, in its own process: a Lua script adds the bearer token to every request, walks the URL
/// list (each thread from its own offset), counts every answer outside 2xx by status, and prints the figures as
/// <see cref="LoadResult"/> lines.
/// </summary>
public static class WrkDriver
{
    // The token and the URL file come in through the environment, so neither appears on a command line.
    private const string Script =
        """
        local token = os.getenv("ENLACE_TOKEN")
        local paths = {}
        for line in io.lines(os.getenv("ENLACE_URLS")) do
          if #line > 0 then paths[#paths + 1] = line end
        end

        local threads = {}
        local count = 0

        function setup(thread)
          thread:set("id", count)
          count = count + 1
          table.insert(threads, thread)
        end

        function init(args)
          position = (id * 7919) % #paths
          non2xx = 0
          statuses = ""
          wrk.headers["Authorization"] = "Bearer " .. token
        end

        function request()
          position = position % #paths + 1
          return wrk.format("GET", paths[position])
        end

        function response(status, headers, body)
          if status < 200 or status > 299 then
            non2xx = non2xx + 1
            if #statuses < 200 then statuses = statuses .. status .. ":" .. paths[position] .. "," end
          end
        end

        function done(summary, latency, requests)
          local e = summary.errors
          local bad = 0
          local notes = ""
          for _, thread in ipairs(threads) do
            bad = bad + thread:get("non2xx")
            notes = notes .. thread:get("statuses")
          end
          io.write(string.format("ENLACE requests=%d duration_us=%d errors=%d non2xx=%d\n",
            summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, bad))
          io.write(string.format("ENLACE p50=%d p90=%d p99=%d max=%d mean=%.1f\n",
            latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
          io.write(string.format("ENLACE socket_errors=connect:%d,read:%d,write:%d,timeout:%d statuses=%s\n",
            e.connect, e.read, e.write, e.timeout, notes))
        end
        """;

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "wrk"))
            .FirstOrDefault(File.Exists);

    public static async Task<(LoadResult Result, string Output)> RunAsync(
        string wrk, string baseUrl, string token, string urlFile, int connections, int threads, int seconds, string work)
    {
        var script = Path.Combine(work, "enlace-http.lua");
        await File.WriteAllTextAsync(script, Script);
        var start = new ProcessStartInfo(wrk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", threads.ToString(), "-c", connections.ToString(), "-d", $"{seconds}s", "--timeout", "10s", "--latency", "-s", script, baseUrl })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ENLACE_TOKEN"] = token;
        start.Environment["ENLACE_URLS"] = urlFile;
        return await ChildProcess.RunAsync(start);
    }
}
