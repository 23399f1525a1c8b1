#!/usr/bin/env python3
"""Differential testing against the AWS CDK: random configurations written twice.

For each case this writes the configuration against the real CDK,
`tests/fixtures/cdk/cases/<prefix>_NNN.js`, and the same configuration in the `cognito!`
language, one `#[test]` of the generated Rust file (default `tests/dsl_generated.rs`).
A case combines many props at once: one or two user pools (with nested clients, resource
servers, a domain, groups and triggers), Lambda functions and IAM roles, an imported pool
with its own items, identity providers of every kind and clients that list them, identity
pools, imported identity pools and clients, outputs of attributes and CloudFormation
functions, values known only at deploy time (parameters, imports, `sub`, pseudo parameters),
`depends_on`, construct scopes (nested too), construct ids that are not identifiers, and a
stack name and environment. A second random stream (below) adds what the first never wrote:
tags (items and stack), grants, `overrides`, the `CfnUserPool` props the CDK's `UserPool`
lacks, triggers added with `addTrigger` and shared between pools, providers nested in a pool
and clients naming one as `custom(p.provider_name)`, wider attribute mappings, users with
group memberships, UI customizations, managed login styles, terms, log delivery, principal
tags, a `cfn_resource`, overrides and tags on clients and functions, a construct in a pool, a
group waiting for a client, imports by name (group, domain, resource server, provider,
identity pool by ARN, a pool of another account) or by a value known at deploy time (a
parameter, an `import_value`), a replica of an imported pool, the identity pool's role
statements and attributes, other Lambda runtimes and architectures.

Regenerate the committed set (from the repository root; the oracle is `scripts/oracle.sh`,
run `scripts/oracle.sh setup` once). It is written without the second stream (`--no-extra`),
so that it stays as it was when the second stream came:

    python3 scripts/gen_differential.py --count 400 --no-extra   # 400 cases of seed 1
    scripts/oracle.sh regen $(cd tests/fixtures/cdk/cases && ls x_gen_*.js | sed 's/\.js$//')
    python3 scripts/gen_differential.py --count 400 --no-extra --cover   # a covering subset
    cargo test --test dsl_generated

`--cover` keeps one case of each planted mistake, a greedy smallest set of cases that covers
every feature of the 400 (the language's keys, item kinds, enum members and functions; the
template's resource types, property paths and intrinsic functions), and the richest other
parity cases up to `--parity` (60); it deletes the other cases' files. The header of the Rust
file records the kept numbers: `--count 400 --only …` rewrites exactly that set.

A fresh batch to look for new differences (not committed; `--prefix` keeps its names apart):

    python3 scripts/gen_differential.py --seed 7 --count 50 --prefix x_try --out tests/dsl_try.rs
    scripts/oracle.sh regen $(cd tests/fixtures/cdk/cases && ls x_try_*.js | sed 's/\.js$//')
    python3 scripts/gen_differential.py --seed 7 --count 50 --prefix x_try --out tests/dsl_try.rs
    cargo test --test dsl_try          # then delete tests/dsl_try.rs and the x_try_* fixtures

`--app` makes each case an app of two stacks (the later items in the second, which imports
from the first; the CDK's `BootstraplessSynthesizer`, as `cognito!` writes a stack without
assets), tested with `assert_app_parity`; name such a batch `app_…`, which the oracle
synthesizes as an app (`--prefix app_try`, then `scripts/oracle.sh regen` of the `app_try_*`
cases as above). A case the CDK refuses as a cycle between the stacks is a compile error of
`cognito!`, which no run-time test holds: it is not written, and its name is printed.

`--mutation NAME` plants that mistake in every case (to check a new one applies). `--boost 3`
multiplies the chances of what the second stream adds: denser cases, for a batch that looks
for differences among the newer props.

Each case is generated from `random.Random(f"{seed}/{i}")`, so a case does not change when
`--count` does; what the second stream adds is drawn from `random.Random(f"{seed}/{i}/extra")`
(`with extra(ctx):`), so the first stream's draws, and so every case written with
`--no-extra`, stay as they were. A new prop goes in the second stream. What the test asserts follows the CDK's verdict, read from `expected/`:

- no planted mistake, the CDK synthesizes  -> `assert_parity` (our template equals the CDK's);
- a planted mistake (one of `MUTATIONS`, written as an `(EXPR)` value so that the block
  compiles and `Stack::synth` checks it at run time), the CDK throws -> `assert_rejected`
  with the mutation's rule;
- a planted mistake the CDK lets through (a deploy-time failure) -> `assert_stricter` with
  the mutation's rule;
- no planted mistake and the CDK throws -> `assert_rejected(…, "UNPLANNED")`, which fails:
  the generator made an invalid configuration, or we accept what the CDK refuses. Triage it.

Before `expected/` has the case, the test is `assert_parity` (or `assert_rejected` for a
mutation), so the first run of the generator writes a compiling file. A block that does not
compile is a difference too: a rule of ours rejects what the generator thought valid.

How to add a prop: find the item's generator (`gen_pool`, `gen_client`, `gen_domain`,
`gen_resource_server`, `gen_group`, `gen_idp`, `gen_identity_pool`, `gen_function`,
`gen_role`, `gen_outputs`) and append a `(snake_key, node)` pair to its props with some
probability. A node renders itself in both languages: `S` string, `B`/`I`/`F` literals, `E`
enum member, `D` duration, `O` object (keys camelCased for the CDK), `M` map (keys kept),
`Fl` flag set, `L` list, `R(js, dsl)` anything else, `X(node, rust)` a run-time `(EXPR)`
in the language; `tok(ctx, node)` sometimes replaces a string with a deploy-time value. Keep
the configuration valid for the CDK and for our deploy-time rules (docs/rules.md), or plant
the mistake as a mutation: add `name: (rule, description)` to `MUTATIONS` and apply it where
the generator builds that prop (`if ctx.take("name"): …`; `ctx.wants("name")` to make room
for it earlier, e.g. to force the item it needs). Draw the new prop in the second stream: in
`pool_extras`, `client_extras`, `function_extras`, … (or `with extra(ctx):` in a generator),
appended after the item's props are shuffled, so the committed cases do not change.
"""

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests/fixtures/cdk/cases"
EXPECTED = ROOT / "tests/fixtures/cdk/expected"

# ------------------------------------------------------------------ rendering


def camel(s):
    parts = s.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def js_str(s):
    return json.dumps(s, ensure_ascii=False)


def rs_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def js_key(k):
    return k if IDENT.match(k) else js_str(k)


def rs_key(k):
    return k if IDENT.match(k) else rs_str(k)


WIDTH = 96


class N:
    """A value that renders in both languages."""

    def render(self, lang, ind):
        raise NotImplementedError


class S(N):
    def __init__(self, s):
        self.s = s

    def render(self, lang, ind):
        return js_str(self.s) if lang == "js" else rs_str(self.s)


class B(N):
    def __init__(self, b):
        self.b = b

    def render(self, lang, ind):
        return "true" if self.b else "false"


class I(N):  # noqa: E742
    def __init__(self, i):
        self.i = i

    def render(self, lang, ind):
        return str(self.i)


class F(N):
    def __init__(self, f):
        self.f = f

    def render(self, lang, ind):
        return repr(self.f)


class E(N):
    """An enum member: `cognito.Mfa.REQUIRED` / `REQUIRED` or `Mfa::REQUIRED`."""

    def __init__(self, rng, ty, member, ns="cognito"):
        self.ty, self.member, self.ns = ty, member, ns
        self.qualified = rng.random() < 0.3

    def render(self, lang, ind):
        if lang == "js":
            return f"{self.ns}.{self.ty}.{self.member}"
        return f"{self.ty}::{self.member}" if self.qualified else self.member


class D(N):
    def __init__(self, unit, n):
        self.unit, self.n = unit, n

    def render(self, lang, ind):
        if lang == "js":
            return f"cdk.Duration.{self.unit}({self.n})"
        return f"{self.unit}({self.n})"


class R(N):
    def __init__(self, js, dsl):
        self.js, self.dsl = js, dsl

    def render(self, lang, ind):
        return self.js if lang == "js" else self.dsl


class X(N):
    """A run-time value in the language, `(rust)`; `node` in the CDK."""

    def __init__(self, node, rust):
        self.node, self.rust = node, rust

    def render(self, lang, ind):
        return self.node.render(lang, ind) if lang == "js" else f"({self.rust})"


def _wrap(parts, ind, open_, close, lang="dsl"):
    one = open_ + (" " + ", ".join(parts) + " " if parts else "") + close
    if "\n" not in one and len(one) + 4 * ind < WIDTH:
        return one
    unit = "  " if lang == "js" else "    "
    pad = unit * (ind + 1)
    return open_ + "\n" + "".join(f"{pad}{p},\n" for p in parts) + unit * ind + close


class O(N):
    """An object: keys camelCased for the CDK (unless `raw`), snake_case in the language."""

    def __init__(self, pairs, raw=False):
        self.pairs, self.raw = list(pairs), raw

    def render(self, lang, ind):
        parts = []
        for k, v in self.pairs:
            if lang == "js":
                key = js_key(k if self.raw else camel(k))
            else:
                key = rs_key(k)
            parts.append(f"{key}: {v.render(lang, ind + 1)}")
        return _wrap(parts, ind, "{", "}", lang)


def M(pairs):
    return O(pairs, raw=True)


class Fl(N):
    """A flag set: `{ a: true, b: false }`; the language may write a set flag bare."""

    def __init__(self, rng, pairs):
        self.pairs = list(pairs)
        self.bare = rng.random() < 0.6

    def render(self, lang, ind):
        parts = []
        for k, v in self.pairs:
            if lang == "js":
                parts.append(f"{camel(k)}: {'true' if v else 'false'}")
            elif v and self.bare:
                parts.append(k)
            else:
                parts.append(f"{k}: {'true' if v else 'false'}")
        return _wrap(parts, ind, "{", "}", lang)


class L(N):
    def __init__(self, items):
        self.items = list(items)

    def render(self, lang, ind):
        return _wrap([i.render(lang, ind + 1) for i in self.items], ind, "[", "]", lang)


# ------------------------------------------------------------------ mutations

# name -> (rule, what it plants). Applied where the generator builds the prop.
MUTATIONS = {
    "min_length_5": ("password_policy.min_length", "password min_length 5"),
    "min_length_100": ("password_policy.min_length", "password min_length 100"),
    "temp_hours_36": ("password_policy.temp_password_validity.whole_days", "temp password validity 36 hours"),
    "temp_days_400": ("password_policy.temp_password_validity.max", "temp password validity 400 days"),
    "history_25": ("password_policy.password_history_size.range", "password history 25"),
    "mfa_message_no_code": ("mfa_message.code", "mfa_message without {####}"),
    "mfa_message_141": ("mfa_message.length", "mfa_message of 141 characters"),
    "verify_code_body": ("user_verification.email_body.code", "CODE e-mail body without {####}"),
    "verify_link_body": ("user_verification.email_body.link", "LINK e-mail body without {##…##}"),
    "verify_sms_no_code": ("user_verification.sms_message.code", "verification SMS without {####}"),
    "custom_attr_standard_name": ("custom_attributes.standard_name", "a custom attribute named `email`"),
    "custom_attr_long_name": ("custom_attributes.name", "a custom attribute name of 21 characters"),
    "custom_attr_max_len": ("custom_attributes.max_len", "string max_len 3000"),
    "removal_snapshot": ("removal_policy.snapshot", "RemovalPolicy.SNAPSHOT"),
    "pool_name_long": ("user_pool_name.length", "user_pool_name of 129 characters"),
    "passkey_rp_long": ("passkey_relying_party_id.length", "passkey relying party id of 64 characters"),
    "ses_domain_mismatch": ("email.ses_verified_domain", "ses_verified_domain not the from address's"),
    "threat_essentials": ("threat_protection.plan", "threat protection on the ESSENTIALS plan"),
    "sms_off_mfa": ("enable_sms_role.sms_mfa", "SMS MFA with enable_sms_role false"),
    "mfa_email_only": ("mfa_second_factor.email_only", "e-mail as the only MFA factor"),
    "mfa_no_factor": ("mfa_second_factor.none", "MFA REQUIRED with no factor"),
    "group_precedence_neg": ("group.precedence.range", "group precedence -1"),
    "group_name_space": ("group.group_name", "group name with a space"),
    "group_desc_long": ("group.description.length", "group description of 2049 characters"),
    "domain_upper": ("domain.domain_prefix.charset", "upper-case domain prefix"),
    "domain_reserved": ("domain.domain_prefix.reserved_word", "domain prefix with `cognito`"),
    "domain_dash": ("domain.domain_prefix.format", "domain prefix ending in `-`"),
    "domain_cert_region": ("domain.certificate.region", "custom domain certificate in eu-west-1"),
    "client_http_callback": ("client.url", "an http:// callback URL"),
    "client_cc_no_secret": ("client.client_credentials.secret", "client credentials without a secret"),
    "client_access_4min": ("client.validity.range", "access token validity 4 minutes"),
    "client_id_over_refresh": ("client.validity.exceeds_refresh", "id token outliving the refresh token"),
    "client_redirect_not_cb": ("client.default_redirect_uri.callbacks", "default_redirect_uri not a callback"),
    "client_undeclared_attr": ("client.attributes.custom_undeclared", "reading an undeclared custom attribute"),
    "client_name_slash": ("client.user_pool_client_name.schema", "client name with `/`"),
    "oidc_http_issuer": ("idp.oidc.issuer_url", "an http:// OIDC issuer"),
    "oidc_name_reserved": ("idp.name.reserved", "an OIDC provider named `Google`"),
    "oidc_name_space": ("idp.name.pattern", "an OIDC provider name with a space"),
    "mapping_undeclared": ("idp.attribute_mapping.undeclared", "mapping to an undeclared custom attribute"),
    "idpool_name_bang": ("identity_pool.name.schema", "identity pool name with `!`"),
    "rs_https_no_name": ("resource_server.name", "resource server identifier that is a URL, no name"),
    "cc_default_scopes": ("client.client_credentials.oidc_scopes", "client credentials with the default scopes"),
    "sign_in_policy_no_password": ("sign_in_policy.password", "password not a first factor"),
    "email_and_settings": ("email.conflict", "both `email` and `email_settings`"),
    "preferred_no_username": ("sign_in_aliases.preferred_username", "preferred_username without username"),
    "trigger_v2_pre_sign_up": ("trigger.lambda_version", "lambda version V2_0 on pre_sign_up"),
    "sms_role_and_disabled": ("enable_sms_role.with_sms_role", "an sms_role with enable_sms_role false"),
    "propagate_no_secret": ("client.propagate_user_context_data.secret", "propagating user context without a secret"),
    "rotation_61s": ("client.validity.range", "refresh token rotation grace period 61 s"),
    "auth_session_16m": ("client.validity.range", "auth session validity 16 minutes"),
    "group_role_bad_arn": ("group.role.arn", "a group role ARN of S3"),
    "idp_identifier_long": ("idp.identifiers.format", "an identifier of 41 characters"),
    "custom_attr_space": ("custom_attributes.name", "a custom attribute name with a space"),
    "idpool_mapping_unconfigured": ("identity_pool.role_mapping.not_configured", "a role mapping for a provider not configured"),
    "saml_ftp": ("idp.saml.metadata", "SAML metadata at an ftp:// URL"),
    "ses_config_set_bad": ("email.configuration_set_name", "an SES configuration set name with a space"),
    "reply_to_bad": ("email.reply_to.schema", "a reply-to address without @"),
    "import_pool_id_bad": ("import.user_pool_id", "an imported pool id without region"),
    "logout_fragment": ("client.url", "a logout URL with a fragment"),
    "domain_both": ("domain.one_of", "a domain both cognito and custom"),
    "idpool_provider_arn_bad": ("identity_pool.provider_arn", "an OIDC provider ARN that is a role's"),
    "sms_off_phone_verify": ("enable_sms_role.phone_verification", "verifying phone numbers with enable_sms_role false"),
    "idp_name_duplicate": ("idp.name.duplicate", "two OIDC providers of one name"),
    "client_idp_no_depends": ("client.identity_provider.depends_on", "a client naming a provider without waiting for it"),
    "trigger_v2_lite": ("trigger.lambda_version.plan", "a V2_0 pre-token trigger on the LITE plan"),
    "mapping_no_prefix": ("idp.attribute_mapping.custom_prefix", "a custom attribute mapped without `custom:`"),
}


# ------------------------------------------------------------------ the case being built


class Ctx:
    def unique_provider_name(self, name):
        # Without drawing from the generator, so that every other case stays as it was.
        while name in self.provider_names:
            name += "x"
        self.provider_names.add(name)
        return name

    def __init__(self, rng, mutation):
        self.r = rng
        self.mutation = mutation
        self.applied = None
        self.names = set()
        self.stack_region = None
        self.tops = []  # Top items, in order
        self.counter = 0
        self.pools = []  # PoolInfo of created and imported pools
        self.functions = []
        self.roles = []
        self.cids = set()
        self.pool_cids = set()  # construct ids used in the pool being generated
        self.corp_oidc_pool = None  # the pool whose OIDC provider is named CorpOidc (idp_name_duplicate)
        self.provider_names = set()  # literal provider names: unique in a pool (Cognito)
        self.exotic = rng.choice([0.0, 0.0, 0.15, 0.5])
        self.token_rate = rng.choice([0.0, 0.0, 0.0, 0.3, 0.6])
        self.xr = None  # the second stream (`{seed}/{i}/extra`), None with --no-extra
        self.boost = 1.0  # --boost: the second stream's chances multiplied
        self.stack_tags = []  # `stack { tags }` / `Tags.of(stack)`
        self.tail_js = []  # CDK statements after every item (the stack's tags)
        self.idps = []  # IdpInfo of every provider created in the stack
        self.deferred_outputs = []  # (base, js, dsl) of outputs of items declared later
        self.grantees = set()  # roles and functions a pool grants to
        self.triggers = set()  # functions that are a trigger of a pool
        self.grant_pairs = []  # (pool, grantee) of each grant
        self.split = None  # --app: the index of the first item of the second stack

    def take(self, name):
        """True once, if `name` is the mutation of this case."""
        if self.mutation == name and self.applied is None:
            self.applied = name
            return True
        return False

    def wants(self, *names):
        return self.mutation in names and self.applied is None

    def fresh(self, base):
        name = base
        i = 2
        while name in self.names:
            name = f"{base}{i}"
            i += 1
        self.names.add(name)
        return name

    def uid(self, base):
        self.counter += 1
        return f"{base}{self.counter}"

    def chance(self, p):
        if self.r is self.xr:
            p = min(1.0, p * self.boost)
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def sample(self, xs, lo=0, hi=None):
        hi = len(xs) if hi is None else min(hi, len(xs))
        return self.r.sample(list(xs), self.r.randint(lo, hi))


