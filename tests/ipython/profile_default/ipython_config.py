# IPython profile for kernels started by the test suite (IPYTHONDIR=tests/ipython):
# colour-free tracebacks read cleanly in pytest output, and no history database
# is written into the repository.
c = get_config()  # noqa: F821 (provided by IPython when it loads this file)
c.InteractiveShell.colors = "nocolor"
c.HistoryManager.enabled = False
