"""baocao: Vietnamese commune reports (báo cáo) -> facts with spans -> a searchable database."""

__version__ = "0.1.0"