class Top:
    """A top-level item: its CDK statements (with `{scope}` for the construct scope) and its
    declaration in the language; `name` when other items may depend on it."""

    def __init__(self, js, dsl, name=None):
        self.js, self.dsl, self.name = js, dsl, name

    def add_dependency(self, target):
        """`depends_on: [target]` / `this.node.addDependency(target)`."""
        self.js = self.js + [f"{self.name}.node.addDependency({target});"]
        head, _, rest = self.dsl.partition("\n")
        if head.endswith("{}"):
            self.dsl = head[:-2] + "{\n    depends_on: [" + target + "],\n}"
        else:
            self.dsl = head + "\n    depends_on: [" + target + "],\n" + rest


def dsl_item(kind, ident, props, children=(), imported=None):
    head = f"{kind} {ident}"
    if imported is not None:
        head += f" = {imported}"
        if not children:
            return head + ";"
        head += " "
    else:
        head += " "
    lines = [f"    {k}: {v.render('dsl', 1)}," for k, v in props]
    for c in children:
        lines.extend("    " + line if line else line for line in c.split("\n"))
    if not lines:
        return head + "{}"
    return head + "{\n" + "\n".join(lines) + "\n}"


# The language's other names for a CDK prop.
ALIASES = {"triggers": "lambda_triggers", "email_transmission": "email_settings"}


def js_props(pairs, extra=()):
    """The CDK props object of `pairs` (plus raw `(key, js)` pairs first)."""
    parts = [f"{k}: {v}" for k, v in extra] + [
        f"{camel(ALIASES.get(k, k))}: {v.render('js', 1)}" for k, v in pairs
    ]
    return _wrap(parts, 0, "{", "}", "js")


# Construct ids that are not identifiers: the logical id keeps only [A-Za-z0-9] of them.
EXOTIC_IDS = ["my.pool", "Pool 1", "pool_v2", "Pööl", "123abc", "a-b-c", "Resource2", "Default", "x",
              "VeryLongConstructIdentifierThatGoesOnAndOnAndOnForQuiteSomeTimeIndeed" * 2,
              "L" + "o" * 240 + "ngId", "emoji-🙂-id", "Ünïcödé", "dash--double", "Resource-ish"]


def ident_decl(ctx, base, cid_choices=None, nested=False):
    """A reference name and its construct id: `name` or `name as "id"`. (Not `Default` in a
    pool: the CDK leaves `Default` out of logical ids, so it would be the pool's own.) An
    item nested in a pool may take a construct id that an item of another pool has."""
    name = ctx.fresh(base)
    if nested and name != base and ctx.chance(0.5) and base not in ctx.pool_cids:
        ctx.pool_cids.add(base)
        return name, base, f'{name} as "{base}"'
    if nested:
        ctx.pool_cids.add(name)
    if ctx.chance(ctx.exotic):
        cid = ctx.pick([i for i in EXOTIC_IDS if not (nested and i == "Default")])
        while cid in ctx.cids:
            cid += "2"
        ctx.cids.add(cid)
        return name, cid, f'{name} as {rs_str(cid)}'
    if cid_choices and ctx.chance(0.25):
        cid = ctx.pick(cid_choices) + str(ctx.counter)
        ctx.counter += 1
        return name, cid, f'{name} as "{cid}"'
    return name, name, name


def tok(ctx, node, kinds=("param", "param", "import", "import", "sub", "region")):
    """`node`, or (in a case that uses tokens) a value known only at deploy time: a
    parameter's value or an `import_value`."""
    if not ctx.chance(ctx.token_rate):
        return node
    kind = ctx.pick(list(kinds))
    if kind == "param":
        name = ctx.fresh("Param")
        props = [("type", S("String"))]
        if ctx.chance(0.3):
            props.append(("description", S("A value given at deploy time")))
        if ctx.chance(0.2):
            props.append(("default", S("default-value")))
        if ctx.chance(0.15):
            props.append(("allowed_pattern", S("[a-z-]+")))
        if ctx.chance(0.1):
            props.append(("min_length", I(1)))
            props.append(("max_length", I(64)))
        if ctx.chance(0.1):
            props.append(("no_echo", B(True)))
        if ctx.chance(0.1):
            props.append(("allowed_values", L([S("default-value"), S("other")])))
        ctx.tops.insert(0, Top([f"const {name} = new cdk.CfnParameter({{scope}}, '{name}', {js_props(props)});"],
                               dsl_item("parameter", name, props)))
        return R(f"{name}.valueAsString", name)
    if kind == "sub":
        return R("cdk.Fn.sub('${AWS::StackName}-value')", 'sub("${AWS::StackName}-value")')
    if kind == "region":
        return R("cdk.Aws.REGION", 'reference("AWS::Region")')
    export = ctx.uid("Export")
    return R(f"cdk.Fn.importValue('{export}')", f'import_value("{export}")')


# ------------------------------------------------------------------ vocabulary

DOMAINS = ["example.com", "myapp.io", "corp.example.org", "acme.dev"]
NAMES = ["Example", "Acme Support", "My App", "Team Blue", "Ünïcode Team", "O'Brien & Co.", "a\"b", "🙂 Bot"]
SUBJECTS = ["Verify your email", "Welcome!", "Your code", "Confirm your account", "Bestätigen Sie 🙂",
            "Tab\tand \\ backslash"]
REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"]
STANDARD = [
    "address", "birthdate", "email", "family_name", "gender", "given_name", "locale", "middle_name",
    "fullname", "nickname", "phone_number", "profile_picture", "preferred_username", "profile_page",
    "timezone", "last_update_time", "website",
]
CUSTOM_NAMES = ["tenant", "tier", "score", "joinedOn", "isAdmin", "dept", "level", "orgId", "plan"]
TRIGGERS = [
    "pre_sign_up", "post_confirmation", "pre_authentication", "post_authentication", "custom_message",
    "define_auth_challenge", "create_auth_challenge", "verify_auth_challenge_response",
    "pre_token_generation", "user_migration",
]
RUNTIMES = [("nodejs20.x", "NODEJS_20_X"), ("nodejs22.x", "NODEJS_22_X"), ("python3.12", "PYTHON_3_12"),
            ("python3.13", "PYTHON_3_13")]


class PoolInfo:
    def __init__(self, name, var, imported=False):
        self.name, self.var, self.imported = name, var, imported
        self.custom = {}  # name -> mutable
        self.standard_immutable = set()
        self.plan = None
        self.ses = False
        self.resource_servers = []  # (dsl name, js var, identifier, [scope names], {scope: js var})
        self.clients = []  # ClientInfo
        self.idps = []  # IdpInfo registered on this pool
        self.domain = None  # (dsl name, js var)
        self.has_auto_client = False
        self.groups = []
        self.trigger_ops = set()  # triggers given in `lambda_triggers`
        self.aliases = None  # the sign-in aliases given, a dict
        self.dsl_only = []  # keys the CDK sets by statements: tags, `CfnUserPool` props, overrides
        self.js_after = []  # those statements, after the pool's construction
        self.dsl_children = []  # nested items the CDK adds by statements (grants)
        self.group_cids = []  # (dsl name, construct id) of groups added to the pool
        self.trigger_fns = set()  # functions that are triggers of the pool


class ClientInfo:
    def __init__(self, name, var, pool):
        self.name, self.var, self.pool = name, var, pool
        self.named = False
        self.callbacks = []
        self.code_or_implicit = False


# ------------------------------------------------------------------ functions, roles


def gen_function(ctx, base="Fn"):
    name = ctx.fresh(base)
    rt, member = ctx.pick(RUNTIMES)
    runtime = R(f"lambda.Runtime.{member}", ctx.pick([rs_str(rt), member, f"Runtime::{member}"]))
    code = ctx.pick(["exports.handler = async (event) => event;", "exports.handler = async () => {}",
                     "def handler(event, context):\n    return event"])
    props = [("runtime", runtime), ("handler", S("index.handler")),
             ("code", R(f"lambda.Code.fromInline({js_str(code)})",
                        f"{ctx.pick(['inline', 'from_inline'])}({rs_str(code)})"))]
    if ctx.chance(0.3):
        props.append(("timeout", ctx.pick([D("seconds", 3), D("seconds", 30), D("minutes", 1), D("minutes", 15)])))
    if ctx.chance(0.3):
        props.append(("memory_size", I(ctx.pick([128, 256, 512, 1024]))))
    if ctx.chance(0.2):
        props.append(("description", tok(ctx, S(ctx.pick(["Cognito trigger", "Handles sign-up", "trigger: äöü"])))))
    if ctx.chance(0.15):
        props.append(("function_name", tok(ctx, S(f"{name.lower()}-fn-{ctx.r.randint(1, 99)}"))))
    if ctx.chance(0.2):
        env = [(k, S(v)) for k, v in ctx.sample([("STAGE", "prod"), ("LOG_LEVEL", "debug"), ("REGION_HINT", "eu")], 1)]
        props.append(("environment", M(env)))
    dsl_only, after = function_extras(ctx, name, props)
    js = [f"const {name} = new lambda.Function({{scope}}, '{name}', {js_props(props)});"] + after
    ctx.tops.append(Top(js, dsl_item("lambda_function", name, props + dsl_only), name))
    ctx.functions.append(name)
    return name


def gen_role(ctx, base, service):
    name = ctx.fresh(base)
    props = [("assumed_by", R(f"new iam.ServicePrincipal({js_str(service)})", f"service_principal({rs_str(service)})"))]
    if ctx.chance(0.2):
        props.append(("description", S("A role for " + service)))
    if ctx.chance(0.15):
        props.append(("role_name", tok(ctx, S(f"{name.lower()}-role"))))
    js = [f"const {name} = new iam.Role({{scope}}, '{name}', {js_props(props)});"]
    ctx.tops.append(Top(js, dsl_item("role", name, props), name))
    ctx.roles.append(name)
    return name


def role_value(ctx, base, service, arn_name):
    """A role: created in the stack, or imported by its ARN."""
    if ctx.chance(0.5):
        name = gen_role(ctx, base, service)
        return R(name, name)
    arn = f"arn:aws:iam::123456789012:role/{arn_name}"
    return R(f"iam.Role.fromRoleArn(stack, '{ctx.uid('ImportedRole')}', {js_str(arn)})", rs_str(arn))


def federated_role(ctx, base):
    name = ctx.fresh(base)
    cond_js = "{ StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:11111111-2222-3333-4444-555555555555' } }"
    cond_ds = '{ StringEquals: { "cognito-identity.amazonaws.com:aud": "us-east-1:11111111-2222-3333-4444-555555555555" } }'
    js = [f"const {name} = new iam.Role({{scope}}, '{name}', {{ assumedBy: new iam.FederatedPrincipal("
          f"'cognito-identity.amazonaws.com', {cond_js}, 'sts:AssumeRoleWithWebIdentity') }});"]
    dsl = (f"role {name} {{\n    assumed_by: federated_principal(\"cognito-identity.amazonaws.com\", {cond_ds}, "
           f"\"sts:AssumeRoleWithWebIdentity\"),\n}}")
    ctx.tops.append(Top(js, dsl))
    ctx.roles.append(name)
    return name


# ------------------------------------------------------------------ user pool


