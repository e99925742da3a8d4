"""Configuration, declared once with its defaults.

Anything can be overridden from the environment with the ``CLINIC_`` prefix
(``CLINIC_SECRET_KEY``, ``CLINIC_CLINIC_NAME``...), see the README.
"""

# Printed on every plan (the service or clinic that hands it out).
CLINIC_NAME = ""
CLINIC_CONTACT = ""

# The clinic's country (two letters, e.g. "GB"): a plan whose language names no
# country, prints this country's emergency number and crisis line ("ar" becomes "ar_GB").
CLINIC_COUNTRY = ""

# Paper for a bare "en" plan with paper "auto" (English has no one territory).
PAPER_FOR_BARE_ENGLISH = "letter"

# UI languages and the default for the clinician's screens.
BABEL_DEFAULT_LOCALE = "en"
BABEL_DEFAULT_TIMEZONE = "UTC"

# A visit can be long: the CSRF token lives as long as the browser session.
WTF_CSRF_TIME_LIMIT = None

# Requests are small; anything bigger is refused with 413 before parsing. The cap leaves
# room for a pasted flood (10,000 emoji percent-encoded is 120 KB) to reach the form's
# validation, so the clinician gets a message next to the field with the text kept.
MAX_CONTENT_LENGTH = 160 * 1024
MAX_FORM_MEMORY_SIZE = 160 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Rate limit on the endpoints that render a plan, per client address. The
# storage is in-process memory by default; several workers or machines share
# one counter through Redis: CLINIC_RATELIMIT_STORAGE_URI=redis://host:6379/0
RENDER_RATE_LIMIT = "60 per minute;1000 per hour"
RATELIMIT_STORAGE_URI = "memory://"
RATELIMIT_HEADERS_ENABLED = True
# A limiter outage must never stop a clinician getting a plan.
RATELIMIT_SWALLOW_ERRORS = True
RATELIMIT_KEY_PREFIX = "pacing-plan"

# Behind the hospital's reverse proxy: how many proxies set each X-Forwarded-*
# header (0 = do not trust the header). See werkzeug's ProxyFix.
PROXY_FIX_X_FOR = 0
PROXY_FIX_X_PROTO = 0
PROXY_FIX_X_HOST = 0
PROXY_FIX_X_PREFIX = 0

# Cookies are Secure whenever the request came over HTTPS (directly or through a proxy
# trusted by PROXY_FIX_X_PROTO); true makes every cookie Secure regardless.
SESSION_COOKIE_SECURE = False

# Render one plan when the app starts, so the first clinician does not wait for fonts to load.
WARM_UP = False
