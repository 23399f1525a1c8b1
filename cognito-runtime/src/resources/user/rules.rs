//! The rules of `user`: Cognito's `AdminCreateUser` (the username against the pool's sign-in
//! attributes, the attributes against its schema, the delivery of the invitation) and the
//! memberships of its groups.

use super::UserPoolUser;
use crate::context::cfn::check_in_pool;
use crate::context::check::{Check, Issue};
use crate::context::facts::PoolUsers;
use crate::context::rules::{all_visible, length, member};
use crate::core::attribute::StandardAttributeName;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::text::did_you_mean;
use crate::core::value::Value;

/// `AdminCreateUser`'s `DesiredDeliveryMediums`.
const MEDIUMS: &[&str] = &["EMAIL", "SMS"];
/// `AdminCreateUser`'s `MessageAction`.
const MESSAGE_ACTIONS: &[&str] = &["RESEND", "SUPPRESS"];

impl UserPoolUser {
    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "user") else { return };
        let users = cx.facts.pool_users(pool);
        if let Some(users) = &users {
            username_sign_in(self, users, pool, cx);
            required_attributes(self, users, pool, cx);
        }
        username_format(self, cx);
        attribute_names(self, pool, cx);
        attribute_formats(self, cx);
        verified_needs_attribute(self, users.as_ref(), cx);
        delivery(self, users.as_ref(), cx);
        if let Some(action) = &self.message_action {
            member(cx, "user.message_action", "message_action", &action.0, MESSAGE_ACTIONS);
        }
        groups(self, pool, cx);
        one_per_username(self, pool, cx);
    }

    /// The value of attribute `name`, or, in a pool whose users sign in with it instead of a
    /// username, the username when it has its shape (Cognito copies it into the attribute).
    fn attribute<'a>(&'a self, name: &str, users: Option<&PoolUsers>) -> Option<&'a Value> {
        let given = self.user_attributes.as_ref().and_then(|a| a.get(name));
        let signs_in = users.is_some_and(|u| u.username_attributes.contains(&name));
        let username =
            self.username.as_ref().filter(|u| signs_in && u.literal().is_some_and(|s| shaped(name, s)));
        given.or(username)
    }
}

/// Whether `s` has the shape of attribute `name`'s values (`email`, `phone_number`).
fn shaped(name: &str, s: &str) -> bool {
    match name {
        "email" => is_email(s),
        "phone_number" => is_phone(s),
        _ => true,
    }
}

/// `local@domain`, no white space: the shape Cognito takes as an e-mail address.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else { return false };
    !local.is_empty() && !domain.is_empty() && !s.chars().any(char::is_whitespace)
}

