using Enlace.Web.BrowserTests.Support;

// One browser and one server per engine for the whole run; tests run one at a time, since a 2-core machine drives one
// chromium and one server best without contention.
[assembly: AssemblyFixture(typeof(BrowserHost))]
[assembly: AssemblyFixture(typeof(Engines))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
