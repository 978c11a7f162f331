"""schemathesis hooks of scripts/api_contract.sh: what a schema cannot say, told to the generator.

- Stripe's webhook: a request whose `Stripe-Signature` has the documented form is signed for
  real (HMAC-SHA256 of "<t>.<body>" with the data directory's webhook secret), as Stripe signs,
  so schema-valid events reach the handler; a missing or malformed signature is left as it is
  and must be refused.
- `GET /transactions`: `from` after `to` is refused (a 400 naming `from`), a rule between two
  parameters that the document says in words only; such pairs are not generated.
"""

import hashlib
import hmac
import json
import os
import re
import time

import schemathesis

SIGNATURE = re.compile(r"^t=[0-9]+,v1=[0-9a-f]{64}$")
SECRET_FILE = os.path.join(os.environ["PANEL_DATA_DIR"], "stripe_webhook_secret")


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if case.operation.path != "/api/v1/stripe/webhook" or not isinstance(case.body, dict):
        return
    header = next((name for name in (case.headers or {}) if name.lower() == "stripe-signature"), None)
    if header is None or not SIGNATURE.match(str(case.headers[header])):
        return
    secret = os.environ.get("PANEL_STRIPE_WEBHOOK_SECRET")
    if not secret:
        with open(SECRET_FILE, encoding="utf-8") as file:
            secret = file.read().strip()
    # The bytes the transport sends for a JSON body (`json.dumps`, as requests does).
    body = json.dumps(case.body).encode("utf-8")
    timestamp = int(time.time())
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode("utf-8") + body, hashlib.sha256)
    case.headers[header] = f"t={timestamp},v1={digest.hexdigest()}"


@schemathesis.hook
def filter_query(ctx, query):
    if ctx.operation is None or ctx.operation.path != "/api/v1/transactions" or not isinstance(query, dict):
        return True
    start, end = query.get("from"), query.get("to")
    return not (isinstance(start, str) and isinstance(end, str) and start and end and start > end)

