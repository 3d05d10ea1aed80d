using Enlace.Cli;

return await EnlaceCommandLine.Build().Parse(args).InvokeAsync();