def gen_pool(ctx):
    r = ctx
    name, cid, decl = ident_decl(ctx, ctx.pick(["Pool", "UserPool", "Users", "Customers"]), ["user-pool-"])
    info = PoolInfo(name, name)
    props = []
    plan = ctx.pick([None, None, "LITE", "ESSENTIALS", "PLUS"])
    if ctx.wants("threat_essentials", "mfa_email_only", "history_25", "sign_in_policy_no_password"):
        plan = ctx.pick(["ESSENTIALS", "PLUS"]) if not ctx.wants("threat_essentials") else "PLUS"
    if ctx.wants("trigger_v2_lite"):
        plan = "LITE"
    info.plan = plan

    if ctx.take("pool_name_long"):
        props.append(("user_pool_name", X(S("p" * 129), '"p".repeat(129)')))
    elif r.chance(0.4):
        props.append(("user_pool_name", tok(ctx, S(ctx.pick(["my-pool", "customers", "Example Users", "auth_pool.v2"])))))
    if r.chance(0.4):
        props.append(("self_sign_up_enabled", B(r.chance(0.6))))

    # SMS
    sms_off = r.chance(0.12) or ctx.wants("sms_off_mfa", "sms_off_phone_verify")
    sms_role = None
    if sms_off:
        pass
    elif r.chance(0.2) or ctx.wants("sms_role_and_disabled"):
        sms_role = role_value(ctx, "SmsRole", "cognito-idp.amazonaws.com", "sms")
    # sign-in aliases
    aliases = None
    if ctx.take("preferred_no_username"):
        props.append(("sign_in_aliases", X(R("{ email: true, preferredUsername: true }", ""),
                                           "cognito::SignInAliases { email: true, preferred_username: true, ..Default::default() }")))
    elif r.chance(0.6):
        opts = ctx.pick([
            {"username": True}, {"email": True}, {"phone": True}, {"username": True, "email": True},
            {"email": True, "phone": True}, {"username": True, "preferred_username": True},
            {"username": True, "email": True, "phone": True, "preferred_username": True},
        ])
        if sms_off:
            opts = {k: v for k, v in opts.items() if k != "phone"} or {"email": True}
        aliases = opts
        info.aliases = aliases
        props.append(("sign_in_aliases", Fl(ctx.r, aliases.items())))
    auto = None
    if ctx.take("sms_off_phone_verify"):
        props.append(("auto_verify", X(R("{ email: true, phone: true }", ""),
                                       "cognito::AutoVerifiedAttrs { email: true, phone: true }")))
    elif r.chance(0.35):
        auto = {"email": r.chance(0.7), "phone": r.chance(0.4) and not sms_off}
        if ctx.chance(0.3):
            auto = {k: v for k, v in auto.items() if v}
        props.append(("auto_verify", Fl(ctx.r, auto.items())))
    if r.chance(0.2):
        ko = {"email": r.chance(0.6), "phone": r.chance(0.5)}
        props.append(("keep_original", Fl(ctx.r, ko.items())))

    # attributes
    if r.chance(0.45):
        attrs = []
        for a in ctx.sample(STANDARD, 1, 5):
            entry = []
            if r.chance(0.5):
                entry.append(("required", B(r.chance(0.4))))
            if r.chance(0.5):
                m = r.chance(0.6)
                entry.append(("mutable", B(m)))
                if not m:
                    info.standard_immutable.add(a)
            attrs.append((a, O(entry)))
        props.append(("standard_attributes", O(attrs)))
    custom = []
    n_custom = ctx.pick([0, 0, 1, 2, 3])
    if ctx.wants("custom_attr_standard_name", "custom_attr_long_name", "custom_attr_max_len", "custom_attr_space",
                 "client_undeclared_attr", "mapping_undeclared", "mapping_no_prefix"):
        n_custom = max(n_custom, 1)
    custom_js, custom_rs = [], []
    for cname in ctx.sample(CUSTOM_NAMES, n_custom, n_custom):
        kind = ctx.pick(["string", "number", "boolean", "date_time"])
        if ctx.wants("custom_attr_max_len"):
            kind = "string"
        mutable = None if r.chance(0.5) else r.chance(0.5)
        info.custom[cname] = mutable is not False
        if kind == "string":
            lo = ctx.pick([None, 0, 1, 3])
            hi = ctx.pick([None, 32, 256, 2048])
            if ctx.take("custom_attr_max_len"):
                hi = "X3000"
            js_p, ds_p = [], []
            if lo is not None:
                js_p.append(f"minLen: {lo}")
                ds_p.append(f"min_len: {lo}")
            if hi == "X3000":
                js_p.append("maxLen: 3000")
                ds_p.append("max_len: (3000)")
            elif hi is not None:
                js_p.append(f"maxLen: {hi}")
                ds_p.append(f"max_len: {hi}")
            ctor, kw = "StringAttribute", "string"
        elif kind == "number":
            lo = ctx.pick([None, 0, -5, 1, 0.5, -2.25, -1e21, 1e-7, 123456789012])
            hi = ctx.pick([None, 100, 1000, 1e21, 2.5e15, 9007199254740992])
            if lo is not None and hi is not None and lo > hi:
                lo, hi = hi, lo
            js_p, ds_p = [], []
            if lo is not None:
                js_p.append(f"min: {lo}")
                ds_p.append(f"min: {lo}")
            if hi is not None:
                js_p.append(f"max: {hi}")
                ds_p.append(f"max: {hi}")
            ctor, kw = "NumberAttribute", "number"
        else:
            js_p, ds_p = [], []
            ctor, kw = ("BooleanAttribute", "boolean") if kind == "boolean" else ("DateTimeAttribute", "date_time")
        if mutable is not None:
            js_p.append(f"mutable: {'true' if mutable else 'false'}")
            ds_p.append(f"mutable: {'true' if mutable else 'false'}")
        js_arg = "{ " + ", ".join(js_p) + " }" if js_p else ""
        custom_js.append(f"{cname}: new cognito.{ctor}({js_arg})")
        if ds_p:
            custom_rs.append(f"{cname}: {kw} {{ " + ", ".join(ds_p) + " }")
        elif kind in ("string", "number") and r.chance(0.5):
            custom_rs.append(f"{cname}: {kw} {{}}")
        else:
            custom_rs.append(f"{cname}: {kw}")
    if ctx.take("custom_attr_standard_name"):
        custom_js.append("email: new cognito.StringAttribute()")
        info.custom["email"] = True
        custom = R("{ " + ", ".join(custom_js) + " }",
                   "(vec![" + ", ".join(
                       [rust_custom(c) for c in custom_rs]
                       + ['("email".to_string(), cognito::CustomAttribute::String(cognito::StringAttributeProps { min_len: None, max_len: None, mutable: None }))']
                   ) + "])")
        props.append(("custom_attributes", custom))
    elif ctx.take("custom_attr_long_name") or ctx.take("custom_attr_space"):
        long = "a" * 21 if ctx.applied == "custom_attr_long_name" else "my attr"
        custom_js.append(f"{js_str(long)}: new cognito.StringAttribute()")
        custom = R("{ " + ", ".join(custom_js) + " }",
                   "(vec![" + ", ".join(
                       [rust_custom(c) for c in custom_rs]
                       + [f'("{long}".to_string(), cognito::CustomAttribute::String(cognito::StringAttributeProps {{ min_len: None, max_len: None, mutable: None }}))']
                   ) + "])")
        props.append(("custom_attributes", custom))
    elif custom_js:
        props.append(("custom_attributes", R(_wrap(custom_js, 1, "{", "}", "js"), _wrap(custom_rs, 1, "{", "}"))))

    # email
    email_kind = ctx.pick(["none", "none", "cognito", "cognito_reply", "ses", "ses", "settings"])
    if ctx.wants("mfa_email_only", "ses_domain_mismatch", "ses_config_set_bad"):
        email_kind = "ses"
    if ctx.wants("email_and_settings", "reply_to_bad"):
        email_kind = "cognito_reply"
    if email_kind == "cognito":
        props.append(("email", R("cognito.UserPoolEmail.withCognito()", "with_cognito()")))
    elif email_kind == "cognito_reply":
        addr = f"support@{ctx.pick(DOMAINS)}"
        if ctx.take("reply_to_bad"):
            addr = "support-at-example.com"
            props.append(("email", R(f"cognito.UserPoolEmail.withCognito({js_str(addr)})", f"with_cognito(({rs_str(addr)}))")))
        else:
            node = tok(ctx, S(addr))
            props.append(("email", R(f"cognito.UserPoolEmail.withCognito({node.render('js', 1)})",
                                     f"with_cognito({node.render('dsl', 1)})")))
    elif email_kind == "ses":
        info.ses = True
        dom = ctx.pick(DOMAINS)
        ses = [("from_email", tok(ctx, S(f"noreply@{dom}"), ("param", "import")))]
        if r.chance(0.5):
            ses.append(("from_name", tok(ctx, S(ctx.pick(NAMES)))))
        if r.chance(0.4):
            ses.append(("reply_to", tok(ctx, S(f"help@{dom}"))))
        if ctx.take("ses_config_set_bad"):
            ses.append(("configuration_set_name", X(S("my set"), '"my set"')))
        elif r.chance(0.3):
            ses.append(("configuration_set_name", S(ctx.pick(["default", "tracking-set", "cs_1"]))))
        if ctx.stack_region is None or r.chance(0.4):
            ses.append(("ses_region", tok(ctx, S(ctx.pick(REGIONS)))))
        if ctx.take("ses_domain_mismatch"):
            ses.append(("ses_verified_domain", X(S("other.example"), '"other.example"')))
        elif r.chance(0.4) and isinstance(ses[0][1], S):
            ses.append(("ses_verified_domain", S(dom)))
        o = O(ses)
        if r.chance(0.5):
            props.append(("email", R(f"cognito.UserPoolEmail.withSES({o.render('js', 1)})", f"with_ses {o.render('dsl', 1)}")))
        else:
            args = ", ".join(f"{k}: {v.render('dsl', 1)}" for k, v in ses)
            props.append(("email", R(f"cognito.UserPoolEmail.withSES({o.render('js', 1)})", f"UserPoolEmail::with_ses({args})")))
    elif email_kind == "settings":
        dom = ctx.pick(DOMAINS)
        es = [("from", tok(ctx, S(f"noreply@{dom}")))]
        if r.chance(0.5):
            es.append(("reply_to", tok(ctx, S(f"support@{dom}"))))
        props.append((ctx.pick(["email_settings", "email_transmission"]), R(O(es).render("js", 1), O(es).render("dsl", 1))))
    if email_kind in ("cognito", "cognito_reply", "ses") and ctx.take("email_and_settings"):
        props.append(("email_settings", X(R("{ from: 'other@example.com' }", ""),
                                          'cognito::EmailSettings { from: Some("other@example.com".into()), reply_to: None }')))

    # MFA
    mfa = ctx.pick([None, None, "OFF", "OPTIONAL", "REQUIRED"])
    if ctx.wants("mfa_message_no_code", "mfa_message_141", "sms_off_mfa", "mfa_email_only", "mfa_no_factor"):
        mfa = ctx.pick(["OPTIONAL", "REQUIRED"])
    sms_factor = False
    if mfa is not None:
        props.append(("mfa", E(ctx.r, "Mfa", mfa)))
    if mfa in ("OPTIONAL", "REQUIRED"):
        if ctx.take("mfa_email_only"):
            props.append(("mfa_second_factor", X(R("{ sms: false, otp: false, email: true }", ""),
                                                 "cognito::MfaSecondFactor { sms: false, otp: false, email: true }")))
        elif ctx.take("mfa_no_factor"):
            props.append(("mfa_second_factor", X(R("{ sms: false, otp: false }", ""),
                                                 "cognito::MfaSecondFactor::default()")))
        elif ctx.take("sms_off_mfa"):
            props.append(("enable_sms_role", X(B(False), "false")))
        elif r.chance(0.7):
            f = {"sms": r.chance(0.5) and not sms_off, "otp": r.chance(0.7)}
            if info.ses and plan in ("ESSENTIALS", "PLUS") and r.chance(0.5):
                f["email"] = True
            if not f["sms"] and not f["otp"]:
                if sms_off:
                    f["otp"] = True
                else:
                    f["sms"] = True
            sms_factor = f["sms"]
            props.append(("mfa_second_factor", Fl(ctx.r, f.items())))
        else:
            if sms_off:
                props.append(("mfa_second_factor", Fl(ctx.r, [("otp", True)])))
            else:
                sms_factor = True  # the CDK's default factor
    if ctx.take("mfa_message_no_code"):
        props.append(("mfa_message", X(S("Your sign-in code"), '"Your sign-in code"')))
    elif ctx.take("mfa_message_141"):
        props.append(("mfa_message", X(S("Code {####} " + "y" * 130), 'format!("Code {{####}} {}", "y".repeat(130))')))
    elif sms_factor and not sms_off and r.chance(0.4):
        props.append(("mfa_message", tok(ctx, S(ctx.pick(["Your code is {####}", "{####} is your sign-in code.",
                                                          "Código: {####}"])))))

    if sms_off:
        if not any(k == "enable_sms_role" for k, _ in props):
            props.append(("enable_sms_role", B(False)))
    elif sms_role is not None:
        props.append(("sms_role", sms_role))
        if ctx.take("sms_role_and_disabled"):
            props.append(("enable_sms_role", X(B(False), "false")))
        if r.chance(0.5):
            props.append(("sms_role_external_id", tok(ctx, S(ctx.pick(["external-id-1", "c87467be-4f34-11ea"])))))
        if r.chance(0.3):
            props.append(("sns_region", tok(ctx, S(ctx.pick(REGIONS)))))
    elif r.chance(0.1):
        props.append(("enable_sms_role", B(True)))

    # password policy
    if r.chance(0.45) or ctx.wants("min_length_5", "min_length_100", "temp_hours_36", "temp_days_400", "history_25"):
        pp = []
        if ctx.take("min_length_5"):
            pp.append(("min_length", X(I(5), "5")))
        elif ctx.take("min_length_100"):
            pp.append(("min_length", X(I(100), "100")))
        elif r.chance(0.6):
            pp.append(("min_length", I(ctx.pick([6, 8, 12, 16, 99]))))
        for k in ["require_lowercase", "require_uppercase", "require_digits", "require_symbols"]:
            if r.chance(0.4):
                pp.append((k, B(r.chance(0.6))))
        if ctx.take("temp_hours_36"):
            pp.append(("temp_password_validity", X(D("hours", 36), "cognito::Duration::hours(36)")))
        elif ctx.take("temp_days_400"):
            pp.append(("temp_password_validity", X(D("days", 400), "cognito::Duration::days(400)")))
        elif r.chance(0.3):
            pp.append(("temp_password_validity", ctx.pick([D("days", 3), D("days", 7), D("hours", 48), D("days", 365)])))
        if ctx.take("history_25"):
            pp.append(("password_history_size", X(I(25), "25")))
        elif plan in ("ESSENTIALS", "PLUS") and r.chance(0.4):
            pp.append(("password_history_size", I(ctx.pick([0, 5, 24]))))
        props.append(("password_policy", O(pp)))

    # sign-in policy, passkeys
    if ctx.take("sign_in_policy_no_password"):
        props.append(("sign_in_policy", O([("allowed_first_auth_factors", O([
            ("password", X(B(False), "false")), ("email_otp", B(True))]))])))
    elif r.chance(0.25):
        f = {"password": True}
        if plan in ("ESSENTIALS", "PLUS"):
            for k in ["email_otp", "sms_otp", "passkey"]:
                if r.chance(0.4):
                    f[k] = True
        props.append(("sign_in_policy", O([("allowed_first_auth_factors", Fl(ctx.r, f.items()))])))
    if ctx.take("passkey_rp_long"):
        props.append(("passkey_relying_party_id", X(S("a" * 64), '"a".repeat(64)')))
    elif r.chance(0.15):
        props.append(("passkey_relying_party_id", tok(ctx, S(ctx.pick(["example.com", "auth.myapp.io"])))))
    if r.chance(0.12):
        props.append(("passkey_user_verification", E(ctx.r, "PasskeyUserVerification", ctx.pick(["PREFERRED", "REQUIRED"]))))

    # messages
    if r.chance(0.35) or ctx.wants("verify_code_body", "verify_link_body", "verify_sms_no_code"):
        style = ctx.pick(["CODE", "LINK", None])
        if ctx.wants("verify_code_body"):
            style = "CODE"
        if ctx.wants("verify_link_body"):
            style = "LINK"
        uv = []
        if r.chance(0.5):
            uv.append(("email_subject", tok(ctx, S(ctx.pick(SUBJECTS)))))
        if ctx.take("verify_code_body"):
            uv.append(("email_body", X(S("Thanks for signing up"), '"Thanks for signing up"')))
        elif ctx.take("verify_link_body"):
            uv.append(("email_body", X(S("Click the link"), '"Click the link"')))
        elif r.chance(0.5):
            if style == "LINK":
                uv.append(("email_body", S(ctx.pick(["Verify by clicking {##Verify Email##}", "{##here##}"]))))
            else:
                uv.append(("email_body", tok(ctx, S(ctx.pick(["Your verification code is {####}", "Code: {####}."])))))
        if style is not None:
            uv.append(("email_style", E(ctx.r, "VerificationEmailStyle", style)))
        if ctx.take("verify_sms_no_code"):
            uv.append(("sms_message", X(S("Welcome to the app"), '"Welcome to the app"')))
        elif r.chance(0.4):
            uv.append(("sms_message", tok(ctx, S(ctx.pick(["Your code is {####}", "{####} is your code"])))))
        props.append(("user_verification", O(uv)))
    if r.chance(0.25):
        ui = []
        if r.chance(0.6):
            ui.append(("email_subject", S(ctx.pick(["You are invited", "Invitation"]))))
        if r.chance(0.6):
            ui.append(("email_body", S(ctx.pick(["Hello {username}, your temporary password is {####}",
                                                 "User {username} / password {####}"]))))
        if r.chance(0.5):
            ui.append(("sms_message", S("Hi {username}, password {####}")))
        props.append(("user_invitation", O(ui)))

    # triggers
    trig_nested = []
    if ctx.take("trigger_v2_pre_sign_up"):
        fn = gen_function(ctx, "PreSignUpFn")
        trig_nested.append(("pre_sign_up", fn, "XV2_0"))
    elif ctx.take("trigger_v2_lite"):
        fn = gen_function(ctx, "PreTokenFn")
        trig_nested.append(("pre_token_generation_config", fn, "V2_0"))
    elif r.chance(0.3):
        fns = [gen_function(ctx, ctx.pick(["TriggerFn", "Handler", "AuthFn"])) for _ in range(ctx.pick([1, 1, 2]))]
        ops = ctx.sample(TRIGGERS, 1, 4)
        in_props = [op for op in ops if r.chance(0.6)]
        info.trigger_ops = set(ops)
        info.trigger_fns = set(fns)
        pairs = [(op, R(fn, fn)) for op, fn in ((op, ctx.pick(fns)) for op in in_props)]
        if ctx.chance(0.15):
            key = "custom_sender_kms_key"
            arn = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"
            props.append((key, R(f"kms.Key.fromKeyArn(stack, '{ctx.uid('Key')}', {js_str(arn)})", rs_str(arn))))
            pairs.append((ctx.pick(["custom_email_sender", "custom_sms_sender"]), R(fns[0], fns[0])))
            info.trigger_ops.add(pairs[-1][0])
        if pairs:
            props.append((ctx.pick(["lambda_triggers", "triggers"]),
                          R(O([(k, v) for k, v in pairs]).render("js", 1), O(pairs).render("dsl", 1))))
        for op in ops:
            if op not in in_props:
                trig_nested.append((op, ctx.pick(fns), None))
        if plan in ("ESSENTIALS", "PLUS") and "pre_token_generation" not in ops and r.chance(0.5):
            trig_nested.append(("pre_token_generation_config", ctx.pick(fns), ctx.pick(["V1_0", "V2_0", "V3_0", None])))

    # recovery, policies, misc
    if r.chance(0.3):
        props.append(("account_recovery", E(ctx.r, "AccountRecovery", ctx.pick(
            ["EMAIL_ONLY", "PHONE_AND_EMAIL", "EMAIL_AND_PHONE_WITHOUT_MFA", "PHONE_WITHOUT_MFA_AND_EMAIL",
             "PHONE_ONLY_WITHOUT_MFA", "NONE"]))))
    if ctx.take("removal_snapshot"):
        props.append(("removal_policy", X(R("cdk.RemovalPolicy.SNAPSHOT", ""), "cognito::RemovalPolicy::Snapshot")))
    elif r.chance(0.3):
        props.append(("removal_policy", E(ctx.r, "RemovalPolicy", ctx.pick(["RETAIN", "DESTROY", "RETAIN_ON_UPDATE_OR_DELETE"]), ns="cdk")))
    if r.chance(0.3):
        props.append(("deletion_protection", B(r.chance(0.6))))
    if r.chance(0.25):
        props.append(("sign_in_case_sensitive", B(r.chance(0.4))))
    if r.chance(0.25):
        props.append(("device_tracking", O([("challenge_required_on_new_device", B(r.chance(0.5))),
                                            ("device_only_remembered_on_user_prompt", B(r.chance(0.5)))])))
    if ctx.applied == "trigger_v2_lite":
        props.append(("feature_plan", X(E(ctx.r, "FeaturePlan", "LITE"), "cognito::FeaturePlan::Lite")))
    elif ctx.take("threat_essentials"):
        props.append(("feature_plan", X(E(ctx.r, "FeaturePlan", "ESSENTIALS"), "cognito::FeaturePlan::Essentials")))
        props.append(("standard_threat_protection_mode", E(ctx.r, "StandardThreatProtectionMode", "FULL_FUNCTION")))
        info.plan = "ESSENTIALS"
    else:
        if plan is not None:
            props.append(("feature_plan", E(ctx.r, "FeaturePlan", plan)))
        if plan in (None, "PLUS") and r.chance(0.3):
            if r.chance(0.25):
                props.append(("advanced_security_mode", E(ctx.r, "AdvancedSecurityMode", ctx.pick(["AUDIT", "ENFORCED", "OFF"]))))
            else:
                if r.chance(0.7):
                    props.append(("standard_threat_protection_mode", E(ctx.r, "StandardThreatProtectionMode",
                                                                       ctx.pick(["FULL_FUNCTION", "AUDIT_ONLY", "NO_ENFORCEMENT"]))))
                if r.chance(0.5):
                    props.append(("custom_threat_protection_mode", E(ctx.r, "CustomThreatProtectionMode",
                                                                     ctx.pick(["FULL_FUNCTION", "AUDIT_ONLY"]))))

    r.r.shuffle(props)
    pool_extras(ctx, info, props, trig_nested)
    return info, cid, decl, props, trig_nested


def rust_custom(entry):
    """A custom attribute of the language's `{ name: kind { … } }` as a Rust tuple."""
    name, rest = entry.split(":", 1)
    rest = rest.strip()
    kind = rest.split(" ")[0]
    body = dict(re.findall(r"(\w+): (\(?-?[\w.+-]+\)?)", rest))
    body = {k: v.strip("()") for k, v in body.items()}

    def opt(k, conv):
        return f"Some({conv(body[k])})" if k in body else "None"

    if kind == "string":
        v = (f"cognito::CustomAttribute::String(cognito::StringAttributeProps {{ min_len: {opt('min_len', str)}, "
             f"max_len: {opt('max_len', str)}, mutable: {opt('mutable', str)} }})")
    elif kind == "number":
        def f64(x):
            return x if any(c in x for c in ".eE") else x + ".0"

        v = (f"cognito::CustomAttribute::Number(cognito::NumberAttributeProps {{ min: {opt('min', f64)}, "
             f"max: {opt('max', f64)}, mutable: {opt('mutable', str)} }})")
    elif kind == "boolean":
        v = f"cognito::CustomAttribute::Boolean(cognito::CustomAttributeProps {{ mutable: {opt('mutable', str)} }})"
    else:
        v = f"cognito::CustomAttribute::DateTime(cognito::CustomAttributeProps {{ mutable: {opt('mutable', str)} }})"
    return f'("{name}".to_string(), {v})'


def pool_js(ctx, info, cid, props, trig_nested):
    js = [f"const {info.var} = new cognito.UserPool({{scope}}, '{cid}', {js_props(props)});"]
    children = []
    for op, fn, version in trig_nested:
        ver = f", cognito.LambdaVersion.{version.lstrip('X')}" if version else ""
        js.append(f"{info.var}.addTrigger(cognito.UserPoolOperation.{op.upper()}, {fn}{ver});")
        body = [("function", R(fn, fn))]
        if version == "XV2_0":
            body.append(("lambda_version", X(R("", ""), "cognito::LambdaVersion::V2_0")))
        elif version:
            body.append(("lambda_version", E(ctx.r, "LambdaVersion", version)))
        children.append(dsl_item("trigger", op, body))
    js += [s.replace("{pool}", info.var) for s in info.js_after]
    children += info.dsl_children
    return js, children


# ------------------------------------------------------------------ children of a pool


def gen_resource_server(ctx, pool, nested):
    name, cid, decl = ident_decl(ctx, ctx.pick(["Api", "Orders", "Billing"]), ["rs-"], nested=nested)
    ident = ctx.pick(["api", "orders-api", "billing", "https://api.example.com", "users"])
    # A pool's resource servers have distinct identifiers (CloudFormation fails the second:
    # rule `resource_server.identifier.duplicate`); made unique without drawing again, so the
    # other cases stay as they were.
    taken = {i for (_, i, _, _) in pool.resource_servers}
    ident = next(f"{ident}-{n}" if n else ident for n in range(len(taken) + 1) if (f"{ident}-{n}" if n else ident) not in taken)
    props = []
    if ctx.take("rs_https_no_name"):
        ident_node = X(S("https://svc.example.com"), '"https://svc.example.com"')
        ident = "https://svc.example.com"
    else:
        ident_node = S(ident)
        if ident.startswith("https://") or ctx.chance(0.3):
            props.append(("user_pool_resource_server_name", tok(ctx, S(ctx.pick(["My API", "orders", "Billing API v2"])))))
    scopes = ctx.sample(["read", "write", "admin", "*", "orders.read"], 0, 3)
    scope_vars = {}
    js = []
    for s in scopes:
        v = ctx.uid("scope")
        scope_vars[s] = v
        js.append(f"const {v} = new cognito.ResourceServerScope({{ scopeName: {js_str(s)}, scopeDescription: {js_str(s + ' access')} }});")
    all_ident = all(IDENT.match(s) for s in scopes)
    if all_ident and ctx.chance(0.6):
        scopes_ds = M([(s, S(s + " access")) for s in scopes]).render("dsl", 1)
    else:
        scopes_ds = L([R("", "{ scope_name: " + rs_str(s) + ", scope_description: " + rs_str(s + " access") + " }")
                       for s in scopes]).render("dsl", 1)
    all_props = [("identifier", ident_node)] + props
    if scopes or ctx.chance(0.5):
        all_props.append(("scopes", R("[" + ", ".join(scope_vars[s] for s in scopes) + "]", scopes_ds)))
    if nested:
        js.append(f"const {name} = {pool.var}.addResourceServer('{cid}', {js_props(all_props)});")
        ds_props = all_props
    else:
        js.append(f"const {name} = new cognito.UserPoolResourceServer({{scope}}, '{cid}', {js_props(all_props, [('userPool', pool.var)])});")
        ds_props = [("user_pool", R("", pool.name))] + all_props
    dsl = dsl_item("resource_server" if nested else "user_pool_resource_server", decl, ds_props)
    pool.resource_servers.append((name, ident, scopes, scope_vars))
    return js, dsl


