using BenchmarkDotNet.Running;

if (args is ["resolution", .. var rest]) { Enlace.Benchmarks.Resolution.ResolutionCommand.Run(rest); return; }
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