/// `+` and 1 to 15 digits: E.164, the only form Cognito takes.
fn is_phone(s: &str) -> bool {
    s.strip_prefix('+').is_some_and(|d| (1..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Cognito (`AdminCreateUser`, "Username should be an email." / "Username cannot be of email
/// format, since user pool is configured for email alias."): in a pool whose users sign in
/// with an e-mail address or phone number, the username is one; where those are aliases of a
/// username, it is neither.
fn username_sign_in(u: &UserPoolUser, users: &PoolUsers, pool: NodeId, cx: &mut Check) {
    let Some(value) = &u.username else { return };
    let Some(name) = value.literal() else { return };
    let problem = if users.username_attributes.is_empty() {
        alias_clash(name, &users.alias_attributes)
    } else {
        username_attribute_mismatch(name, &users.username_attributes)
            .map(|(r, f)| (r.to_owned(), f.to_owned()))
    };
    let Some((rule, fix)) = problem else { return };
    cx.push(
        Issue::new("user.username", "username", format!("`username` {rule} (got {name:?}); {fix}"))
            .value(value)
            .reads(pool, "sign_in_aliases"),
    );
}

/// The rule `name` breaks in a pool whose users sign in with `attributes`, and its fix.
fn username_attribute_mismatch(name: &str, attributes: &[&str]) -> Option<(&'static str, &'static str)> {
    let email = attributes.contains(&"email");
    let phone = attributes.contains(&"phone_number");
    if (email && is_email(name)) || (phone && is_phone(name)) {
        return None;
    }
    Some(match (email, phone) {
        (true, true) => (
            "must be an e-mail address or a phone number (`+` and digits): the pool's users sign in with those; Cognito rejects it at deploy time (\"Username should be either an email or a phone number.\")",
            "write the user's address or number",
        ),
        (true, false) => (
            "must be an e-mail address: the pool's users sign in with it; Cognito rejects it at deploy time (\"Username should be an email.\")",
            "write the user's address",
        ),
        _ => (
            "must be a phone number, `+` and digits: the pool's users sign in with it; Cognito rejects it at deploy time",
            "write the user's number",
        ),
    })
}

/// The rule `name` breaks in a pool where `aliases` sign in besides the username, and its fix.
fn alias_clash(name: &str, aliases: &[&str]) -> Option<(String, String)> {
    let (alias, shape, article) = if aliases.contains(&"email") && is_email(name) {
        ("email", "email", "an")
    } else if aliases.contains(&"phone_number") && is_phone(name) {
        ("phone_number", "phone number", "a")
    } else {
        return None;
    };
    Some((
        format!(
            "must not be {article} {shape}: the pool's users also sign in with their {shape}, so Cognito rejects it at deploy time (\"Username cannot be of {shape} format, since user pool is configured for {alias} alias.\")"
        ),
        format!("choose a username, and give the {shape} in `user_attributes`"),
    ))
}

/// Cognito (`AdminCreateUser`, `Username`: 1 to 128 characters of `[\p{L}\p{M}\p{S}\p{N}\p{P}]`):
/// letters, marks, symbols, digits, punctuation; no white space.
fn username_format(u: &UserPoolUser, cx: &mut Check) {
    let Some(value) = &u.username else { return };
    length(cx, "user.username_format", "username", value, 1, 128);
    if let Some(name) = value.literal().filter(|n| !all_visible(n)) {
        cx.push(
            Issue::new(
                "user.username_format",
                "username",
                format!("`username` must not contain white space or control characters (got {name:?}); Cognito rejects it at deploy time; remove them"),
            )
            .value(value),
        );
    }
}

/// Cognito (`AdminCreateUser`: "user.NAME: Attribute does not exist in the schema."): an
/// attribute is a standard one, or `custom:NAME` for a custom attribute the pool declares.
fn attribute_names(u: &UserPoolUser, pool: NodeId, cx: &mut Check) {
    let custom = cx
        .facts
        .custom_attributes(pool)
        .map(|names| names.iter().map(|n| format!("custom:{n}")).collect::<Vec<_>>());
    for (name, value) in u.user_attributes.iter().flat_map(|a| &a.0) {
        let standard = StandardAttributeName::ALL.iter().any(|a| a.cognito_name() == name);
        let declared = match (&custom, name.strip_prefix("custom:")) {
            (_, None) => standard,
            (Some(custom), Some(_)) => custom.contains(name),
            (None, Some(_)) => true,
        };
        if declared {
            continue;
        }
        let known = StandardAttributeName::ALL.iter().map(|a| a.cognito_name());
        let candidates: Vec<&str> = known.chain(custom.iter().flatten().map(String::as_str)).collect();
        let fix = match did_you_mean(name, candidates.iter().copied()) {
            Some(s) => format!("write `{s}`"),
            None if name.starts_with("custom:") => "declare it in the pool's `custom_attributes`".to_owned(),
            None => "use a standard attribute, or `custom:NAME` for one the pool declares".to_owned(),
        };
        cx.push(
            Issue::new(
                "user.attribute",
                format!("user_attributes.{name}"),
                format!("`{name}` is not an attribute of this pool; Cognito rejects it at deploy time (\"user.{name}: Attribute does not exist in the schema.\"); {fix}"),
            )
            .target(Target::Key)
            .value(value)
            .reads(pool, "custom_attributes"),
        );
    }
}

/// Cognito ("Invalid email address format." / "Invalid phone number format."): `email` is an
/// address, `phone_number` is `+` and digits.
fn attribute_formats(u: &UserPoolUser, cx: &mut Check) {
    let Some(attributes) = &u.user_attributes else { return };
    for (name, what, error) in [
        ("email", "an e-mail address, `name@example.com`", "Invalid email address format."),
        ("phone_number", "a phone number, `+` and digits (`+12065550100`)", "Invalid phone number format."),
    ] {
        let Some(value) = attributes.get(name) else { continue };
        let Some(text) = value.literal().filter(|t| !shaped(name, t)) else { continue };
        cx.push(
            Issue::new(
                "user.attribute_format",
                format!("user_attributes.{name}"),
                format!(
                    "`{name}` must be {what} (got {text:?}); Cognito rejects it at deploy time (\"{error}\")"
                ),
            )
            .value(value),
        );
    }
}

/// Cognito (`AdminCreateUser`, `UserAttributes`: `email` is "Required if the `email_verified`
/// attribute is set to `True`", and so is `phone_number` for `phone_number_verified`).
fn verified_needs_attribute(u: &UserPoolUser, users: Option<&PoolUsers>, cx: &mut Check) {
    let Some(attributes) = &u.user_attributes else { return };
    for (flag, attribute) in [("email_verified", "email"), ("phone_number_verified", "phone_number")] {
        let Some(value) = attributes.get(flag) else { continue };
        if !value.literal().is_some_and(|v| v.eq_ignore_ascii_case("true"))
            || u.attribute(attribute, users).is_some()
        {
            continue;
        }
        cx.push(
            Issue::new(
                "user.verified",
                format!("user_attributes.{flag}"),
                format!("`{flag}` is true, but the user has no `{attribute}`; Cognito requires the {attribute} it marks verified and rejects the user at deploy time; add `{attribute}` to `user_attributes`"),
            )
            .target(Target::Key)
            .value(value),
        );
    }
}

/// Cognito (`AdminCreateUser`: `DesiredDeliveryMediums` is `EMAIL` and/or `SMS`; `email` is
/// required "if `EMAIL` is specified in the `DesiredDeliveryMediums` parameter", `phone_number`
/// if `SMS` is).
fn delivery(u: &UserPoolUser, users: Option<&PoolUsers>, cx: &mut Check) {
    for (i, medium) in u.desired_delivery_mediums.iter().flatten().enumerate() {
        let path = format!("desired_delivery_mediums.{i}");
        member(cx, "user.delivery_medium", &path, &medium.0, MEDIUMS);
        let attribute = match medium.0.literal() {
            Some("EMAIL") => "email",
            Some("SMS") => "phone_number",
            _ => continue,
        };
        if u.attribute(attribute, users).is_some() {
            continue;
        }
        let name = medium.0.literal().unwrap_or_default();
        cx.push(
            Issue::new(
                "user.delivery_attribute",
                path,
                format!("`desired_delivery_mediums` sends the invitation by {name}, but the user has no `{attribute}`; Cognito rejects the user at deploy time; add `{attribute}` to `user_attributes`, or remove {name}"),
            )
            .value(&medium.0),
        );
    }
}

/// Cognito (`AdminCreateUser`: "any attributes that you specify as required … either you
/// should supply … or the user should supply (when they sign up in response to your welcome
/// message)"): a warning, as the user is asked for them at the first sign-in.
fn required_attributes(u: &UserPoolUser, users: &PoolUsers, pool: NodeId, cx: &mut Check) {
    let missing: Vec<&str> =
        users.required.iter().copied().filter(|name| u.attribute(name, Some(users)).is_none()).collect();
    if missing.is_empty() {
        return;
    }
    let list: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
    let path = if u.user_attributes.is_some() { "user_attributes" } else { "" };
    let issue = Issue::new(
        "user.required_attribute",
        path,
        format!("the pool requires {}, which this user lacks; Cognito creates the user, and asks for them at the first sign-in (an app that does not handle the `NEW_PASSWORD_REQUIRED` challenge's `requiredAttributes` cannot sign the user in); add them to `user_attributes`", list.join(", ")),
    )
    .reads(pool, "standard_attributes")
    .reads(pool, "required_attributes")
    .warning();
    cx.push(if path.is_empty() { issue.target(Target::Id) } else { issue.target(Target::Key) });
}

/// Cognito (`AdminAddUserToGroup`): a user joins groups of its own pool, each once (the CDK:
/// a second attachment with the group's construct id is "already a Construct with name").
fn groups(u: &UserPoolUser, pool: NodeId, cx: &mut Check) {
    let mut seen: Vec<NodeId> = Vec::new();
    for (i, group) in u.groups.iter().flatten().enumerate() {
        let path = format!("groups.{i}");
        let Some(node) = cx.resolve(&path, group, &["user_pool_group"]) else { continue };
        let name = cx.facts.path(node).join("/");
        if seen.contains(&node) {
            cx.push(
                Issue::new(
                    "user.group_duplicate",
                    path,
                    format!("`{name}` is listed twice in `groups`; the CDK rejects the second membership (\"There is already a Construct with name\"); list it once"),
                )
                .value(group),
            );
            continue;
        }
        seen.push(node);
        if cx.facts.group_pool(node).is_some_and(|p| p != pool) {
            let pool_path = cx.facts.path(pool).join("/");
            cx.push(
                Issue::new(
                    "user.group_pool",
                    path,
                    format!("`groups` must name groups of this user pool (`{pool_path}`), but `{name}` belongs to another pool; Cognito rejects the membership at deploy time (the group is not found in the pool); add the group to this pool"),
                )
                .value(group),
            );
        }
    }
}

/// Cognito (`AdminCreateUser`: "The username can't be a duplicate of another username in the
/// same user pool", `UsernameExistsException`).
fn one_per_username(u: &UserPoolUser, pool: NodeId, cx: &mut Check) {
    let (Some(me), Some(value)) = (cx.node, &u.username) else { return };
    let Some(name) = value.literal() else { return };
    let facts = cx.facts;
    let earlier = facts.children(Some(pool)).iter().copied().take_while(|n| *n != me).find(|n| {
        facts.props::<UserPoolUser>(*n).and_then(|o| o.username.as_ref()).and_then(Value::literal)
            == Some(name)
    });
    let Some(earlier) = earlier else { return };
    cx.push(
        Issue::new(
            "user.duplicate",
            "username",
            format!("`{}` already creates a user named {name:?} in this pool; Cognito rejects the second at deploy time (UsernameExistsException); give each user its own username", facts.path(earlier).join("/")),
        )
        .value(value),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_email("a@example.com") && is_email("first.last+tag@sub.example.org"));
        assert!(!is_email("alice") && !is_email("@example.com") && !is_email("a @b.c") && !is_email("a@"));
        assert!(is_phone("+12065550100") && is_phone("+4"));
        assert!(
            !is_phone("12065550100")
                && !is_phone("+1 206")
                && !is_phone("+")
                && !is_phone("+1234567890123456")
        );
    }
}
