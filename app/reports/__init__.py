"""ReportLab documents: input DTOs, output PDF bytes or files. No Qt."""