def gen_client(ctx, pool, nested, idps_before=()):
    base = ctx.pick(["Web", "Mobile", "Machine", "Spa", "Admin", "Client"])
    name, cid, decl = ident_decl(ctx, base, ["app-client-", "client-"], nested=nested)
    c = ClientInfo(name, name, pool)
    r = ctx
    props = []
    if ctx.take("client_name_slash"):
        props.append(("user_pool_client_name", X(S("app/client"), '"app/client"')))
    elif r.chance(0.3):
        props.append(("user_pool_client_name", tok(ctx, S(ctx.pick(["web-client", "My Mobile App", "svc@backend", "a+b=c,d.e"])))))
        c.named = True
    secret = r.chance(0.35)
    cc = False
    rs_scopes = [(rs, s) for rs in pool.resource_servers for s in rs[2]]
    if ctx.wants("propagate_no_secret"):
        secret = False
    elif ctx.chance(0.2) and rs_scopes or ctx.wants("client_cc_no_secret", "cc_default_scopes"):
        cc = True
    if r.chance(0.5):
        props.append(("auth_flows", Fl(ctx.r, [(f, r.chance(0.7)) for f in ctx.sample(
            ["admin_user_password", "custom", "user_password", "user_srp", "user"], 1, 4)])))
    if cc:
        if ctx.take("client_cc_no_secret"):
            props.append(("generate_secret", X(B(False), "false")))
            secret = False
        else:
            secret = True
        scopes = [R(f"cognito.OAuthScope.resourceServer({rs[0]}, {rs[3][s]})", f"resource_server({rs[0]}, {rs_str(s)})")
                  for rs, s in ctx.sample(rs_scopes, 1, 3)] if rs_scopes else [
            R("cognito.OAuthScope.custom('api/read')", 'custom("api/read")')]
        if ctx.take("cc_default_scopes"):
            oauth = [("flows", X(R("{ clientCredentials: true }", ""),
                                 "cognito::OAuthFlows { client_credentials: true, ..Default::default() }"))]
        else:
            oauth = [("flows", Fl(ctx.r, [("client_credentials", True)])), ("scopes", L(scopes))]
        props.append(("o_auth", O(oauth)))
    elif r.chance(0.15) and not ctx.wants("client_http_callback", "client_redirect_not_cb", "logout_fragment"):
        props.append(("disable_o_auth", B(True)))
    elif r.chance(0.55) or ctx.wants("client_http_callback", "client_redirect_not_cb", "logout_fragment"):
        oauth = []
        flows = None
        if r.chance(0.7) or ctx.wants("client_redirect_not_cb"):
            flows = {"authorization_code_grant": r.chance(0.8), "implicit_code_grant": r.chance(0.3)}
            if ctx.wants("client_redirect_not_cb"):
                flows["authorization_code_grant"] = True
            oauth.append(("flows", Fl(ctx.r, flows.items())))
        c.code_or_implicit = flows is None or flows["authorization_code_grant"] or flows["implicit_code_grant"]
        cbs = ctx.sample(["https://app.example.com/callback", "https://example.com/", "http://localhost:3000/cb",
                          "myapp://callback", "https://app.example.com/auth?x=1"], 1, 3)
        if ctx.take("client_http_callback"):
            oauth.append(("callback_urls", L([S(u) for u in cbs] + [X(S("http://insecure.example.com/cb"), '"http://insecure.example.com/cb"')])))
            c.callbacks = cbs
        elif r.chance(0.8) or ctx.wants("client_redirect_not_cb"):
            nodes = [tok(ctx, S(u)) for u in cbs]
            oauth.append(("callback_urls", L(nodes)))
            c.callbacks = [u for u, n in zip(cbs, nodes) if isinstance(n, S)]
        elif c.code_or_implicit:
            c.callbacks = ["https://example.com"]
        if ctx.take("logout_fragment"):
            oauth.append(("logout_urls", L([X(S("https://app.example.com/#signed-out"), '"https://app.example.com/#signed-out"')])))
        elif r.chance(0.4):
            oauth.append(("logout_urls", L([S(u) for u in ctx.sample(["https://app.example.com/", "https://example.com/logout",
                                                                      "http://localhost:3000"], 0, 2)])))
        if ctx.take("client_redirect_not_cb"):
            oauth.append(("default_redirect_uri", X(S("https://elsewhere.example.com"), '"https://elsewhere.example.com"')))
        elif c.callbacks and len(c.callbacks) > 0 and r.chance(0.3) and any(o[0] == "callback_urls" for o in oauth):
            oauth.append(("default_redirect_uri", S(ctx.pick(c.callbacks))))
        if r.chance(0.7):
            sc = []
            for s in ctx.sample(["OPENID", "EMAIL", "PHONE", "PROFILE", "COGNITO_ADMIN"], 0, 4):
                sc.append(E(ctx.r, "OAuthScope", s))
            if rs_scopes and r.chance(0.5):
                for rs, s in ctx.sample(rs_scopes, 1, 2):
                    sc.append(R(f"cognito.OAuthScope.resourceServer({rs[0]}, {rs[3][s]})", f"resource_server({rs[0]}, {rs_str(s)})"))
            if r.chance(0.2):
                sc.append(R("cognito.OAuthScope.custom('api/read')", ctx.pick(['custom("api/read")', 'OAuthScope::custom("api/read")'])))
            oauth.append(("scopes", L(sc)))
        ctx.r.shuffle(oauth)
        props.append(("o_auth", O(oauth)))
    if secret and not any(k == "generate_secret" for k, _ in props):
        props.append(("generate_secret", B(True)))
    elif r.chance(0.1) and not any(k == "generate_secret" for k, _ in props):
        props.append(("generate_secret", B(False)))
    if r.chance(0.35):
        props.append(("prevent_user_existence_errors", B(r.chance(0.7))))
    if r.chance(0.25):
        props.append(("enable_token_revocation", B(r.chance(0.6))))
    if ctx.take("propagate_no_secret"):
        props.append(("enable_propagate_additional_user_context_data", X(B(True), "true")))
    elif secret and r.chance(0.3):
        props.append(("enable_propagate_additional_user_context_data", B(True)))
    # validities
    refresh_min = None
    if r.chance(0.3):
        refresh = ctx.pick([D("days", 30), D("minutes", 60), D("days", 3650), D("hours", 12), D("days", 1),
                            D("days", 0.5), D("hours", 1.5), D("seconds", 7200)])
        refresh_min = {"days": 1440, "hours": 60, "minutes": 1, "seconds": 1 / 60}[refresh.unit] * refresh.n
        props.append(("refresh_token_validity", refresh))
    cap = refresh_min if refresh_min is not None else 30 * 1440
    for key in ["id_token_validity", "access_token_validity"]:
        if key == "access_token_validity" and ctx.take("client_access_4min"):
            props.append((key, X(D("minutes", 4), "cognito::Duration::minutes(4)")))
        elif key == "id_token_validity" and ctx.take("client_id_over_refresh"):
            if refresh_min is None or refresh_min > 60:
                props = [p for p in props if p[0] != "refresh_token_validity"]
                props.append(("refresh_token_validity", D("minutes", 60)))
                cap = 60
            props.append((key, X(D("hours", 2), "cognito::Duration::hours(2)")))
        elif r.chance(0.3):
            opts = [d for d in [D("minutes", 5), D("minutes", 60), D("hours", 1), D("hours", 24), D("days", 1),
                                D("seconds", 300), D("hours", 0.5), D("minutes", 1440)]
                    if {"days": 1440, "hours": 60, "minutes": 1, "seconds": 1 / 60}[d.unit] * d.n <= cap]
            props.append((key, ctx.pick(opts)))
    if ctx.take("auth_session_16m"):
        props.append(("auth_session_validity", X(D("minutes", 16), "cognito::Duration::minutes(16)")))
    elif r.chance(0.15):
        props.append(("auth_session_validity", D("minutes", ctx.pick([3, 5, 15]))))
    if ctx.take("rotation_61s"):
        props.append(("refresh_token_rotation_grace_period", X(D("seconds", 61), "cognito::Duration::seconds(61)")))
    elif r.chance(0.12):
        props.append(("refresh_token_rotation_grace_period", D("seconds", ctx.pick([0, 10, 60]))))
    # attributes
    declared = list(pool.custom)
    if r.chance(0.3) or ctx.wants("client_undeclared_attr"):
        read_std = ctx.sample(STANDARD + ["email_verified", "phone_number_verified"], 0, 4)
        read_custom = ctx.sample(declared, 0, 2)
        props.append(("read_attributes", client_attributes(ctx, read_std, read_custom, undeclared=ctx.take("client_undeclared_attr"))))
        if r.chance(0.5):
            w_std = [a for a in read_std if a in STANDARD and a not in pool.standard_immutable]
            w_custom = [a for a in read_custom if pool.custom.get(a)]
            props.append(("write_attributes", client_attributes(ctx, ctx.sample(w_std, 0), ctx.sample(w_custom, 0))))
    # identity providers
    deps = []
    if idps_before and ctx.take("client_idp_no_depends"):
        idp = ctx.pick(idps_before)
        const = {"google": "Google", "facebook": "Facebook", "amazon": "Amazon", "apple": "Apple"}.get(idp.kind)
        rust = (f"cognito::UserPoolClientIdentityProvider::{const}" if const
                else f"cognito::UserPoolClientIdentityProvider::Custom({rs_str(idp.provider_name)}.into())")
        props.append(("supported_identity_providers", L([X(idp.client_provider(ctx), rust)])))
    elif idps_before and r.chance(0.6):
        chosen = ctx.sample(idps_before, 1)
        sip = [R("cognito.UserPoolClientIdentityProvider.COGNITO", ctx.pick(["COGNITO", "UserPoolClientIdentityProvider::COGNITO"]))] if r.chance(0.7) else []
        for idp in chosen:
            sip.append(idp.client_provider(ctx))
            if r.chance(0.85):
                deps.append(idp)
        if deps != chosen:
            deps = chosen  # Cognito needs the provider first (client.identity_provider.depends_on)
        props.append(("supported_identity_providers", L(sip)))
    elif r.chance(0.15):
        props.append(("supported_identity_providers", L([R("cognito.UserPoolClientIdentityProvider.COGNITO", "COGNITO")])))
    if r.chance(0.08):
        app_id = ctx.pick(["abc123", "0123456789abcdef0123456789abcdef"])
        an = [("application_id", S(app_id)), ("external_id", S("ext-1")),
              ("role", role_value(ctx, "AnalyticsRole", "cognito-idp.amazonaws.com", "analytics"))]
        if r.chance(0.5):
            an.append(("share_user_data", B(r.chance(0.5))))
        props.append(("analytics", O(an)))

    ctx.r.shuffle(props)
    dsl_only, after = client_extras(ctx, pool, props)
    if nested:
        js = [f"const {name} = {pool.var}.addClient('{cid}', {js_props(props)});"]
        ds_props = list(props) + dsl_only
    else:
        js = [f"const {name} = new cognito.UserPoolClient({{scope}}, '{cid}', {js_props(props, [('userPool', pool.var)])});"]
        ds_props = [("user_pool", R("", pool.name))] + list(props) + dsl_only
    js += [s.replace("{client}", name) for s in after]
    if deps:
        for d in deps:
            js.append(f"{name}.node.addDependency({d.var});")
        ds_props.append(("depends_on", R("", "[" + ", ".join(d.name for d in deps) + "]")))
    dsl = dsl_item("client" if nested else "user_pool_client", decl, ds_props)
    pool.clients.append(c)
    return js, dsl, c


def client_attributes(ctx, std, custom, undeclared=False):
    js = "new cognito.ClientAttributes()"
    parts = []
    if std or ctx.chance(0.3):
        js += ".withStandardAttributes({" + ", ".join(f"{camel(a)}: true" for a in std) + "})"
        parts.append("standard_attributes: " + Fl(ctx.r, [(a, True) for a in std]).render("dsl", 2))
    names = []
    for a in custom:
        names.append(ctx.pick([a, "custom:" + a]))
    if undeclared:
        js += ".withCustomAttributes(" + ", ".join(js_str(n) for n in names + ["undeclared"]) + ")"
        parts.append("custom_attributes: [" + ", ".join([rs_str(n) for n in names] + ['("undeclared")']) + "]")
    elif names:
        js += ".withCustomAttributes(" + ", ".join(js_str(n) for n in names) + ")"
        parts.append("custom_attributes: [" + ", ".join(rs_str(n) for n in names) + "]")
    return R(js, _wrap(parts, 1, "{", "}"))


def gen_domain(ctx, pool, nested):
    name, cid, decl = ident_decl(ctx, ctx.pick(["Domain", "Hosted", "Login"]), ["domain-"], nested=nested)
    props = []
    if ctx.take("domain_cert_region") or (ctx.chance(0.3) and not ctx.wants("domain_upper", "domain_reserved", "domain_dash")):
        region = "eu-west-1" if ctx.applied == "domain_cert_region" else "us-east-1"
        arn = f"arn:aws:acm:{region}:123456789012:certificate/{ctx.pick(['abc', '11-22-33'])}"
        dn = f"{ctx.pick(['auth', 'login', 'id'])}.{ctx.pick(DOMAINS)}"
        cert_js = f"acm.Certificate.fromCertificateArn(stack, '{ctx.uid('Cert')}', {js_str(arn)})"
        if ctx.applied == "domain_cert_region":
            cert = X(R(cert_js, ""), rs_str(arn))
        elif ctx.chance(0.5):
            cert = R(cert_js, f"from_certificate_arn({rs_str(arn)})")
        else:
            cert = R(cert_js, rs_str(arn))
        props.append(("custom_domain", O([("domain_name", tok(ctx, S(dn))), ("certificate", cert)])))
    else:
        prefix = ctx.pick(["myapp", "example-auth", "login-7", "a1b2", "acme-users"]) + f"-{ctx.r.randint(1, 999)}"
        if ctx.take("domain_upper"):
            node = X(S("My-App"), '"My-App"')
        elif ctx.take("domain_reserved"):
            node = X(S("my-cognito-app"), '"my-cognito-app"')
        elif ctx.take("domain_dash"):
            node = X(S("myapp-"), '"myapp-"')
        else:
            node = tok(ctx, S(prefix))
        props.append(("cognito_domain", O([("domain_prefix", node)])))
    if ctx.chance(0.3):
        props.append(("managed_login_version", E(ctx.r, "ManagedLoginVersion", ctx.pick(["CLASSIC_HOSTED_UI", "NEWER_MANAGED_LOGIN"]))))
    if ctx.take("domain_both"):
        if any(k == "custom_domain" for k, _ in props):
            props.append(("cognito_domain", X(R("{ domainPrefix: 'both-1' }", ""),
                                              'cognito::CognitoDomainOptions { domain_prefix: "both-1".into() }')))
        else:
            arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
            cert_js = f"acm.Certificate.fromCertificateArn(stack, '{ctx.uid('Cert')}', {js_str(arn)})"
            props.append(("custom_domain", X(R(f"{{ domainName: 'auth.example.com', certificate: {cert_js} }}", ""),
                                             f'cognito::CustomDomainOptions {{ domain_name: "auth.example.com".into(), certificate: {rs_str(arn)}.into() }}')))
    if nested:
        js = [f"const {name} = {pool.var}.addDomain('{cid}', {js_props(props)});"]
        ds_props = props
    else:
        js = [f"const {name} = new cognito.UserPoolDomain({{scope}}, '{cid}', {js_props(props, [('userPool', pool.var)])});"]
        ds_props = [("user_pool", R("", pool.name))] + props
    pool.domain = (name, name)
    return js, dsl_item("domain" if nested else "user_pool_domain", decl, ds_props)


def gen_group(ctx, pool, nested):
    name, cid, decl = ident_decl(ctx, ctx.pick(["Admins", "Readers", "Editors", "Staff"]), ["group-"], nested=nested)
    props = []
    if ctx.take("group_name_space"):
        props.append(("group_name", X(S("my group"), '"my group"')))
    elif ctx.chance(0.5):
        props.append(("group_name", tok(ctx, S(ctx.pick(["admins", "read-only", "Editors_2", "staff@corp"])))))
    if ctx.take("group_desc_long"):
        props.append(("description", X(S("d" * 2049), '"d".repeat(2049)')))
    elif ctx.chance(0.4):
        props.append(("description", tok(ctx, S(ctx.pick(["Administrators", "", "Read-only users", "Ünïcode group"])))))
    if ctx.take("group_precedence_neg"):
        props.append(("precedence", X(I(-1), "-1")))
    elif ctx.chance(0.5):
        props.append(("precedence", I(ctx.pick([0, 1, 10, 2147483647]))))
    if ctx.take("group_role_bad_arn"):
        arn = "arn:aws:s3:::my-bucket"
        props.append(("role", X(R(f"iam.Role.fromRoleArn(stack, '{ctx.uid('ImportedRole')}', {js_str(arn)})", ""), rs_str(arn))))
    elif ctx.chance(0.35):
        if ctx.chance(0.5):
            role = federated_role(ctx, "GroupRole")
            props.append(("role", R(role, role)))
        else:
            arn = "arn:aws:iam::123456789012:role/group"
            props.append(("role", R(f"iam.Role.fromRoleArn(stack, '{ctx.uid('ImportedRole')}', {js_str(arn)})", rs_str(arn))))
    if nested:
        js = [f"const {name} = {pool.var}.addGroup('{cid}', {js_props(props)});"]
        ds_props = props
    else:
        js = [f"const {name} = new cognito.UserPoolGroup({{scope}}, '{cid}', {js_props(props, [('userPool', pool.var)])});"]
        ds_props = [("user_pool", R("", pool.name))] + props
    pool.groups.append(name)
    pool.group_cids.append((name, cid))
    return js, dsl_item("group" if nested else "user_pool_group", decl, ds_props)


