"""Configuration, declared once with its defaults.

Anything can be overridden from the environment with the ``CLINIC_`` prefix
(``CLINIC_SECRET_KEY``, ``CLINIC_CLINIC_NAME``...), see the README.
"""

# Printed on every plan (the service or clinic that hands it out).
CLINIC_NAME = ""
CLINIC_CONTACT = ""

# Paper for a bare "en" plan with paper "auto" (English has no one territory).
PAPER_FOR_BARE_ENGLISH = "letter"

# UI languages and the default for the clinician's screens.
BABEL_DEFAULT_LOCALE = "en"
BABEL_DEFAULT_TIMEZONE = "UTC"

# A visit can be long: the CSRF token lives as long as the browser session.
WTF_CSRF_TIME_LIMIT = None

# Requests are small; anything bigger is refused with 413 before parsing.
MAX_CONTENT_LENGTH = 64 * 1024
MAX_FORM_MEMORY_SIZE = 64 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
