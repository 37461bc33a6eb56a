# Loaded by Python at start-up when this folder is on PYTHONPATH (the real-client tests set it for `az`).
#
# Debian's azure-cli 2.45 package is built against Debian's azure-mgmt-authorization 3.0.0, whose operation
# groups keep their configuration in `_config`, while the CLI's role module still reads `.config`
# (`az role assignment create` and `list` crash with "AttributeError: 'RoleAssignmentsOperations' object has no
# attribute 'config'" before sending any request). This gives those classes the old read-only name, so the
# commands run as the CLI's code intends; nothing else changes and every request is still the CLI's own.
import importlib.abc
import importlib.machinery
import sys

_PREFIX = "azure.mgmt.authorization."


def _add_config(module):
    for value in list(vars(module).values()):
        if isinstance(value, type) and value.__name__.endswith("Operations") and not hasattr(value, "config"):
            value.config = property(lambda self: self._config)


class _Loader(importlib.abc.Loader):
    def __init__(self, inner):
        self._inner = inner

    def create_module(self, spec):
        return self._inner.create_module(spec)

    def exec_module(self, module):
        self._inner.exec_module(module)
        _add_config(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if not name.startswith(_PREFIX) or ".operations" not in name:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


sys.meta_path.insert(0, _Finder())