# ------------------------------------------------------------------ identity providers


class IdpInfo:
    def __init__(self, name, var, kind, provider_name):
        self.name, self.var, self.kind, self.provider_name = name, var, kind, provider_name

    def client_provider(self, ctx):
        const = {"google": "GOOGLE", "facebook": "FACEBOOK", "amazon": "AMAZON", "apple": "APPLE"}.get(self.kind)
        if const:
            return R(f"cognito.UserPoolClientIdentityProvider.{const}", const)
        return R(f"cognito.UserPoolClientIdentityProvider.custom({js_str(self.provider_name)})",
                 f"custom({rs_str(self.provider_name)})")


def attribute_mapping(ctx, pool, kind):
    consts = {
        "google": ["GOOGLE_EMAIL", "GOOGLE_GIVEN_NAME", "GOOGLE_FAMILY_NAME", "GOOGLE_NAME", "GOOGLE_PICTURE"],
        "facebook": ["FACEBOOK_EMAIL", "FACEBOOK_NAME", "FACEBOOK_FIRST_NAME", "FACEBOOK_LAST_NAME"],
        "amazon": ["AMAZON_EMAIL", "AMAZON_NAME", "AMAZON_USER_ID"],
        "apple": ["APPLE_EMAIL", "APPLE_FIRST_NAME", "APPLE_LAST_NAME", "APPLE_NAME"],
    }.get(kind, [])
    pairs = []
    for a in ctx.sample(["email", "given_name", "family_name", "fullname", "nickname", "phone_number", "website"], 1, 3):
        if a in pool.standard_immutable:
            continue
        if consts and ctx.chance(0.7):
            c = ctx.pick(consts)
            pairs.append((a, R(f"cognito.ProviderAttribute.{c}", c if ctx.chance(0.7) else f"ProviderAttribute::{c}")))
        else:
            o = ctx.pick(["email", "name", "sub", "preferred_username"])
            pairs.append((a, R(f"cognito.ProviderAttribute.other({js_str(o)})", f"other({rs_str(o)})")))
    mapping_extras(ctx, pool, kind, pairs)
    custom = []
    if ctx.take("mapping_undeclared"):
        custom.append(("custom:nothere", "custom:nothere"))
    elif pool.custom and ctx.take("mapping_no_prefix"):
        bare = next(iter(pool.custom))
        custom.append((bare, bare))
    for cname, mutable in pool.custom.items():
        if mutable and ctx.chance(0.4):
            custom.append((f"custom:{cname}", f"custom:{cname}"))
    if custom:
        js_c = "{ " + ", ".join(f"{js_str(k)}: cognito.ProviderAttribute.other('src_{i}')" for i, (k, _) in enumerate(custom)) + " }"
        if ctx.applied in ("mapping_undeclared", "mapping_no_prefix") and any(not k.startswith("custom:") or k == "custom:nothere" for k, _ in custom):
            entries = ", ".join(f'("{k}".to_string(), cognito::ProviderAttribute::other("src_{i}"))' for i, (k, _) in enumerate(custom))
            ds_c = f"(vec![{entries}])"
        else:
            ds_c = "{ " + ", ".join(f"{rs_str(k)}: other(\"src_{i}\")" for i, (k, _) in enumerate(custom)) + " }"
        pairs.append(("custom", R(js_c, ds_c)))
    return O(pairs)


def gen_idp(ctx, pool, kind, nested=False):
    base = {"google": "Google", "facebook": "Facebook", "amazon": "Amazon", "apple": "Apple",
            "oidc": "Oidc", "saml": "Saml"}[kind]
    name, cid, decl = ident_decl(ctx, base + "Idp" if ctx.chance(0.5) else base, nested=nested)
    props = []
    provider_name = {"google": "Google", "facebook": "Facebook", "amazon": "LoginWithAmazon", "apple": "SignInWithApple"}.get(kind)
    ctor = {"google": "Google", "facebook": "Facebook", "amazon": "Amazon", "apple": "Apple", "oidc": "Oidc", "saml": "Saml"}[kind]
    if kind == "google":
        props.append(("client_id", tok(ctx, S("1234.apps.googleusercontent.com"))))
        if ctx.chance(0.5):
            props.append(("client_secret", S("google-secret")))
        elif ctx.chance(0.5):
            props.append(("client_secret_value", R("cdk.SecretValue.unsafePlainText('google-secret')", 'unsafe_plain_text("google-secret")')))
        else:
            props.append(("client_secret_value", R("cdk.SecretValue.secretsManager('google/secret')", 'secrets_manager("google/secret")')))
    elif kind in ("facebook", "amazon"):
        props.append(("client_id", S(f"{kind}-client-id")))
        props.append(("client_secret", S(f"{kind}-secret")))
        if kind == "facebook" and ctx.chance(0.4):
            props.append(("api_version", S("v19.0")))
    elif kind == "apple":
        props += [("client_id", S("com.example.app")), ("team_id", S("TEAM123456")), ("key_id", S("KEY1234567"))]
        if ctx.chance(0.5):
            props.append(("private_key", S("-----BEGIN PRIVATE KEY-----abc")))
        else:
            props.append(("private_key_value", R("cdk.SecretValue.unsafePlainText('key')", 'SecretValue::unsafe_plain_text("key")')))
    elif kind == "oidc":
        props += [("client_id", tok(ctx, S("oidc-client"))), ("client_secret", tok(ctx, S("oidc-secret")))]
        if ctx.take("oidc_http_issuer"):
            props.append(("issuer_url", X(S("http://issuer.example.com"), '"http://issuer.example.com"')))
        else:
            props.append(("issuer_url", tok(ctx, S(ctx.pick(["https://issuer.example.com", "https://login.corp.example.org/oauth2"])))))
        # The planted duplicate names the pool of the first (a provider of another pool may
        # take the name).
        if ctx.corp_oidc_pool == pool.name and ctx.take("idp_name_duplicate"):
            props.append(("name", X(S("CorpOidc"), rs_str("CorpOidc"))))
        elif ctx.wants("idp_name_duplicate"):
            props.append(("name", S("CorpOidc")))
            ctx.corp_oidc_pool = pool.name
            provider_name = "CorpOidc"
        elif ctx.take("oidc_name_reserved"):
            props.append(("name", X(S("Google"), '"Google"')))
        elif ctx.take("oidc_name_space"):
            props.append(("name", X(S("My Oidc"), '"My Oidc"')))
        elif ctx.chance(0.5):
            pn = ctx.unique_provider_name(ctx.pick(["CorpOidc", "okta-prod", "Auth0.Tenant", "MyOidc"]) + str(ctx.r.randint(1, 9)))
            node = tok(ctx, S(pn))
            props.append(("name", node))
            provider_name = pn if isinstance(node, S) else None
        if ctx.chance(0.3):
            props.append(("attribute_request_method", E(ctx.r, "OidcAttributeRequestMethod", ctx.pick(["GET", "POST"]))))
        if ctx.chance(0.25):
            props.append(("endpoints", O([("authorization", S("https://issuer.example.com/authorize")),
                                          ("token", S("https://issuer.example.com/token")),
                                          ("user_info", S("https://issuer.example.com/userinfo")),
                                          ("jwks_uri", S("https://issuer.example.com/jwks"))])))
    else:
        if ctx.take("saml_ftp"):
            props.append(("metadata", R("cognito.UserPoolIdentityProviderSamlMetadata.url('ftp://idp.example.com/metadata.xml')",
                                        'url(("ftp://idp.example.com/metadata.xml"))')))
        elif ctx.chance(0.6):
            props.append(("metadata", R("cognito.UserPoolIdentityProviderSamlMetadata.url('https://idp.example.com/metadata.xml')",
                                        'url("https://idp.example.com/metadata.xml")')))
        else:
            props.append(("metadata", R("cognito.UserPoolIdentityProviderSamlMetadata.file('<EntityDescriptor/>')",
                                        'UserPoolIdentityProviderSamlMetadata::file("<EntityDescriptor/>")')))
        if ctx.chance(0.5):
            pn = ctx.unique_provider_name(ctx.pick(["CorpSaml", "adfs-prod", "Okta.SAML"]) + str(ctx.r.randint(1, 9)))
            node = tok(ctx, S(pn))
            props.append(("name", node))
            provider_name = pn if isinstance(node, S) else None
        for k in ["idp_signout", "encrypted_responses", "idp_initiated"]:
            if ctx.chance(0.3):
                props.append((k, B(ctx.chance(0.6))))
        if ctx.chance(0.2):
            props.append(("request_signing_algorithm", E(ctx.r, "SigningAlgorithm", "RSA_SHA256")))
    if kind in ("oidc", "saml") and ctx.take("idp_identifier_long"):
        props.append(("identifiers", L([S("corp"), X(S("i" * 41), '"i".repeat(41)')])))
    elif kind in ("oidc", "saml") and ctx.chance(0.3):
        props.append(("identifiers", L([S(s) for s in ctx.sample(["corp", "corp.example.com", "emp"], 1)])))
    if kind != "saml" and ctx.chance(0.4):
        sc = {"google": ["profile", "email", "openid"], "facebook": ["public_profile", "email"],
              "amazon": ["profile", "postal_code"], "apple": ["name", "email"], "oidc": ["openid", "email", "profile"]}[kind]
        props.append(("scopes", L([S(s) for s in ctx.sample(sc, 1)])))
    if ctx.chance(0.5) or ctx.wants("mapping_undeclared", "mapping_no_prefix"):
        props.append(("attribute_mapping", attribute_mapping(ctx, pool, kind)))
    scope = pool.var if nested else "{scope}"
    js = [f"const {name} = new cognito.UserPoolIdentityProvider{ctor}({scope}, '{cid}', "
          f"{js_props(props, [('userPool', pool.var)])});"]
    ds_props = props if nested else [("user_pool", R("", pool.name))] + props
    info = IdpInfo(name, name, kind, provider_name)
    if provider_name is None:
        info.provider_name = None  # generated: a client cannot name it literally
    pool.idps.append(info)
    ctx.idps.append(info)
    kind_name = f"identity_provider_{kind}" if nested else f"user_pool_identity_provider_{kind}"
    return js, dsl_item(kind_name, decl, ds_props), info


# ------------------------------------------------------------------ identity pools


def gen_identity_pool(ctx, pools):
    name, cid, decl = ident_decl(ctx, ctx.pick(["IdentityPool", "Identities", "Federated"]), ["identity-pool-"])
    props = []
    r = ctx
    if ctx.take("idpool_name_bang"):
        props.append(("identity_pool_name", X(S("my pool!"), '"my pool!"')))
    elif r.chance(0.4):
        props.append(("identity_pool_name", tok(ctx, S(ctx.pick(["my-identity-pool", "Identity Pool 1", "ids_v2"])))))
    if r.chance(0.4):
        props.append(("allow_unauthenticated_identities", B(r.chance(0.6))))
    if r.chance(0.25):
        props.append(("allow_classic_flow", B(r.chance(0.5))))
    if r.chance(0.25):
        props.append(("authenticated_role", role_value(ctx, "AuthRole", "cognito-identity.amazonaws.com", "auth")))
    if r.chance(0.2):
        props.append(("unauthenticated_role", role_value(ctx, "GuestRole", "cognito-identity.amazonaws.com", "guest")))
    prov = []
    configured = []
    if r.chance(0.3):
        prov.append(("amazon", O([("app_id", S("amzn1.application.12345"))])))
        configured.append("AMAZON")
    if r.chance(0.3):
        prov.append(("google", O([("client_id", tok(ctx, S("12345.apps.googleusercontent.com")))])))
        configured.append("GOOGLE")
    if r.chance(0.2):
        prov.append(("facebook", O([("app_id", S("1234567890"))])))
        configured.append("FACEBOOK")
    if r.chance(0.15):
        prov.append(("apple", O([("services_id", S("com.example.service"))])))
        configured.append("APPLE")
    if r.chance(0.15):
        prov.append(("twitter", O([("consumer_key", S("tw-key")), ("consumer_secret", S("tw-secret"))])))
        configured.append("TWITTER")
    if r.chance(0.15):
        prov.append(("custom_provider", S("login.example")))  # a role mapping names it
        configured.append("custom")
    if ctx.take("idpool_provider_arn_bad"):
        arn = "arn:aws:iam::123456789012:role/not-a-provider"
        prov.append(("open_id_connect_providers", R(f"[iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, '{ctx.uid('OidcArn')}', {js_str(arn)})]",
                                                    f"[({rs_str(arn)})]")))
    elif r.chance(0.15):
        arn = "arn:aws:iam::123456789012:oidc-provider/example.com"
        prov.append(("open_id_connect_providers", R(f"[iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, '{ctx.uid('OidcArn')}', {js_str(arn)})]",
                                                    f"[{rs_str(arn)}]")))
        configured.append("openid")
    if r.chance(0.1):
        arn = "arn:aws:iam::123456789012:saml-provider/corp"
        prov.append(("saml_providers", R(f"[iam.SamlProvider.fromSamlProviderArn(stack, '{ctx.uid('SamlArn')}', {js_str(arn)})]",
                                         f"[{rs_str(arn)}]")))
        configured.append("saml")
    ups = []
    up_js = []
    for p in pools:
        if not r.chance(0.5):
            continue
        entry = [("user_pool", R(p.var, p.name))]
        client = None
        if p.clients and r.chance(0.6):
            client = ctx.pick(p.clients)
            entry.append(("user_pool_client", R(client.var, client.name)))
        elif p.has_auto_client or p.imported and False:
            continue
        else:
            p.has_auto_client = True
        if r.chance(0.3):
            entry.append(("disable_server_side_token_check", B(r.chance(0.5))))
        o = O(entry)
        up_js.append(f"new idp.UserPoolAuthenticationProvider({o.render('js', 2)})")
        ups.append((p, client, o.render("dsl", 2) if r.chance(0.6) else "user_pool_authentication_provider " + o.render("dsl", 2)))
    if ups:
        prov.append(("user_pools", R("[" + ", ".join(up_js) + "]", "[" + ", ".join(u[2] for u in ups) + "]")))
    if prov:
        props.append(("authentication_providers", O(prov)))
    # role mappings
    maps = []
    role_arn = "arn:aws:iam::123456789012:role/mapped"
    for i, what in enumerate(ctx.sample(configured + ["userpool"] * bool(ups), 0, 3)):
        keyed = False
        if what in ("AMAZON", "GOOGLE", "FACEBOOK", "APPLE", "TWITTER"):
            url = R(f"idp.IdentityPoolProviderUrl.{what}", what)
        elif what == "custom":
            url = R("idp.IdentityPoolProviderUrl.custom('login.example')", 'custom("login.example")')
        elif what == "openid":
            url = R("idp.IdentityPoolProviderUrl.openId('example.com')", 'open_id("example.com")')
        elif what == "saml":
            url = R("idp.IdentityPoolProviderUrl.saml('arn:aws:iam::123456789012:saml-provider/corp')",
                    'saml("arn:aws:iam::123456789012:saml-provider/corp")')
        else:
            p, client, _ = ctx.pick(ups)
            if client is None:
                continue
            url = R(f"idp.IdentityPoolProviderUrl.userPool({p.var}, {client.var})",
                    ctx.pick([f"user_pool({p.name}, {client.name})", f"user_pool({p.name})"]))
            keyed = True
        m = [("provider_url", url)]
        if keyed or r.chance(0.3):
            m.append(("mapping_key", S(f"key{i}")))
        if r.chance(0.5):
            m.append(("use_token", B(True)))
        else:
            rules = []
            for _ in range(ctx.pick([1, 1, 2])):
                rule = [("claim", tok(ctx, S(ctx.pick(["custom:role", "email", "sub"])))),
                        ("claim_value", tok(ctx, S(ctx.pick(["admin", "@example.com"])))),
                        ("mapped_role", R(f"iam.Role.fromRoleArn(stack, '{ctx.uid('Mapped')}', {js_str(role_arn)})", rs_str(role_arn)))]
                if r.chance(0.5):
                    rule.append(("match_type", E(ctx.r, "RoleMappingMatchType", ctx.pick(["EQUALS", "CONTAINS", "STARTS_WITH", "NOTEQUAL"]), ns="idp")))
                rules.append(O(rule))
            m.append(("rules", L(rules)))
        if r.chance(0.3):
            m.append(("resolve_ambiguous_roles", B(r.chance(0.5))))
        maps.append(O(m))
    if ctx.take("idpool_mapping_unconfigured"):
        missing = next(x for x in ["AMAZON", "GOOGLE", "FACEBOOK", "APPLE", "TWITTER"] if x not in configured)
        maps.append(O([("provider_url", X(R(f"idp.IdentityPoolProviderUrl.{missing}", ""),
                                          f"cognito::IdentityPoolProviderUrl::{missing.title()}")),
                       ("use_token", B(True))]))
    if maps:
        props.append(("role_mappings", L(maps)))
    js = [f"const {name} = new idp.IdentityPool({{scope}}, '{cid}', {js_props(props)});"]
    dsl_only, after, children = identity_pool_extras(ctx, name, props, configured, ups)
    info = {"name": name}
    return js + after, dsl_item("identity_pool", decl, props + dsl_only, children), info


# ------------------------------------------------------------------ outputs


def output(ctx, base, js_value, ds_value):
    name = ctx.fresh(base)
    extra = []
    if ctx.chance(0.2):
        extra.append(("description", S(f"The {base}")))
    if ctx.chance(0.15):
        extra.append(("export_name", tok(ctx, S(f"{base}-export"))))
    js_parts = [f"value: {js_value}"] + [f"{camel(k)}: {v.render('js', 1)}" for k, v in extra]
    js = [f"new cdk.CfnOutput({{scope}}, '{name}', {{ " + ", ".join(js_parts) + " });"]
    ds_props = [("value", R("", ds_value))] + extra
    ctx.tops.append(Top(js, dsl_item("output", name, ds_props)))


# ------------------------------------------------------------------ the case


