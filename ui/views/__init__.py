"""The four tabs. Each is a ``TabPage`` subclass built from an ``AppContext``."""
