# Installed into the project's environment as <sys.prefix>/etc/ipython/ipython_kernel_config.py
# (pyproject.toml, shared-data), so every kernel of this workbook loads the notebook help:
# JupyterLab's, nbclient's and Voilà's, even before a notebook's first cell has run.
c = get_config()  # noqa: F821
c.InteractiveShellApp.extensions.append("course_lib.core.notebook_help")