def gen_case(seed, i, force=None, wide=True, boost=1.0, app=False):
    rng = random.Random(f"{seed}/{i}")
    mutation = rng.choice(sorted(MUTATIONS)) if rng.random() < 0.28 else None
    if force:
        mutation = force
    ctx = Ctx(rng, mutation)
    if wide:
        ctx.xr = random.Random(f"{seed}/{i}/extra")
        ctx.boost = boost
    stack_name = None
    env = None
    if ctx.chance(0.25):
        stack_name = ctx.pick(["Auth", "MyStack", "prod-auth", "Cognito2"])
    if ctx.chance(0.3):
        env = ("123456789012", ctx.pick(REGIONS))
        ctx.stack_region = env[1]
    elif ctx.chance(0.05):
        env = (None, ctx.pick(REGIONS))
        ctx.stack_region = env[1]
    elif ctx.chance(0.05):
        env = ("123456789012", None)

    n_pools = ctx.pick([1, 1, 1, 2])
    pools = []
    for _ in range(n_pools):
        info, cid, decl, props, trig_nested = gen_pool(ctx)
        ctx.pool_cids = set()
        js, children = pool_js(ctx, info, cid, props, trig_nested)
        # nested items, in the order the CDK adds them
        for _ in range(max(ctx.pick([0, 0, 1, 1, 2]), int(ctx.wants("client_cc_no_secret")))):
            j, d = gen_resource_server(ctx, info, nested=True)
            js += j
            children.append(d)
        needs_client = ctx.mutation and ctx.mutation.startswith("client_")
        for _ in range(max(ctx.pick([0, 1, 1, 2, 3]), int(bool(needs_client)))):
            j, d, _c = gen_client(ctx, info, nested=True)
            js += j
            children.append(d)
        if ctx.chance(0.35) or ctx.wants("domain_upper", "domain_reserved", "domain_dash", "domain_cert_region", "domain_both"):
            j, d = gen_domain(ctx, info, nested=True)
            js += j
            children.append(d)
        for _ in range(ctx.pick([0, 0, 1, 2]) + int(ctx.wants("group_precedence_neg", "group_name_space", "group_desc_long", "group_role_bad_arn"))):
            j, d = gen_group(ctx, info, nested=True)
            js += j
            children.append(d)
        pool_children_extras(ctx, info, js, children)
        ctx.tops.append(Top(js, dsl_item("user_pool", decl, props + info.dsl_only, children), info.name))
        pools.append(info)

    # an imported pool, with a client
    if ctx.chance(0.2) or ctx.wants("import_pool_id_bad"):
        name = ctx.fresh("Imported")
        region = ctx.stack_region or "us-east-1"
        if ctx.take("import_pool_id_bad"):
            imp_js, imp_ds = f"cognito.UserPool.fromUserPoolId({{scope}}, '{name}', 'AbC123xyz')", 'from_user_pool_id(("AbC123xyz"))'
        elif ctx.chance(0.5):
            pid = f"{region}_AbC123xyz"
            imp_js, imp_ds = f"cognito.UserPool.fromUserPoolId({{scope}}, '{name}', {js_str(pid)})", f"from_user_pool_id({rs_str(pid)})"
        else:
            arn = f"arn:aws:cognito-idp:{region}:123456789012:userpool/{region}_AbC123xyz"
            imp_js, imp_ds = f"cognito.UserPool.fromUserPoolArn({{scope}}, '{name}', {js_str(arn)})", f"from_user_pool_arn({rs_str(arn)})"
        info = PoolInfo(name, name, imported=True)
        ctx.pool_cids = set()
        js = [f"const {name} = {imp_js};"]
        children = []
        for _ in range(ctx.pick([0, 1, 1])):
            j, d, _c = gen_client(ctx, info, nested=True)
            js += j
            children.append(d)
        if ctx.chance(0.25):
            j, d = gen_group(ctx, info, nested=True)
            js += j
            children.append(d)
        if ctx.chance(0.2):
            j, d = gen_resource_server(ctx, info, nested=True)
            js += j
            children.append(d)
        ctx.tops.append(Top(js, dsl_item("user_pool", name, [], children, imported=imp_ds)))
        pools.append(info)
        if ctx.chance(0.2):
            j, d = gen_domain(ctx, info, nested=False)
            ctx.tops.append(Top(j, d))
        if ctx.chance(0.15):
            j, d, idp_info = gen_idp(ctx, info, ctx.pick(["google", "oidc", "saml"]))
            ctx.tops.append(Top(j, d, idp_info.name))
        if ctx.chance(0.5):
            output(ctx, "ImportedPoolArn", f"{name}.userPoolArn", f"{name}.user_pool_arn")
            output(ctx, "ImportedProvider", f"{name}.userPoolProviderName", f"{name}.user_pool_provider_name")

    # top-level items on the first pool: identity providers, then clients that see them
    p0 = pools[0]
    kinds = ctx.sample(["google", "facebook", "amazon", "apple", "oidc", "oidc", "saml"], 0, 3)
    if ctx.wants("oidc_http_issuer", "oidc_name_reserved", "oidc_name_space", "idp_identifier_long") and "oidc" not in kinds:
        kinds.append("oidc")
    if ctx.wants("saml_ftp") and "saml" not in kinds:
        kinds.append("saml")
    if ctx.wants("idp_name_duplicate"):
        kinds = [k for k in kinds if k != "oidc"] + ["oidc", "oidc"]
    if ctx.wants("client_idp_no_depends") and not kinds:
        kinds.append("google")
    if ctx.wants("mapping_undeclared", "mapping_no_prefix") and not kinds:
        kinds.append("google")
    seen = set()
    idps = []
    for k in kinds:
        if (k in seen or any(i.kind == k for i in p0.idps)) and k not in ("oidc", "saml"):
            continue
        seen.add(k)
        j, d, idp_info = gen_idp(ctx, p0, k)
        ctx.tops.append(Top(j, d, idp_info.name))
        idps.append(idp_info)
    named_idps = [i for i in idps if i.provider_name]
    if p0.imported is False and (idps or ctx.chance(0.3) or ctx.wants("client_idp_no_depends")):
        for _ in range(ctx.pick([1, 1, 2])):
            j, d, c = gen_client(ctx, p0, nested=False, idps_before=named_idps)
            ctx.tops.append(Top(j, d, c.name))
    if ctx.chance(0.15) and not p0.imported:
        j, d = gen_resource_server(ctx, p0, nested=False)
        ctx.tops.append(Top(j, d))
    if ctx.chance(0.15) and p0.domain is None:
        j, d = gen_domain(ctx, p0, nested=False)
        ctx.tops.append(Top(j, d))
    if ctx.chance(0.15):
        j, d = gen_group(ctx, p0, nested=False)
        ctx.tops.append(Top(j, d))

    # identity pool
    if ctx.chance(0.25) or ctx.wants("idpool_name_bang", "idpool_mapping_unconfigured", "idpool_provider_arn_bad"):
        j, d, ip = gen_identity_pool(ctx, pools)
        ctx.tops.append(Top(j, d, ip["name"]))
        if ctx.chance(0.2):
            j, d, ip2 = gen_identity_pool(ctx, pools)
            ctx.tops.append(Top(j, d, ip2["name"]))
        if ctx.chance(0.4):
            name = d.split()[1]
            output(ctx, "IdentityPoolId", f"{name}.identityPoolId", f"{name}.identity_pool_id")
    if ctx.chance(0.08):
        name = ctx.fresh("ImportedIds")
        region = ctx.stack_region or "us-east-1"
        iid = f"{region}:12345678-1234-1234-1234-123456789012"
        ctx.tops.append(Top([f"const {name} = idp.IdentityPool.fromIdentityPoolId({{scope}}, '{name}', {js_str(iid)});"],
                            dsl_item("identity_pool", name, [], imported=f"from_identity_pool_id({rs_str(iid)})")))
        output(ctx, "ImportedIdsArn", f"{name}.identityPoolArn", f"{name}.identity_pool_arn")
    if ctx.chance(0.08):
        name = ctx.fresh("ImportedClient")
        ctx.tops.append(Top([f"const {name} = cognito.UserPoolClient.fromUserPoolClientId({{scope}}, '{name}', 'abcdefghij1234567890');"],
                            dsl_item("user_pool_client", name, [], imported='from_user_pool_client_id("abcdefghij1234567890")')))
        output(ctx, "ImportedClientId", f"{name}.userPoolClientId", f"{name}.user_pool_client_id")

    created = [p for p in pools if not p.imported]
    if ctx.chance(0.15) and created:
        # a function that reads the pools' attributes (declared after them)
        fn_env = []
        for p in created:
            fn_env.append((f"POOL_{len(fn_env)}", R(f"{p.var}.userPoolId", f"{p.name}.user_pool_id")))
            if p.clients:
                c = ctx.pick(p.clients)
                fn_env.append((f"CLIENT_{len(fn_env)}", R(f"{c.var}.userPoolClientId", f"{c.name}.user_pool_client_id")))
        if ctx.chance(0.3):
            fn_env.append(("POOL_ARN", R(f"{created[0].var}.userPoolArn", f"{created[0].name}.user_pool_arn")))
        name = ctx.fresh("ApiFn")
        props = [("runtime", R("lambda.Runtime.NODEJS_20_X", "NODEJS_20_X")), ("handler", S("index.handler")),
                 ("code", R("lambda.Code.fromInline('exports.handler = async () => ({})')",
                            'inline("exports.handler = async () => ({})")')),
                 ("environment", M(fn_env))]
        ctx.tops.append(Top([f"const {name} = new lambda.Function({{scope}}, '{name}', {js_props(props)});"],
                            dsl_item("lambda_function", name, props), name))
        ctx.functions.append(name)
    if ctx.chance(0.2):
        named = [(i, t) for i, t in enumerate(ctx.tops) if t.name]
        later = [(i, t) for i, t in named
                 if any(j < i for j, _ in named) and "\n    depends_on:" not in t.dsl]
        if later:
            i, t = ctx.pick(later)
            # not a provider on a pool: a client added to the pool later lists the provider,
            # a circle (the CDK synthesizes it; CloudFormation refuses it)
            # nor a pool on what it grants to (whose policy names the pool)
            targets = [u for j, u in named if j < i and not (t.dsl.startswith("user_pool_identity_provider")
                                                              and u.dsl.startswith("user_pool "))
                       and not (t.dsl.startswith("user_pool ") and u.name in ctx.grantees)]
            if targets:
                t.add_dependency(ctx.pick(targets).name)

    top_extras(ctx, pools)
    gen_outputs(ctx, pools, idps)
    if ctx.chance(0.1):
        js, ds = ctx.pick([
            ("cdk.Fn.sub('${AWS::Region}-${AWS::AccountId}')", 'sub("${AWS::Region}-${AWS::AccountId}")'),
            ("cdk.Fn.importValue('Shared')", 'import_value("Shared")'),
            ("cdk.Aws.STACK_NAME", 'reference("AWS::StackName")'),
            ("'a literal'", '"a literal"'),
            ("cdk.Fn.join('-', ['a', cdk.Aws.REGION])", 'join("-", ["a", reference("AWS::Region")])'),
        ])
        output(ctx, "Misc", js, ds)

    if app:
        split_app(ctx)
        return ctx, stack_name, env
    # a contiguous run of items in a construct scope (twice: constructs in constructs)
    for _ in range(ctx.pick([1, 1, 2]) if ctx.chance(0.25) else 0):
        if len(ctx.tops) < 2:
            break
        a = ctx.r.randrange(len(ctx.tops))
        b = ctx.r.randrange(a, len(ctx.tops)) + 1
        scope_name = ctx.fresh(ctx.pick(["Auth", "Nested", "Identity"]))
        inner = ctx.tops[a:b]
        js = [f"const {scope_name} = new Construct({{scope}}, '{scope_name}');"]
        for t in inner:
            js += [s.replace("{scope}", scope_name) for s in t.js]
        dsl = f"construct {scope_name} {{\n" + "\n".join(
            "\n".join("    " + line if line else line for line in t.dsl.split("\n")) for t in inner) + "\n}"
        ctx.tops[a:b] = [Top(js, dsl)]

    return ctx, stack_name, env


def gen_outputs(ctx, pools, idps):
    for p in pools:
        if p.imported:
            continue
        for attr_js, attr_ds in [("userPoolId", "user_pool_id"), ("userPoolArn", "user_pool_arn"),
                                 ("userPoolProviderName", "user_pool_provider_name"),
                                 ("userPoolProviderUrl", "user_pool_provider_url")]:
            if ctx.chance(0.12):
                output(ctx, "Out" + camel(attr_ds)[0].upper() + camel(attr_ds)[1:], f"{p.var}.{attr_js}", f"{p.name}.{attr_ds}")
        for c in p.clients:
            if ctx.chance(0.15):
                output(ctx, "ClientId", f"{c.var}.userPoolClientId", f"{c.name}.user_pool_client_id")
            if c.named and ctx.chance(0.3):
                output(ctx, "ClientName", f"{c.var}.userPoolClientName", f"{c.name}.user_pool_client_name")
        if p.domain:
            d = p.domain[0]
            choices = [("DomainName", f"{d}.domainName", f"{d}.domain_name"),
                       ("BaseUrl", f"{d}.baseUrl()", f"{d}.base_url"),
                       ("FipsUrl", f"{d}.baseUrl({{ fips: true }})", f"{d}.base_url(fips: true)"),
                       ("CloudFront", f"{d}.cloudFrontEndpoint", f"{d}.cloud_front_endpoint")]
            for base, js, ds in ctx.sample(choices, 0, 2):
                output(ctx, base, js, ds)
            web = [c for c in p.clients if c.code_or_implicit and c.callbacks]
            if web and ctx.chance(0.4):
                c = ctx.pick(web)
                cb = ctx.pick(c.callbacks)
                js_o = [f"redirectUri: {js_str(cb)}"]
                ds_o = [f"redirect_uri: {rs_str(cb)}"]
                if ctx.chance(0.4):
                    js_o.append("signInPath: '/login'")
                    ds_o.append('sign_in_path: "/login"')
                if ctx.chance(0.2):
                    js_o.append("fips: true")
                    ds_o.append("fips: true")
                output(ctx, "SignInUrl", f"{d}.signInUrl({c.var}, {{ " + ", ".join(js_o) + " })",
                       f"{d}.sign_in_url({c.name}, " + ", ".join(ds_o) + ")")
        for rs in p.resource_servers:
            if ctx.chance(0.2):
                output(ctx, "ResourceServerId", f"{rs[0]}.userPoolResourceServerId", f"{rs[0]}.user_pool_resource_server_id")
        for g in p.groups:
            if ctx.chance(0.2):
                output(ctx, "GroupName", f"{g}.groupName", f"{g}.group_name")
    for i in idps:
        if ctx.chance(0.25):
            output(ctx, "ProviderName", f"{i.var}.providerName", f"{i.name}.provider_name")
    for f in ctx.functions:
        if ctx.chance(0.15):
            output(ctx, "FnArn", f"{f}.functionArn", f"{f}.function_arn")
    for r in ctx.roles:
        if ctx.chance(0.1):
            output(ctx, "RoleArn", f"{r}.roleArn", f"{r}.role_arn")


# ------------------------------------------------------------------ the second stream
#
# Props and forms the first generator did not write. Every one draws from the case's second
# stream, `random.Random(f"{seed}/{i}/extra")`, while `with extra(ctx)` holds, so the first
# stream (and so every case written with --no-extra, as the committed set is) stays as it was.


class extra:
    """`with extra(ctx):` draws from the second stream; nothing without one (--no-extra)."""

    def __init__(self, ctx):
        self.ctx, self.saved = ctx, None

    def __enter__(self):
        self.saved = self.ctx.r
        self.ctx.r = self.ctx.xr
        return self.ctx

    def __exit__(self, *exc):
        self.ctx.r = self.saved


TAGS = [("Team", "blue"), ("Env", "prod"), ("cost-center", "42"), ("Owner", "identity team"),
        ("app:tier", "a/b"), ("Zeta", "z=1"), ("aa", "first@example.com")]


def tag_pairs(ctx):
    return ctx.sample(TAGS, 1, 3)


def tags_js(target, pairs):
    return [f"cdk.Tags.of({target}).add({js_str(k)}, {js_str(v)});" for k, v in pairs]


def tags_dsl(pairs):
    return ("tags", M([(k, S(v)) for k, v in pairs]))


OVERRIDES = [
    ("Properties.UserPoolTags.Env", S("override")),
    ("Properties.DeviceConfiguration.ChallengeRequiredOnNewDevice", B(True)),
    ("Properties.UsernameConfiguration.CaseSensitive", B(False)),
    ("Properties.AdminCreateUserConfig.UnusedAccountValidityDays", I(3)),
    ("Metadata.Owner", S("identity-team")),
]


def pool_extras(ctx, info, props, trig_nested):
    """Tags, the `CfnUserPool` props the CDK's `UserPool` lacks, overrides, an empty sign-in
    policy, a trigger added with `addTrigger` (often a function another pool uses too), and
    grants."""
    if ctx.xr is None:
        return
    with extra(ctx):
        keys = {k for k, _ in props}
        if ctx.chance(0.2):
            pairs = tag_pairs(ctx)
            info.dsl_only.append(tags_dsl(pairs))
            info.js_after += tags_js("{pool}", pairs)
        if info.plan in ("ESSENTIALS", "PLUS") and ctx.chance(0.25):
            if ctx.chance(0.7):
                msg = ctx.pick(["Your sign-in code is {####}", "Code: {####}. It expires in 3 minutes.", "{####} 🙂"])
                info.dsl_only.append(("email_authentication_message", S(msg)))
                info.js_after.append(f"{{pool}}.node.defaultChild.emailAuthenticationMessage = {js_str(msg)};")
            if ctx.chance(0.5):
                subj = ctx.pick(["Your sign-in code", "Code", "Ünïcode subject"])
                info.dsl_only.append(("email_authentication_subject", S(subj)))
                info.js_after.append(f"{{pool}}.node.defaultChild.emailAuthenticationSubject = {js_str(subj)};")
            if ctx.chance(0.4):
                w = ctx.pick(["SINGLE_FACTOR", "MULTI_FACTOR_WITH_USER_VERIFICATION"])
                info.dsl_only.append(("web_authn_factor_configuration", R("", w)))
                info.js_after.append(f"{{pool}}.node.defaultChild.webAuthnFactorConfiguration = {js_str(w)};")
        if ctx.chance(0.1):
            chosen = ctx.sample(OVERRIDES, 1, 2)
            info.dsl_only.append(("overrides", M(chosen)))
            info.js_after += [f"{{pool}}.node.defaultChild.addOverride({js_str(k)}, {v.render('js', 1)});"
                              for k, v in chosen]
        if "sign_in_policy" not in keys and ctx.chance(0.05):
            props.append(("sign_in_policy", O([])))
        used = {op for op, _, _ in trig_nested} | info.trigger_ops
        if "pre_token_generation_config" in used:
            used.add("pre_token_generation")
        free = [op for op in TRIGGERS if op not in used]
        shared = [f for f in ctx.functions if f not in ctx.grantees]
        if free and ctx.chance(0.2):
            fn = ctx.pick(shared) if shared and ctx.chance(0.6) else gen_function(ctx, "SharedFn")
            trig_nested.append((ctx.pick(free), fn, None))
        ctx.triggers |= info.trigger_fns | {fn for _, fn, _ in trig_nested}
        # Not a trigger of any pool: a pool waits for its trigger, the trigger for its policy,
        # the policy (which names the pool it grants on) for that pool; with one pool waiting
        # for another (`depends_on`), a circle CloudFormation refuses.
        untriggered = [f for f in ctx.functions if f not in ctx.triggers]
        if ctx.chance(0.12):
            grantee = ctx.pick(untriggered) if untriggered and ctx.chance(0.5) else \
                gen_role(ctx, "Granted", "lambda.amazonaws.com")
            ctx.grantees.add(grantee)
            ctx.grant_pairs.append((info.name, grantee))
            actions = ctx.sample(["cognito-idp:AdminGetUser", "cognito-idp:ListUsers", "cognito-idp:AdminCreateUser",
                                  "cognito-idp:Describe*"], 1, 3)
            info.dsl_children.append(dsl_item("grant", grantee, [("actions", L([S(a) for a in actions]))]))
            info.js_after.append(f"{{pool}}.grant({grantee}, " + ", ".join(js_str(a) for a in actions) + ");")


def pool_children_extras(ctx, info, js, children):
    """A provider nested in the pool (and a client after it, which lists it), a user in the
    pool's groups, the classic hosted UI's CSS."""
    if ctx.xr is None:
        return
    with extra(ctx):
        if ctx.chance(0.15):
            kinds = [k for k in ["google", "facebook", "amazon", "apple", "oidc", "saml"]
                     if k in ("oidc", "saml") or not any(i.kind == k for i in info.idps)]
            j, d, _ = gen_idp(ctx, info, ctx.pick(kinds), nested=True)
            js += j
            children.append(d)
            if ctx.chance(0.6):
                j, d, _ = gen_client(ctx, info, nested=True)
                js += j
                children.append(d)
        username_ok = info.aliases is None or info.aliases.get("username")
        if username_ok and ctx.chance(0.1):
            name, cid, decl = ident_decl(ctx, "Alice", nested=True)
            user = ctx.pick(["alice", "bob.smith", "user_1"])
            attrs = [("email", f"{user.replace('.', '')}@example.com")] if ctx.chance(0.6) else []
            groups = ctx.sample(info.group_cids, 0, 2)
            uprops_js = [f"userPoolId: {info.var}.userPoolId", f"username: {js_str(user)}"]
            uprops = [("username", S(user))]
            if attrs:
                uprops_js.append("userAttributes: [" + ", ".join(
                    f"{{ name: {js_str(k)}, value: {js_str(v)} }}" for k, v in attrs) + "]")
                uprops.append(("user_attributes", M([(k, S(v)) for k, v in attrs])))
                if ctx.chance(0.5):
                    uprops_js.append("desiredDeliveryMediums: ['EMAIL']")
                    uprops.append(("desired_delivery_mediums", R("", "[EMAIL]")))
            if groups:
                uprops.append(("groups", R("", "[" + ", ".join(g for g, _ in groups) + "]")))
            js.append(f"const {name} = new cognito.CfnUserPoolUser({info.var}, '{cid}', {{ {', '.join(uprops_js)} }});")
            for g, gcid in groups:
                js.append(f"new cognito.CfnUserPoolUserToGroupAttachment({name}, '{gcid}', "
                          f"{{ groupName: {g}.groupName, username: {name}.ref, userPoolId: {info.var}.userPoolId }});")
            children.append(dsl_item("user", decl, uprops))
        if info.domain and ctx.chance(0.15):
            name, cid, decl = ident_decl(ctx, "Ui", nested=True)
            css = ctx.pick([".banner-customizable { background-color: #000; }", ".submitButton-customizable { color: red; }"])
            uprops_js = [f"userPoolId: {info.var}.userPoolId", f"css: {js_str(css)}"]
            uprops = [("css", S(css))]
            if info.clients and ctx.chance(0.5):
                c = ctx.pick(info.clients)
                uprops_js.append(f"clientId: {c.var}.userPoolClientId")
                uprops.insert(0, ("client", R("", c.name)))
            else:
                uprops_js.append("clientId: 'ALL'")
            js.append(f"new cognito.CfnUserPoolUICustomizationAttachment({info.var}, '{cid}', {{ {', '.join(uprops_js)} }});")
            children.append(dsl_item("ui_customization", decl, uprops))
        managed_login_items(ctx, info, js, children)
        if info.clients and ctx.chance(0.08):
            # a group that waits for a client of its pool (`node.addDependency`)
            c = ctx.pick(info.clients)
            name, cid, decl = ident_decl(ctx, "Waiting", nested=True)
            js += [f"const {name} = {info.var}.addGroup('{cid}', {{}});", f"{name}.node.addDependency({c.var});"]
            children.append(dsl_item("group", decl, [("depends_on", R("", f"[{c.name}]"))]))
        if ctx.chance(0.06):
            # `new Construct(pool, ID)`, holding a client declared with `user_pool:`
            scope = ctx.fresh("Extra")
            j, d, _ = gen_client(ctx, info, nested=False)
            js += [f"const {scope} = new Construct({info.var}, '{scope}');"] + [x.replace("{scope}", scope) for x in j]
            children.append(f"construct {scope} {{\n" + "\n".join("    " + x if x else x for x in d.split("\n")) + "\n}")


def cfn_in_pool(ctx, info, js, children, kind, cls, base, props, client=None):
    """`new cognito.Cfn<cls>(pool, ID, { userPoolId, clientId?, … })` / `kind ID { client?, … }`."""
    name, cid, decl = ident_decl(ctx, base, nested=True)
    extra_js = [("userPoolId", f"{info.var}.userPoolId")]
    if client is not None:
        extra_js.append(("clientId", f"{client.var}.userPoolClientId"))
        props = [("client", R("", client.name))] + props
    js.append(f"new cognito.Cfn{cls}({info.var}, '{cid}', {js_props([p for p in props if p[0] != 'client'], extra_js)});")
    children.append(dsl_item(kind, decl, props))


def managed_login_items(ctx, info, js, children):
    """A client's managed login style and terms, and the pool's log delivery."""
    if info.plan in ("ESSENTIALS", "PLUS") and info.clients and ctx.chance(0.15):
        cfn_in_pool(ctx, info, js, children, "managed_login_branding", "ManagedLoginBranding", "Style",
                    [("use_cognito_provided_values", B(True))], client=ctx.pick(info.clients))
    if info.clients and ctx.chance(0.1):
        c = ctx.pick(info.clients)
        for terms in ["terms-of-use", "privacy-policy"][:ctx.pick([1, 2, 2])]:
            cfn_in_pool(ctx, info, js, children, "terms", "Terms", "Terms", [
                ("terms_name", S(terms)), ("terms_source", R("'LINK'", "LINK")), ("enforcement", R("'NONE'", "NONE")),
                ("links", M([("cognito:default", S(f"https://example.com/{terms}"))]))], client=c)
    if ctx.chance(0.08):
        arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/cognito/pool"
        confs = [O([("event_source", R("'userNotification'", "userNotification")), ("log_level", R("'ERROR'", "ERROR")),
                    ("cloud_watch_logs_configuration", O([("log_group_arn", S(arn))]))])]
        if info.plan == "PLUS" and ctx.chance(0.5):
            confs.append(O([("event_source", R("'userAuthEvents'", "userAuthEvents")), ("log_level", R("'INFO'", "INFO")),
                            ("s3_configuration", O([("bucket_arn", S("arn:aws:s3:::example-cognito-activity"))]))]))
        cfn_in_pool(ctx, info, js, children, "log_delivery", "LogDeliveryConfiguration", "Logs",
                    [("log_configurations", L(confs))])


def client_extras(ctx, pool, props):
    """A provider of the stack named by its name as a token, `custom(p.provider_name)`; an
    empty `auth_flows`; `disable_o_auth: false`; overrides; tags (which tag nothing: a client
    is not taggable). Returns the language-only pairs and the CDK statements that follow the
    client (`{client}` for its variable)."""
    if ctx.xr is None:
        return [], []
    dsl, js = [], []
    with extra(ctx):
        keys = {k for k, _ in props}
        if pool.idps and "supported_identity_providers" not in keys and ctx.chance(0.3):
            chosen = ctx.sample(pool.idps, 1, 2)
            sip = [R("cognito.UserPoolClientIdentityProvider.COGNITO", "COGNITO")] if ctx.chance(0.6) else []
            sip += [R(f"cognito.UserPoolClientIdentityProvider.custom({i.var}.providerName)",
                      f"custom({i.name}.provider_name)") for i in chosen]
            props.append(("supported_identity_providers", L(sip)))
        if "auth_flows" not in keys and ctx.chance(0.04):
            props.append(("auth_flows", Fl(ctx.r, [])))
        if "o_auth" not in keys and "disable_o_auth" not in keys and ctx.chance(0.05):
            props.append(("disable_o_auth", B(False)))
        if "enable_token_revocation" not in keys and ctx.chance(0.05):
            dsl.append(("overrides", M([("Properties.EnableTokenRevocation", B(False))])))
            js.append("{client}.node.defaultChild.addPropertyOverride('EnableTokenRevocation', false);")
        if ctx.chance(0.04):
            pairs = tag_pairs(ctx)
            dsl.append(tags_dsl(pairs))
            js += tags_js("{client}", pairs)
    return dsl, js


MORE_MAPPED = ["address", "birthdate", "gender", "locale", "middle_name", "preferred_username", "profile_page",
               "profile_picture", "timezone", "last_update_time"]
MORE_CONSTS = {
    "google": ["GOOGLE_NAMES", "GOOGLE_GENDER", "GOOGLE_BIRTHDAYS", "GOOGLE_PHONE_NUMBERS", "GOOGLE_EMAIL_VERIFIED"],
    "facebook": ["FACEBOOK_ID", "FACEBOOK_BIRTHDAY", "FACEBOOK_MIDDLE_NAME", "FACEBOOK_GENDER", "FACEBOOK_LOCALE"],
    "amazon": ["AMAZON_POSTAL_CODE", "AMAZON_USER_ID"],
    "apple": ["APPLE_EMAIL_VERIFIED", "APPLE_EMAIL"],
}


def mapping_extras(ctx, pool, kind, pairs):
    """Standard attributes the first stream never maps, and the other `ProviderAttribute`s."""
    if ctx.xr is None:
        return
    with extra(ctx):
        if not ctx.chance(0.4):
            return
        taken = {k for k, _ in pairs}
        for a in ctx.sample([a for a in MORE_MAPPED if a not in taken and a not in pool.standard_immutable], 1, 3):
            consts = MORE_CONSTS.get(kind)
            if consts and ctx.chance(0.7):
                c = ctx.pick(consts)
                pairs.append((a, R(f"cognito.ProviderAttribute.{c}", c)))
            else:
                o = ctx.pick(["address", "birthdate", "locale", "zoneinfo", "urn:oid:2.5.4.42"])
                pairs.append((a, R(f"cognito.ProviderAttribute.other({js_str(o)})", f"other({rs_str(o)})")))


MORE_RUNTIMES = [("nodejs24.x", "NODEJS_24_X"), ("nodejs18.x", "NODEJS_18_X"), ("python3.11", "PYTHON_3_11"),
                 ("python3.14", "PYTHON_3_14")]


def function_extras(ctx, name, props):
    """Other runtimes, an architecture, tags. Returns the language-only pairs and the CDK
    statements that follow the function."""
    if ctx.xr is None:
        return [], []
    with extra(ctx):
        if ctx.chance(0.2):
            rt, member = ctx.pick(MORE_RUNTIMES)
            props[0] = ("runtime", R(f"lambda.Runtime.{member}", ctx.pick([rs_str(rt), member])))
        if ctx.chance(0.15):
            arch = ctx.pick(["ARM_64", "X86_64"])
            props.append(("architecture", R(f"lambda.Architecture.{arch}", ctx.pick([arch, f"Architecture::{arch}"]))))
        dsl, js = [], []
        if ctx.chance(0.05):
            dsl.append(("overrides", M([("Properties.ReservedConcurrentExecutions", I(5))])))
            js.append(f"{name}.node.defaultChild.addPropertyOverride('ReservedConcurrentExecutions', 5);")
        if ctx.chance(0.1):
            pairs = tag_pairs(ctx)
            dsl.append(tags_dsl(pairs))
            js += tags_js(name, pairs)
    return dsl, js


def identity_pool_extras(ctx, name, props, configured, ups):
    """Statements on the default roles, tags, principal tags, and outputs of the pool's name
    and ARN. Returns the language-only pairs, the CDK statements and the nested items."""
    if ctx.xr is None:
        return [], [], []
    with extra(ctx):
        keys = {k for k, _ in props}
        dsl, js = [], []
        for which, role in [("authenticated", "authenticatedRole"), ("unauthenticated", "unauthenticatedRole")]:
            if f"{which}_role" in keys or not ctx.chance(0.2):
                continue
            statements = []
            for _ in range(ctx.pick([1, 1, 2])):
                st = []
                if ctx.chance(0.2):
                    st.append(("effect", R("iam.Effect.DENY", "DENY")))
                st.append(("actions", L([S(a) for a in ctx.sample(["s3:GetObject", "s3:PutObject", "mobileanalytics:PutEvents",
                                                                    "cognito-sync:*"], 1, 2)])))
                st.append(("resources", L([S(ctx.pick(["*", "arn:aws:s3:::my-bucket/${cognito-identity.amazonaws.com:sub}/*"]))])))
                if ctx.chance(0.2):
                    st.append(("conditions", R("{ StringEquals: { 'aws:RequestedRegion': 'us-east-1' } }",
                                               '{ StringEquals: { "aws:RequestedRegion": "us-east-1" } }')))
                statements.append(O(st))
                js.append(f"{name}.{role}.addToPrincipalPolicy(new iam.PolicyStatement({O(st).render('js', 1)}));")
            dsl.append((f"{which}_role_statements", L(statements)))
        if ctx.chance(0.15):
            pairs = tag_pairs(ctx)
            dsl.append(tags_dsl(pairs))
            js += tags_js(name, pairs)
        # Declared after the pool (which is not among the items yet): by top_extras.
        if ctx.chance(0.2):
            ctx.deferred_outputs.append(("IdentityPoolName", f"{name}.identityPoolName", f"{name}.identity_pool_name"))
        if ctx.chance(0.2):
            ctx.deferred_outputs.append(("IdentityPoolArn", f"{name}.identityPoolArn", f"{name}.identity_pool_arn"))
        children = principal_tags(ctx, name, configured, ups, js)
        return dsl, js, children


def token_imports(ctx, region):
    """Imports whose id or ARN is known only at deploy time (a parameter, an `import_value`),
    and a replica of an imported pool."""
    if ctx.chance(0.06):
        param = ctx.fresh("PoolArnParam")
        ctx.tops.insert(0, Top([f"const {param} = new cdk.CfnParameter({{scope}}, '{param}', {{ type: 'String' }});"],
                               dsl_item("parameter", param, [("type", S("String"))])))
        name = ctx.fresh("TokenPool")
        info = PoolInfo(name, name, imported=True)
        js = [f"const {name} = cognito.UserPool.fromUserPoolArn({{scope}}, '{name}', {param}.valueAsString);"]
        children = []
        if ctx.chance(0.6):
            j, d, _ = gen_client(ctx, info, nested=True)
            js += j
            children.append(d)
        ctx.tops.append(Top(js, dsl_item("user_pool", name, [], children, imported=f"from_user_pool_arn({param})"), name))
        for base, attr_js, attr_ds in ctx.sample([("TokenPoolId", "userPoolId", "user_pool_id"),
                                                  ("TokenPoolProvider", "userPoolProviderName", "user_pool_provider_name"),
                                                  ("TokenPoolArn", "userPoolArn", "user_pool_arn")], 1, 3):
            output(ctx, base, f"{name}.{attr_js}", f"{name}.{attr_ds}")
    if ctx.chance(0.05):
        name = ctx.fresh("SharedPool")
        ctx.tops.append(Top([f"const {name} = cognito.UserPool.fromUserPoolId({{scope}}, '{name}', cdk.Fn.importValue('SharedPoolId'));"],
                            dsl_item("user_pool", name, [], imported='from_user_pool_id(import_value("SharedPoolId"))'), name))
        output(ctx, "SharedPoolArn", f"{name}.userPoolArn", f"{name}.user_pool_arn")
    if ctx.chance(0.04):
        param = ctx.fresh("IdsParam")
        ctx.tops.insert(0, Top([f"const {param} = new cdk.CfnParameter({{scope}}, '{param}', {{ type: 'String' }});"],
                               dsl_item("parameter", param, [("type", S("String"))])))
        name = ctx.fresh("TokenIds")
        ctx.tops.append(Top([f"const {name} = idp.IdentityPool.fromIdentityPoolId({{scope}}, '{name}', {param}.valueAsString);"],
                            dsl_item("identity_pool", name, [], imported=f"from_identity_pool_id({param})")))
        output(ctx, "TokenIdsArn", f"{name}.identityPoolArn", f"{name}.identity_pool_arn")
    if ctx.chance(0.04):
        name = ctx.fresh("Replicated")
        home = ctx.pick(["eu-west-1", "us-east-1"])
        arn = f"arn:aws:cognito-idp:{home}:123456789012:userpool/{home}_Rep123XYZ"
        props = [("region_name", S(ctx.pick(["eu-central-1", "ap-southeast-2"])))]
        if ctx.chance(0.5):
            props.append(("user_pool_tags_at_create", M([("team", S("identity")), ("Cost", S("1"))])))
        js = [f"const {name} = cognito.UserPool.fromUserPoolArn({{scope}}, '{name}', {js_str(arn)});",
              f"new cognito.CfnUserPoolReplica({name}, 'Copy', {js_props(props, [('userPoolId', f'{name}.userPoolId')])});"]
        ctx.tops.append(Top(js, dsl_item("user_pool", name, [], [dsl_item("replica", "Copy", props)],
                                          imported=f"from_user_pool_arn({rs_str(arn)})"), name))


SOCIAL_NAMES = {"AMAZON": "www.amazon.com", "GOOGLE": "accounts.google.com", "FACEBOOK": "graph.facebook.com",
                "APPLE": "appleid.apple.com", "TWITTER": "api.twitter.com"}


def principal_tags(ctx, name, configured, ups, js):
    """`principal_tags` for one provider the identity pool accepts (a user pool's provider
    name, or a social provider's)."""
    providers = [(R(f"{p.var}.userPoolProviderName", f"{p.name}.user_pool_provider_name")) for p, _, _ in ups]
    providers += [S(SOCIAL_NAMES[c]) for c in configured if c in SOCIAL_NAMES]
    if not providers or not ctx.chance(0.15):
        return []
    tname, cid, decl = ident_decl(ctx, "Tags", nested=True)
    provider = ctx.pick(providers)
    props = [("identity_provider_name", provider)]
    if ctx.chance(0.6):
        props.append(("principal_tags", M([(k, S(v)) for k, v in ctx.sample(
            [("username", "sub"), ("client", "aud"), ("dept", "custom:dept")], 1, 2)])))
    if ctx.chance(0.5):
        props.append(("use_defaults", B(ctx.chance(0.5))))
    js.append(f"new cdk.aws_cognito.CfnIdentityPoolPrincipalTag({name}, '{cid}', "
              f"{js_props(props, [('identityPoolId', f'{name}.identityPoolId')])});")
    return [dsl_item("principal_tags", decl, props)]


def top_extras(ctx, pools):
    """Imports by name (a group, a domain, a resource server a client takes scopes of, a
    provider), an identity pool imported by ARN, a pool imported from another account and
    Region, and the stack's tags."""
    if ctx.xr is None:
        return
    with extra(ctx):
        for base, js, ds in ctx.deferred_outputs:
            output(ctx, base, js, ds)
        region = ctx.stack_region or "us-east-1"
        if ctx.chance(0.08):
            name = ctx.fresh("ImportedGroup")
            ctx.tops.append(Top([f"const {name} = cognito.UserPoolGroup.fromGroupName({{scope}}, '{name}', 'legacy-admins');"],
                                dsl_item("user_pool_group", name, [], imported='from_group_name("legacy-admins")')))
            output(ctx, "ImportedGroupName", f"{name}.groupName", f"{name}.group_name")
        if ctx.chance(0.08):
            name = ctx.fresh("ImportedDomain")
            dn = ctx.pick(["legacy-auth", "auth.example.com"])
            ctx.tops.append(Top([f"const {name} = cognito.UserPoolDomain.fromDomainName({{scope}}, '{name}', {js_str(dn)});"],
                                dsl_item("user_pool_domain", name, [], imported=f"from_domain_name({rs_str(dn)})")))
            output(ctx, "ImportedDomainName", f"{name}.domainName", f"{name}.domain_name")
        created = [p for p in pools if not p.imported]
        if ctx.chance(0.08):
            name = ctx.fresh("ImportedApi")
            ctx.tops.append(Top([f"const {name} = cognito.UserPoolResourceServer.fromUserPoolResourceServerId({{scope}}, '{name}', 'users');"],
                                dsl_item("user_pool_resource_server", name, [], imported='from_user_pool_resource_server_id("users")')))
            output(ctx, "ImportedApiId", f"{name}.userPoolResourceServerId", f"{name}.user_pool_resource_server_id")
            if created and ctx.chance(0.6):
                p = ctx.pick(created)
                cname = ctx.fresh("Machine")
                scope_js = f"cognito.OAuthScope.resourceServer({name}, new cognito.ResourceServerScope({{ scopeName: 'read', scopeDescription: 'read' }}))"
                js = [f"const {cname} = new cognito.UserPoolClient({{scope}}, '{cname}', {{ userPool: {p.var}, generateSecret: true, "
                      f"oAuth: {{ flows: {{ clientCredentials: true }}, scopes: [{scope_js}] }} }});"]
                dsl = dsl_item("user_pool_client", cname, [
                    ("user_pool", R("", p.name)), ("generate_secret", B(True)),
                    ("o_auth", R("", f"{{ flows: {{ client_credentials }}, scopes: [resource_server({name}, \"read\")] }}"))])
                ctx.tops.append(Top(js, dsl, cname))
        if ctx.chance(0.08):
            name = ctx.fresh("ImportedIdp")
            pn = ctx.pick(["LegacyCorp", "okta-old"])
            ctx.tops.append(Top([f"const {name} = cognito.UserPoolIdentityProvider.fromProviderName({{scope}}, '{name}', {js_str(pn)});"],
                                dsl_item("user_pool_identity_provider", name, [], imported=f"from_provider_name({rs_str(pn)})")))
            output(ctx, "ImportedIdpName", f"{name}.providerName", f"{name}.provider_name")
        if ctx.chance(0.06):
            name = ctx.fresh("ImportedIdsByArn")
            arn = f"arn:aws:cognito-identity:{region}:123456789012:identitypool/{region}:abcdefab-1234-1234-1234-123456789012"
            ctx.tops.append(Top([f"const {name} = idp.IdentityPool.fromIdentityPoolArn({{scope}}, '{name}', {js_str(arn)});"],
                                dsl_item("identity_pool", name, [], imported=f"from_identity_pool_arn({rs_str(arn)})")))
            output(ctx, "ImportedIdsId", f"{name}.identityPoolId", f"{name}.identity_pool_id")
        if ctx.chance(0.06):
            name = ctx.fresh("ForeignPool")
            arn = "arn:aws:cognito-idp:eu-central-1:210987654321:userpool/eu-central-1_XyZ987"
            ctx.tops.append(Top([f"const {name} = cognito.UserPool.fromUserPoolArn({{scope}}, '{name}', {js_str(arn)});"],
                                dsl_item("user_pool", name, [], imported=f"from_user_pool_arn({rs_str(arn)})")))
            output(ctx, "ForeignProvider", f"{name}.userPoolProviderName", f"{name}.user_pool_provider_name")
            output(ctx, "ForeignId", f"{name}.userPoolId", f"{name}.user_pool_id")
        token_imports(ctx, region)
        if ctx.chance(0.05):
            name = ctx.fresh("Topic")
            props = [("type", S("AWS::SNS::Topic")), ("properties", M([("TopicName", S("alerts")), ("DisplayName", S("Alerts"))]))]
            ctx.tops.append(Top([f"new cdk.CfnResource({{scope}}, '{name}', {js_props(props)});"],
                                dsl_item("cfn_resource", name, props), name))
        if ctx.chance(0.12):
            ctx.stack_tags = tag_pairs(ctx)
            ctx.tail_js += tags_js("stack", ctx.stack_tags)


# ------------------------------------------------------------------ files

JS_HEAD = """// Generated by scripts/gen_differential.py{flag} (seed {seed}, case {i}){mut}; do not edit by hand.
const {{ Construct }} = require('constructs');

module.exports = ({param}, cdk) => {{
  const cognito = cdk.aws_cognito;
  const idp = cdk.aws_cognito_identitypool;
  const iam = cdk.aws_iam;
  const lambda = cdk.aws_lambda;
  const kms = cdk.aws_kms;
  const acm = cdk.aws_certificatemanager;
"""


def split_app(ctx):
    """--app: the items in two stacks, the first `ctx.split` in the first. References between
    items go backwards (an item names only items declared before it), so the second stack
    imports from the first. A grant's statement goes into its grantee's default policy, in the
    grantee's stack, and names the pool: split, the grantee's stack refers to the pool's, a
    cycle whenever the pool's stack refers to the grantee's too (which the CDK refuses); half
    the cases keep every grant and its grantee on one side, so that most split cases deploy.
    An identity pool and the user pool its provider adds a client to may be split: the client
    goes into the pool's stack, as in the CDK. Each stack creates a resource (CloudFormation
    refuses a template without one)."""
    index = {t.dsl.split()[1]: i for i, t in enumerate(ctx.tops)}  # `KIND NAME …`
    with extra(ctx):
        together = ctx.r.random() < 0.5  # not boosted
    crossing = [(index.get(a), index.get(b)) for a, b in ctx.grant_pairs] if together else []
    ks = [k for k in range(1, len(ctx.tops))
          if not any(x is not None and y is not None and min(x, y) < k <= max(x, y) for x, y in crossing)]
    with extra(ctx):
        ctx.split = ctx.pick(ks) if ks else len(ctx.tops)
    for lo, hi in [(0, ctx.split), (ctx.split, len(ctx.tops))]:
        if not any(creates(t) for t in ctx.tops[lo:hi]):
            pad = ctx.fresh("Pad")
            ctx.tops.insert(hi, Top([f"new cognito.UserPool({{scope}}, '{pad}');"], f"user_pool {pad} {{}}", pad))
            if lo == 0:
                ctx.split += 1


def creates(top):
    """Whether an item makes a resource of its own (not a parameter, an output or an import)."""
    head = top.dsl.split("\n", 1)[0]
    return not head.startswith(("parameter ", "output ")) and " = " not in head


def stacks_of(ctx, stack_name):
    """--app: the two stacks' names and items."""
    first = stack_name or "Auth"
    return [(first, ctx.tops[:ctx.split]), (first + "Api", ctx.tops[ctx.split:])]


def js_head(ctx, seed, i, app):
    """The CDK program's first lines: the function of a stack (or, for --app, of the app)."""
    mut = f"; planted: {MUTATIONS[ctx.applied][1]}" if ctx.applied else ""
    return JS_HEAD.format(flag=" --app" if app else "", seed=seed, i=i, mut=mut, param="app" if app else "stack")


def js_items(scoped, ctx):
    """The items of each `(scope variable, items)`, then the lines every case ends with."""
    out = ""
    for var, tops in scoped:
        for t in tops:
            for s in t.js:
                s = s.replace("{scope}", var)
                out += "".join("  " + line + "\n" for line in s.split("\n"))
    out += "".join(f"  {s}\n" for s in ctx.tail_js)
    return out + "};\n"


def write_app_js(path, ctx, seed, i, stack_name, env):
    out = js_head(ctx, seed, i, app=True)
    props = "synthesizer: new cdk.BootstraplessSynthesizer()" + (f", env: {env_node(env).render('js', 0)}" if env else "")
    stacks = stacks_of(ctx, stack_name)
    for n, (sname, _) in enumerate(stacks):
        out += f"  const S{n} = new cdk.Stack(app, {js_str(sname)}, {{ {props} }});\n"
    # imports the cases make in `stack` go to the first
    out += "  const stack = S0;\n"
    out += js_items([(f"S{n}", tops) for n, (_, tops) in enumerate(stacks)], ctx)
    path.write_text(out)


def indented(text, prefix):
    """`text` with `prefix` before each line that is not empty."""
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def stack_block(name, env, tags, body):
    """`stack NAME { env, tags, ITEMS }`."""
    head = f"stack {rs_key(name)} {{\n"
    if env:
        head += f"    env: {env_node(env).render('dsl', 1)},\n"
    if tags:
        head += f"    tags: {tags_dsl(tags)[1].render('dsl', 1)},\n"
    return head + indented(body, "    ") + "\n}"


# --app: the cases the CDK refuses as a cycle between the stacks, which are not written.
CYCLES = []


def verdict(name, ctx, accepted):
    """What the test asserts, from the CDK's verdict in expected/ (`accepted`: the file the
    CDK writes when it synthesizes): `("parity", None)`, or `(kind, rule)` with kind
    `rejected` or `stricter` (a planted mistake the CDK lets through)."""
    err = EXPECTED / f"{name}.err"
    if err.exists() and "would create a cyclic reference" in err.read_text():
        return "cycle", "app.stack_cycle"
    if err.exists():
        return "rejected", MUTATIONS[ctx.applied][0] if ctx.applied else "UNPLANNED"
    if ctx.applied:
        return ("stricter" if (EXPECTED / accepted).exists() else "rejected"), MUTATIONS[ctx.applied][0]
    return "parity", None


def test_fn(name, ctx, binding, body, check):
    """A `#[test]` that builds `binding` with the `cognito!` block `body`, then runs `check`."""
    doc = f"/// Planted: {MUTATIONS[ctx.applied][1]}.\n" if ctx.applied else ""
    return f"""{doc}#[test]
fn {name}() {{
    let {binding} = cognito! {{
{indented(body, "        ")}
    }};
    {check}
}}
"""


def rust_app_test(name, ctx, stack_name, env):
    blocks = [
        stack_block(sname, env, ctx.stack_tags if n == 0 else None, "\n".join(t.dsl for t in tops))
        for n, (sname, tops) in enumerate(stacks_of(ctx, stack_name))
    ]
    kind, rule = verdict(name, ctx, f"{name}.app.json")
    if kind == "cycle":
        # `cognito!` refuses it when it compiles (under the reference that closes the
        # cycle): no run-time test can hold it; `main` lists it.
        CYCLES.append(name)
        return ""
    check = {
        "parity": f'common::app::assert_app_parity(&app, "{name}");',
        "stricter": f'common::app::assert_app_rejected(&app, "{name}", "{rule}", true);',
        "rejected": f'common::app::assert_app_rejected(&app, "{name}", "{rule}", false);',
    }[kind]
    return test_fn(name, ctx, "app: cognito::App", "\n".join(blocks), check)


def write_js(path, ctx, seed, i, stack_name, env):
    if ctx.split is not None:
        return write_app_js(path, ctx, seed, i, stack_name, env)
    out = js_head(ctx, seed, i, app=False) + js_items([("stack", ctx.tops)], ctx)
    if stack_name:
        out += f"module.exports.stackName = {js_str(stack_name)};\n"
    if env:
        out += f"module.exports.stackProps = {{ env: {env_node(env).render('js', 0)} }};\n"
    path.write_text(out)


def env_node(env):
    """The stack's `env { account, region }` (either may be left out)."""
    return O([(k, S(v)) for k, v in zip(("account", "region"), env) if v])


def rust_test(name, ctx, stack_name, env):
    if ctx.split is not None:
        return rust_app_test(name, ctx, stack_name, env)
    body = "\n".join(t.dsl for t in ctx.tops)
    if stack_name or env or ctx.stack_tags:
        body = stack_block(stack_name or "Stack", env, ctx.stack_tags, body)
    kind, rule = verdict(name, ctx, f"{name}.json")
    check = {
        "parity": f'assert_parity(&stack, "{name}");',
        "stricter": f'assert_stricter(&stack, "{name}", "{rule}");',
        "rejected": f'assert_rejected(&stack, "{name}", "{rule}");',
    }[kind]
    return test_fn(name, ctx, "stack", body, check)


RS_HEAD = """//! Differential tests against the AWS CDK: random configurations, each written for the CDK
//! (`tests/fixtures/cdk/cases/{prefix}_NNN.js`) and here with `cognito!`.
//! Generated by `scripts/gen_differential.py --seed {seed} --count {count}`; do not edit by hand.
// These compare templates: a configuration that deploys with a compile warning (a managed login
// domain whose clients have no style) is still a case, and its warning is not what is tested.
#![allow(deprecated)]

mod common;

use cognito::cognito;
use common::*;

"""


def features(name, dsl):
    """What a case exercises: the language's keys, item kinds, enum members and functions,
    and the template's resource types, property paths and intrinsic functions."""
    out = set()
    out |= {"key:" + k for k in re.findall(r"([a-z_][a-z0-9_]*):(?!:)", dsl)}
    out |= {"item:" + k for k in re.findall(r"^\s*([a-z_]+) [A-Za-z_][A-Za-z0-9_]*(?: as \"[^\"]*\")? (?:=|\{)", dsl, re.M)}
    out |= {"member:" + k for k in re.findall(r"\b([A-Z][A-Z0-9_]{2,})\b", dsl)}
    out |= {"call:" + k for k in re.findall(r"\b([a-z_]+)\(", dsl)}
    out |= {"syntax:as" for _ in re.findall(r" as \"", dsl)} | {"syntax:expr" for _ in re.findall(r": \(", dsl)}
    path = EXPECTED / f"{name}.json"
    if path.exists():
        template = json.loads(path.read_text())

        def walk(prefix, v):
            if isinstance(v, dict):
                for k, x in v.items():
                    if k.startswith("Fn::") or k == "Ref":
                        out.add("fn:" + k)
                    walk(f"{prefix}/{k}", x)
            elif isinstance(v, list):
                for x in v:
                    walk(prefix + "/*", x)
            else:
                out.add("path:" + prefix)

        for r in template.get("Resources", {}).values():
            walk(r.get("Type", ""), {k: v for k, v in r.items() if k != "Type"})
        for section in ("Outputs", "Parameters"):
            if section in template:
                out.add("section:" + section)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--prefix", default="x_gen")
    ap.add_argument("--out", default=str(ROOT / "tests/dsl_generated.rs"))
    ap.add_argument("--only", default="", help="comma-separated case numbers to keep (default: all)")
    ap.add_argument("--mutation", choices=sorted(MUTATIONS), help="plant this mistake in every case (to try one)")
    ap.add_argument("--boost", type=float, default=1.0,
                    help="multiply the chances of what the second stream adds (e.g. 3: dense cases)")
    ap.add_argument("--app", action="store_true",
                    help="each case an app of two stacks, the later items in the second (name with --prefix app_…)")
    ap.add_argument("--no-extra", action="store_true",
                    help="leave out what the second stream adds (the committed set is written so)")
    ap.add_argument("--cover", action="store_true",
                    help="keep one case of each planted mistake and a greedy smallest set of cases that "
                         "covers every feature the whole batch covers (needs expected/), then the richest parity "
                         "cases up to --parity; delete the rest")
    ap.add_argument("--parity", type=int, default=60, help="with --cover: how many parity cases to keep at least")
    args = ap.parse_args()
    only = {int(x) for x in args.only.split(",") if x}
    cases = []
    for i in range(1, args.count + 1):
        if only and i not in only:
            continue
        name = f"{args.prefix}_{i:03}"
        ctx, stack_name, env = gen_case(args.seed, i, args.mutation, wide=not args.no_extra, boost=args.boost,
                                        app=args.app)
        cases.append((i, name, ctx, stack_name, env, rust_test(name, ctx, stack_name, env)))
    if args.cover:
        feats = {name: features(name, test) for _, name, _, _, _, test in cases}
        kept, planted = set(), set()
        for _, name, ctx, _, _, _ in cases:
            if ctx.applied and ctx.applied not in planted:
                planted.add(ctx.applied)
                kept.add(name)
        covered = set().union(*(feats[n] for n in kept)) if kept else set()
        wanted = set().union(*feats.values())
        while covered != wanted:
            best = max((n for n in feats if n not in kept), key=lambda n: (len(feats[n] - covered), -int(n[-3:])))
            kept.add(best)
            covered |= feats[best]
        parity = [n for _, n, ctx, _, _, _ in cases if not ctx.applied and (EXPECTED / f"{n}.json").exists()]
        for n in sorted((n for n in parity if n not in kept), key=lambda n: (-len(feats[n]), n)):
            if sum(1 for k in parity if k in kept) >= args.parity:
                break
            kept.add(n)
        for _, name, _, _, _, _ in cases:
            if name not in kept:
                for f in [CASES / f"{name}.js", EXPECTED / f"{name}.json", EXPECTED / f"{name}.err"]:
                    f.unlink(missing_ok=True)
        cases = [c for c in cases if c[1] in kept]
        print(f"kept {len(cases)} cases covering {len(wanted)} features")
    kept_numbers = ",".join(str(c[0]) for c in cases)
    count = f"{args.count} --no-extra" if args.no_extra else str(args.count)
    header = RS_HEAD.format(prefix=args.prefix, seed=args.seed, count=count)
    if args.cover or only:
        header = header.replace(f"--count {count}`", f"--count {count} --only {kept_numbers}`")
        header = header.replace(" --only", "\n//! --only")
    for i, name, ctx, stack_name, env, _ in cases:
        write_js(CASES / f"{name}.js", ctx, args.seed, i, stack_name, env)
    Path(args.out).write_text(header + "\n".join(c[5] for c in cases if c[5]))
    if CYCLES:
        print(f"not written, the CDK refuses them as a cycle between the stacks (a compile error of "
              f"`cognito!`; compile one in a test to see it): {' '.join(CYCLES)}")


if __name__ == "__main__":
    main()
