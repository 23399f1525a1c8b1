//! `AWS::Cognito::UserPool` → `user_pool ID { … }`, the inverse of `resources/user_pool/render.rs`,
//! with the items the CDK nested in the pool (clients, domains, groups, resource servers).

use cognito_runtime::{LambdaVersion, UserPoolOperation};

use super::{Child, Item, Setting, flag_set, flags, get_att_arn, item_name, nested, prop, prop_at, strings};
use crate::json::Json;
use crate::print::string;
use crate::template::{Resource, Template};
use crate::tree::Node;

/// The CDK's default verification messages (`UserPool` with no `userVerification`).
const DEFAULT_SUBJECT: &str = "Verify your new account";
const DEFAULT_CODE_BODY: &str = "The verification code to your new account is {####}";
const DEFAULT_LINK_BODY: &str = "Verify your account by clicking on {##Verify Email##}";

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    let mut item = Item::new("user_pool", &node.id, main);
    if let Some(name) = prop(r, "UserPoolName").filter(|v| v.as_str().is_some()) {
        item.json("user_pool_name", name);
    }
    if prop_at(r, &["AdminCreateUserConfig", "AllowAdminCreateUserOnly"]) == Some(&Json::Bool(false)) {
        item.text("self_sign_up_enabled", "true");
    }
    verification(r, &mut item);
    invitation(r, &mut item);
    sign_in_aliases(r, &mut item);
    auto_verify(r, &mut item);
    super::attributes::lift(r, &mut item);
    sms_role(r, &mut item);
    mfa(r, &mut item);
    mfa_second_factor(r, &mut item);
    password_policy(r, &mut item);
    sign_in_policy(r, &mut item);
    email_transmission(r, &mut item);
    account_recovery(r, &mut item);
    if let Some(Json::Bool(sensitive)) = prop_at(r, &["UsernameConfiguration", "CaseSensitive"]) {
        item.text("sign_in_case_sensitive", sensitive.to_string());
    }
    match prop(r, "DeletionProtection").and_then(Json::as_str) {
        Some("ACTIVE") => item.text("deletion_protection", "true"),
        Some("INACTIVE") => item.text("deletion_protection", "false"),
        _ => {}
    }
    removal_policy(r, &mut item);
    plan_and_passkeys(r, &mut item);
    device_tracking(r, &mut item);
    keep_original(r, &mut item);
    // The pool with its nested constructs as CloudFormation, tried when one of its nested
    // items does not give its resources (a client Cognito would reject as written).
    let mut raw = item.clone();
    // The SMS role the pool makes for itself when it sends SMS and is given none.
    let pool_path = r.path.split_last().map_or(&[][..], |(_, scope)| scope);
    for child in node.children.iter().filter(|c| c.id != "Resource" && c.id != "smsRole") {
        let kept = super::raw_tree(child);
        match nested(child, t, pool_path).unwrap_or_else(|| kept.clone()) {
            Child::Item(mut nested) => {
                // What a nested item needs declared (an imported group) goes before the pool.
                item.before.append(&mut nested.before);
                item.children.push(Child::Item(nested));
            }
            c => item.children.push(c),
        }
        raw.children.push(kept);
    }
    if item.children.iter().any(|c| matches!(c, Child::Item(_))) {
        item.fallback = Some(Box::new(raw));
    }
    Some(with_grants(with_triggers(item, r, t), r, t))
}

/// The pool with `grant GRANTEE { actions }` for each statement of a role's default policy
/// that lets it act on this pool (`pool.grant(role, …actions)`), the grantee the role or the
/// function whose service role it is; the pool without them is its plainer form.
fn with_grants(plain: Item, r: &Resource, t: &Template) -> Item {
    let default_policy =
        |p: &Resource| p.path.ends_with(&["DefaultPolicy".to_string(), "Resource".to_string()]);
    let mut grants = Vec::new();
    for (i, policy) in
        t.resources.iter().enumerate().filter(|(_, p)| p.kind == "AWS::IAM::Policy" && default_policy(p))
    {
        let Some(grantee) = grantee(policy, t) else { continue };
        let Some(Json::Arr(statements)) = prop_at(policy, &["PolicyDocument", "Statement"]) else { continue };
        for statement in statements {
            let on_pool = statement.get("Resource").and_then(get_att_arn) == Some(r.logical_id.as_str());
            let plain_allow = statement.get("Effect").and_then(Json::as_str) == Some("Allow")
                && statement
                    .entries()
                    .iter()
                    .all(|(k, _)| matches!(k.as_str(), "Action" | "Effect" | "Resource"));
            let actions = match statement.get("Action") {
                Some(a @ Json::Str(_)) => Json::Arr(vec![a.clone()]),
                Some(a @ Json::Arr(_)) => a.clone(),
                _ => continue,
            };
            if on_pool && plain_allow {
                let mut grant = Item::new("grant", &grantee, i);
                grant.json("actions", &actions);
                grants.push(Child::Item(grant));
            }
        }
    }
    if grants.is_empty() {
        return plain;
    }
    let mut item = plain.clone();
    item.children.extend(grants);
    item.fallback = Some(Box::new(plain));
    item
}

/// Who a default policy was granted to: its one role, or the function whose `ServiceRole`
/// that is, by the name the block gives it.
fn grantee(policy: &Resource, t: &Template) -> Option<String> {
    let Some(Json::Arr(roles)) = prop(policy, "Roles") else { return None };
    let [role] = roles.as_slice() else { return None };
    let role = t.resources.iter().find(|o| Some(o.logical_id.as_str()) == super::ref_id(role))?;
    if let [scope @ .., service, last] = role.path.as_slice()
        && service == "ServiceRole"
        && last == "Resource"
    {
        let function_path: Vec<String> = scope.iter().cloned().chain(["Resource".to_string()]).collect();
        let function =
            t.resources.iter().find(|f| f.kind == "AWS::Lambda::Function" && f.path == function_path);
        if let Some(function) = function {
            return item_name(t, &function.logical_id);
        }
    }
    item_name(t, &role.logical_id)
}

/// `lambda_triggers: { pre_sign_up: check }` for each trigger whose function is an item of
/// the block (`Fn::GetAtt` of its `Arn`, or the `LambdaArn` of the custom senders'
/// `{ LambdaArn, LambdaVersion }`), with `custom_sender_kms_key` for those; the pool then
/// makes the permission that lets Cognito invoke it (`PreSignUpCognito`) itself. The
/// versioned token trigger (`pool.addTrigger(PRE_TOKEN_GENERATION_CONFIG, fn, version)`), and
/// a trigger whose permission has attributes of its own (`DependsOn`), is the nested `trigger
/// OPERATION { function, lambda_version }`, in place of its permission. Without them (a
/// function that stays CloudFormation), the pool as it is, its `LambdaConfig` written as
/// overrides.
fn with_triggers(plain: Item, r: &Resource, t: &Template) -> Item {
    let Some(config) = prop(r, "LambdaConfig") else { return plain };
    let mut item = plain.clone();
    let mut triggers = Vec::new();
    let mut made = Vec::new();
    for op in UserPoolOperation::ALL {
        let Some(v) = config.get(op.cfn_key()) else { continue };
        let (arn, version) = match v.get("LambdaArn") {
            Some(arn) => (arn, v.get("LambdaVersion").and_then(Json::as_str)),
            None => (v, None),
        };
        let Some(function) = get_att_arn(arn).and_then(|id| item_name(t, id)) else { continue };
        let permission = op.permission_id();
        // A permission with attributes of its own (`permission.node.addDependency(…)`) is the
        // `trigger` item's resource, which its `depends_on` and overrides reach.
        let own_attributes = item.children.iter().any(|c| {
            matches!(c, Child::Raw(i, id, _) if *id == permission
                && t.resources.get(*i).is_some_and(|r| !r.attributes.is_empty()))
        });
        if *op != UserPoolOperation::PreTokenGenerationConfig && !own_attributes {
            triggers.push((op.key().to_string(), Setting::Text(function)));
            made.push(permission);
            continue;
        }
        let Some(child) =
            item.children.iter_mut().find(|c| matches!(c, Child::Raw(_, id, _) if *id == permission))
        else {
            continue;
        };
        let Child::Raw(main, _, _) = *child else { continue };
        let mut trigger = Item::new("trigger", op.key(), main);
        trigger.text("function", function);
        if let Some(version) = version.filter(|v| *v != LambdaVersion::default().as_str()) {
            trigger.text("lambda_version", version);
        }
        *child = Child::Item(trigger);
    }
    item.children.retain(|c| !matches!(c, Child::Raw(_, id, _) if made.contains(id)));
    if triggers.is_empty() && made.is_empty() && item.children == plain.children {
        return plain;
    }
    if !triggers.is_empty() {
        item.map("lambda_triggers", triggers);
    }
    if let Some(Json::Str(key)) = config.get("KMSKeyID") {
        item.text("custom_sender_kms_key", string(key));
    }
    item.fallback = Some(Box::new(plain));
    item
}

/// `user_verification`: the messages that are not the CDK's defaults.
fn verification(r: &Resource, item: &mut Item) {
    let Some(template) = prop(r, "VerificationMessageTemplate") else { return };
    let by_link = template.get("DefaultEmailOption").and_then(Json::as_str) == Some("CONFIRM_WITH_LINK");
    let (subject, body, default_body) = if by_link {
        ("EmailSubjectByLink", "EmailMessageByLink", DEFAULT_LINK_BODY)
    } else {
        ("EmailSubject", "EmailMessage", DEFAULT_CODE_BODY)
    };
    let unless_default = |key: &str, v: Option<&Json>, default: &str| {
        v.filter(|v| v.as_str().is_some_and(|s| s != default)).map(|v| (key.to_string(), v.clone()))
    };
    let mut settings: Vec<(String, Json)> = Vec::new();
    settings.extend(unless_default("email_subject", template.get(subject), DEFAULT_SUBJECT));
    settings.extend(unless_default("email_body", template.get(body), default_body));
    if by_link {
        settings.push(("email_style".into(), Json::Null));
    }
    settings.extend(unless_default("sms_message", template.get("SmsMessage"), DEFAULT_CODE_BODY));
    if settings.is_empty() {
        return;
    }
    let entries = settings
        .into_iter()
        .map(|(k, v)| match v {
            Json::Null => (k, Setting::Text("LINK".into())),
            v => (k, Setting::Json(v)),
        })
        .collect();
    item.map("user_verification", entries);
}

/// `user_invitation`: the invitation messages as written (`{}` for an empty template).
fn invitation(r: &Resource, item: &mut Item) {
    let Some(template) = prop_at(r, &["AdminCreateUserConfig", "InviteMessageTemplate"]) else { return };
    let keys =
        [("EmailSubject", "email_subject"), ("EmailMessage", "email_body"), ("SMSMessage", "sms_message")];
    let entries: Vec<(String, Json)> = keys
        .iter()
        .filter_map(|(cfn, key)| {
            template.get(cfn).filter(|v| v.as_str().is_some()).map(|v| (key.to_string(), v.clone()))
        })
        .collect();
    // An empty template (`userInvitation: {}`) is written too: an override cannot give an
    // empty object, which the CDK's `addOverride` deletes.
    if !entries.is_empty() || template.entries().is_empty() {
        item.json("user_invitation", &Json::Obj(entries));
    }
}

/// `sign_in_aliases`: `UsernameAttributes` (sign in with email or phone instead of a
/// username) or `AliasAttributes` (a username, and these as aliases).
fn sign_in_aliases(r: &Resource, item: &mut Item) {
    let name = |a: &str| match a {
        "email" => Some("email"),
        "phone_number" => Some("phone"),
        "preferred_username" => Some("preferred_username"),
        _ => None,
    };
    let keys: Option<Vec<&str>> = if let Some(attrs) = prop(r, "UsernameAttributes").and_then(strings) {
        attrs.into_iter().map(name).collect()
    } else if let Some(attrs) = prop(r, "AliasAttributes").and_then(strings) {
        std::iter::once(Some("username")).chain(attrs.into_iter().map(name)).collect()
    } else {
        None
    };
    if let Some(keys) = keys.filter(|k| !k.is_empty()) {
        item.text("sign_in_aliases", flags(&keys));
    }
}

/// The attributes signing in with which the CDK verifies by default.
fn aliases_verified(r: &Resource) -> Vec<&str> {
    let given: Vec<&str> = ["UsernameAttributes", "AliasAttributes"]
        .iter()
        .filter_map(|k| prop(r, k).and_then(strings))
        .flatten()
        .collect();
    ["email", "phone_number"].into_iter().filter(|a| given.contains(a)).collect()
}

/// `auto_verify`, when it is not what the sign-in aliases imply.
fn auto_verify(r: &Resource, item: &mut Item) {
    let Some(attrs) = prop(r, "AutoVerifiedAttributes").and_then(strings) else { return };
    if attrs == aliases_verified(r) {
        return;
    }
    if let Some(set) = flag_set(&attrs, &[("email", "email"), ("phone_number", "phone")]) {
        item.text("auto_verify", set);
    }
}

/// `sms_role` and `sms_role_external_id`, for a role given by its ARN (the role the pool makes
/// itself is not written).
fn sms_role(r: &Resource, item: &mut Item) {
    let Some(config) = prop(r, "SmsConfiguration") else { return };
    let Some(arn @ Json::Str(_)) = config.get("SnsCallerArn") else { return };
    item.json("sms_role", arn);
    if let Some(id @ Json::Str(_)) = config.get("ExternalId") {
        item.json("sms_role_external_id", id);
    }
    if let Some(region @ Json::Str(_)) = config.get("SnsRegion") {
        item.json("sns_region", region);
    }
}

/// `mfa_second_factor`: `EnabledMfas` as flags.
fn mfa_second_factor(r: &Resource, item: &mut Item) {
    let Some(factors) = prop(r, "EnabledMfas").and_then(strings) else { return };
    if let Some(set) =
        flag_set(&factors, &[("SMS_MFA", "sms"), ("SOFTWARE_TOKEN_MFA", "otp"), ("EMAIL_OTP", "email")])
    {
        item.text("mfa_second_factor", set);
    }
}

/// `email_transmission: { from, reply_to }` (the seed's form) for an `EmailConfiguration` of
/// just those two.
fn email_transmission(r: &Resource, item: &mut Item) {
    let Some(Json::Obj(config)) = prop(r, "EmailConfiguration") else { return };
    match email(prop(r, "EmailConfiguration")) {
        Some(email) => return item.settings.push(("email", email)),
        None if config.iter().any(|(k, _)| k == "EmailSendingAccount") => return,
        None => {}
    }
    let keys = [("From", "from"), ("ReplyToEmailAddress", "reply_to")];
    let entries: Option<Vec<(String, Json)>> = config
        .iter()
        .map(|(k, v)| {
            keys.iter()
                .find(|(cfn, _)| cfn == k)
                .filter(|_| v.as_str().is_some())
                .map(|(_, key)| (key.to_string(), v.clone()))
        })
        .collect();
    if let Some(entries) = entries.filter(|e| !e.is_empty()) {
        item.json("email_transmission", &Json::Obj(entries));
    }
}

/// `email: with_cognito("reply-to")` (Cognito's own sender) or `email: with_ses { … }`
/// (Amazon SES): `From` is `Name <address>` or the address, and `SourceArn` the SES
/// identity in a region, the stack's unless `ses_region` names one.
fn email(config: Option<&Json>) -> Option<Setting> {
    let config = config?;
    let text = |key: &str| config.get(key).and_then(Json::as_str);
    let reply_to = text("ReplyToEmailAddress");
    match text("EmailSendingAccount")? {
        "COGNITO_DEFAULT" if config.entries().len() == 1 + usize::from(reply_to.is_some()) => {
            Some(Setting::Text(format!("with_cognito({})", reply_to.map(string).unwrap_or_default())))
        }
        "DEVELOPER" => {
            let (name, address) = match text("From")?.rsplit_once(" <") {
                Some((name, address)) => (Some(name), address.strip_suffix('>')?),
                None => (None, text("From")?),
            };
            let (region, identity) = ses_identity(config.get("SourceArn")?)?;
            let verified_domain = (identity != address).then_some(identity.as_str());
            let entries = [
                ("from_email", Some(address)),
                ("from_name", name),
                ("reply_to", reply_to),
                ("configuration_set_name", text("ConfigurationSet")),
                ("ses_region", region.as_deref()),
                ("ses_verified_domain", verified_domain),
            ];
            let entries = entries
                .into_iter()
                .filter_map(|(k, v)| Some((k.to_string(), Setting::Json(Json::Str(v?.to_string())))))
                .collect();
            Some(Setting::Tagged("with_ses", entries))
        }
        _ => None,
    }
}

/// The region (`None`: the stack's) and identity of the SES `SourceArn` the CDK joins:
/// `arn:PARTITION:ses:REGION:ACCOUNT:identity/IDENTITY`.
fn ses_identity(arn: &Json) -> Option<(Option<String>, String)> {
    let mut flat = String::new();
    for part in super::concatenated(arn)? {
        match part {
            Json::Str(s) => flat.push_str(s),
            // `{AWS.Region}`: without the colons that separate the ARN's fields.
            other => flat.push_str(&format!("{{{}}}", super::ref_id(other)?.replace("::", "."))),
        }
    }
    let rest = flat.strip_prefix("arn:{AWS.Partition}:ses:")?;
    let (region, rest) = rest.split_once(':')?;
    let identity = rest.strip_prefix("{AWS.AccountId}:identity/")?;
    let region = (region != "{AWS.Region}").then(|| region.to_string());
    (!identity.contains(['{', '}']) && region.as_deref().is_none_or(|r| !r.contains('{')))
        .then(|| (region, identity.to_string()))
}

/// CloudFormation's values of a property and the language's members.
type Members = &'static [(&'static str, &'static str)];

/// `feature_plan`, the passkey settings and the e-mail sign-in message, each by its CDK
/// member or as written.
fn plan_and_passkeys(r: &Resource, item: &mut Item) {
    let members: [(&str, &str, Members); 3] = [
        ("UserPoolTier", "feature_plan", &[("LITE", "LITE"), ("ESSENTIALS", "ESSENTIALS"), ("PLUS", "PLUS")]),
        (
            "WebAuthnUserVerification",
            "passkey_user_verification",
            &[("preferred", "PREFERRED"), ("required", "REQUIRED")],
        ),
        (
            "WebAuthnFactorConfiguration",
            "web_authn_factor_configuration",
            &[
                ("SINGLE_FACTOR", "SINGLE_FACTOR"),
                ("MULTI_FACTOR_WITH_USER_VERIFICATION", "MULTI_FACTOR_WITH_USER_VERIFICATION"),
            ],
        ),
    ];
    for (cfn, key, table) in members {
        let value = prop(r, cfn).and_then(Json::as_str);
        if let Some((_, member)) = table.iter().find(|(v, _)| Some(*v) == value) {
            item.text(key, *member);
        }
    }
    for (cfn, key) in [
        ("WebAuthnRelyingPartyID", "passkey_relying_party_id"),
        ("EmailAuthenticationMessage", "email_authentication_message"),
        ("EmailAuthenticationSubject", "email_authentication_subject"),
    ] {
        if let Some(v) = prop(r, cfn).filter(|v| v.as_str().is_some()) {
            item.json(key, v);
        }
    }
}

/// `device_tracking { challenge_required_on_new_device, device_only_remembered_on_user_prompt }`.
fn device_tracking(r: &Resource, item: &mut Item) {
    let Some(config) = prop(r, "DeviceConfiguration") else { return };
    let flag = |cfn: &str| match config.get(cfn) {
        Some(Json::Bool(b)) => Some(b.to_string()),
        _ => None,
    };
    let (Some(challenge), Some(remembered)) =
        (flag("ChallengeRequiredOnNewDevice"), flag("DeviceOnlyRememberedOnUserPrompt"))
    else {
        return;
    };
    item.map(
        "device_tracking",
        vec![
            ("challenge_required_on_new_device".into(), Setting::Text(challenge)),
            ("device_only_remembered_on_user_prompt".into(), Setting::Text(remembered)),
        ],
    );
}

/// `keep_original { email, phone }`: the attributes whose old value stays until the new one
/// is verified.
fn keep_original(r: &Resource, item: &mut Item) {
    let attributes =
        prop_at(r, &["UserAttributeUpdateSettings", "AttributesRequireVerificationBeforeUpdate"]);
    let Some(attributes) = attributes.and_then(strings).filter(|a| !a.is_empty()) else { return };
    if let Some(set) = flag_set(&attributes, &[("email", "email"), ("phone_number", "phone")]) {
        item.text("keep_original", set);
    }
}

/// `mfa`: `MfaConfiguration` by its CDK member.
fn mfa(r: &Resource, item: &mut Item) {
    let member = match prop(r, "MfaConfiguration").and_then(Json::as_str) {
        Some("ON") => "REQUIRED",
        Some("OPTIONAL") => "OPTIONAL",
        Some("OFF") => "OFF",
        _ => return,
    };
    item.text("mfa", member);
}

/// `password_policy`: the CDK always writes `MinimumLength` (8 unless given) and the other
/// fields only when given.
fn password_policy(r: &Resource, item: &mut Item) {
    let Some(policy) = prop_at(r, &["Policies", "PasswordPolicy"]) else { return };
    let mut entries: Vec<(String, Setting)> = Vec::new();
    if let Some(n @ Json::Num(text)) = policy.get("MinimumLength")
        && text != "8"
    {
        entries.push(("min_length".into(), Setting::Json(n.clone())));
    }
    let flags = [
        ("RequireLowercase", "require_lowercase"),
        ("RequireUppercase", "require_uppercase"),
        ("RequireNumbers", "require_digits"),
        ("RequireSymbols", "require_symbols"),
    ];
    for (cfn, key) in flags {
        if let Some(b @ Json::Bool(_)) = policy.get(cfn) {
            entries.push((key.into(), Setting::Json(b.clone())));
        }
    }
    if let Some(Json::Num(days)) = policy.get("TemporaryPasswordValidityDays") {
        entries.push(("temp_password_validity".into(), Setting::Text(format!("days({days})"))));
    }
    if let Some(n @ Json::Num(_)) = policy.get("PasswordHistorySize") {
        entries.push(("password_history_size".into(), Setting::Json(n.clone())));
    }
    item.map("password_policy", entries);
}

/// `sign_in_policy`: the first authentication factors allowed.
fn sign_in_policy(r: &Resource, item: &mut Item) {
    let Some(factors) =
        prop_at(r, &["Policies", "SignInPolicy", "AllowedFirstAuthFactors"]).and_then(strings)
    else {
        return;
    };
    let table = [
        ("PASSWORD", "password"),
        ("EMAIL_OTP", "email_otp"),
        ("SMS_OTP", "sms_otp"),
        ("WEB_AUTHN", "passkey"),
    ];
    if let Some(set) = flag_set(&factors, &table) {
        item.map("sign_in_policy", vec![("allowed_first_auth_factors".into(), Setting::Text(set))]);
    }
}

/// `account_recovery`: the member whose mechanisms these are; the CDK's default
/// (`PHONE_WITHOUT_MFA_AND_EMAIL`) left out.
fn account_recovery(r: &Resource, item: &mut Item) {
    let Some(Json::Arr(mechanisms)) = prop_at(r, &["AccountRecoverySetting", "RecoveryMechanisms"]) else {
        return;
    };
    let names: Option<Vec<&str>> = mechanisms.iter().map(|m| m.get("Name").and_then(Json::as_str)).collect();
    let member = match names.as_deref() {
        Some(["verified_email"]) => "EMAIL_ONLY",
        Some(["verified_phone_number"]) => "PHONE_ONLY_WITHOUT_MFA",
        Some(["verified_email", "verified_phone_number"]) => "EMAIL_AND_PHONE_WITHOUT_MFA",
        Some(["admin_only"]) => "NONE",
        _ => return,
    };
    item.text("account_recovery", member);
}

/// `removal_policy`: the CDK retains a pool unless told otherwise.
fn removal_policy(r: &Resource, item: &mut Item) {
    let policy = r.attributes.iter().find(|(k, _)| k == "DeletionPolicy").and_then(|(_, v)| v.as_str());
    if policy == Some("Delete") {
        item.text("removal_policy", "DESTROY");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    fn lifted(json: &str) -> Vec<String> {
        let r = resource("AWS::Cognito::UserPool", json);
        let t = Template {
            stack: "Stack".into(),
            resources: Vec::new(),
            outputs: Vec::new(),
            parameters: Vec::new(),
            recommended_flags: None,
            stack_tags: Vec::new(),
        };
        settings(&lift(&Node::default(), 0, &r, &t).unwrap())
    }

    #[test]
    fn defaults_say_nothing() {
        let bare = r#"{"AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_phone_number", "Priority": 1}, {"Name": "verified_email", "Priority": 2}]},
            "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": true},
            "VerificationMessageTemplate": {"DefaultEmailOption": "CONFIRM_WITH_CODE", "EmailMessage": "The verification code to your new account is {####}", "EmailSubject": "Verify your new account", "SmsMessage": "The verification code to your new account is {####}"}}"#;
        assert_eq!(lifted(bare), Vec::<String>::new());
    }

    #[test]
    fn settings_by_their_cdk_names() {
        let pool = r#"{"UserPoolName": "users", "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": false},
            "UsernameAttributes": ["email", "phone_number"], "MfaConfiguration": "ON",
            "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
            "UsernameConfiguration": {"CaseSensitive": false}, "DeletionProtection": "ACTIVE",
            "Policies": {"PasswordPolicy": {"MinimumLength": 12, "RequireSymbols": false, "TemporaryPasswordValidityDays": 3}},
            "VerificationMessageTemplate": {"DefaultEmailOption": "CONFIRM_WITH_LINK", "EmailSubjectByLink": "Hi", "EmailMessageByLink": "Verify your account by clicking on {##Verify Email##}"}}"#;
        assert_eq!(
            lifted(pool),
            [
                "user_pool_name: \"users\"",
                "self_sign_up_enabled: true",
                "user_verification: { email_subject: \"Hi\", email_style: LINK }",
                "sign_in_aliases: { email, phone }",
                "mfa: REQUIRED",
                "password_policy: { min_length: 12, require_symbols: false, temp_password_validity: days(3) }",
                "account_recovery: EMAIL_ONLY",
                "sign_in_case_sensitive: false",
                "deletion_protection: true",
            ]
        );
    }

    #[test]
    fn aliases_keep_the_username() {
        assert_eq!(
            lifted(r#"{"AliasAttributes": ["email", "preferred_username"]}"#),
            ["sign_in_aliases: { username, email, preferred_username }"]
        );
    }

    #[test]
    fn plan_passkeys_devices_and_e_mail() {
        let pool = r#"{"UserPoolTier": "PLUS", "WebAuthnRelyingPartyID": "auth.example.com",
            "WebAuthnUserVerification": "required",
            "DeviceConfiguration": {"ChallengeRequiredOnNewDevice": true, "DeviceOnlyRememberedOnUserPrompt": false},
            "UserAttributeUpdateSettings": {"AttributesRequireVerificationBeforeUpdate": ["email"]},
            "EmailConfiguration": {"EmailSendingAccount": "COGNITO_DEFAULT", "ReplyToEmailAddress": "help@example.com"}}"#;
        assert_eq!(
            lifted(pool),
            [
                "email: with_cognito(\"help@example.com\")",
                "feature_plan: PLUS",
                "passkey_user_verification: REQUIRED",
                "passkey_relying_party_id: \"auth.example.com\"",
                "device_tracking: { challenge_required_on_new_device: true, device_only_remembered_on_user_prompt: false }",
                "keep_original: { email }",
            ]
        );
    }

    #[test]
    fn e_mail_through_ses() {
        let pool = r#"{"EmailConfiguration": {"EmailSendingAccount": "DEVELOPER", "From": "App <noreply@example.com>",
            "SourceArn": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":ses:eu-west-1:", {"Ref": "AWS::AccountId"}, ":identity/example.com"]]}}}"#;
        assert_eq!(
            lifted(pool),
            [
                "email: with_ses { from_email: \"noreply@example.com\", from_name: \"App\", ses_region: \"eu-west-1\", ses_verified_domain: \"example.com\" }"
            ]
        );
        // The stack's region, and the address as its own identity.
        let pool = r#"{"EmailConfiguration": {"EmailSendingAccount": "DEVELOPER", "From": "noreply@example.com",
            "SourceArn": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":ses:", {"Ref": "AWS::Region"}, ":", {"Ref": "AWS::AccountId"}, ":identity/noreply@example.com"]]}}}"#;
        assert_eq!(lifted(pool), ["email: with_ses { from_email: \"noreply@example.com\" }"]);
    }

    /// A function `Fn` (index 0) and a pool whose `LambdaConfig` is `config`, with the
    /// permission `PreTokenGenerationConfigCognito` (index 1) below it.
    fn pool_with_triggers(config: &str) -> Item {
        let mut t = crate::lift::test_support::template();
        let mut function = resource("AWS::Lambda::Function", "{}");
        (function.logical_id, function.path) = ("FnABC".into(), vec!["Fn".into(), "Resource".into()]);
        t.resources.push(function);
        t.resources.push(resource("AWS::Lambda::Permission", "{}"));
        let r = resource("AWS::Cognito::UserPool", &format!(r#"{{"LambdaConfig": {config}}}"#));
        let mut plain = Item::new("user_pool", "Pool", 2);
        plain.children.push(Child::Raw(1, "PreTokenGenerationConfigCognito".into(), Vec::new()));
        with_triggers(plain, &r, &t)
    }

    #[test]
    fn senders_and_the_versioned_token_trigger() {
        let arn = r#"{"Fn::GetAtt": ["FnABC", "Arn"]}"#;
        let item = pool_with_triggers(&format!(
            r#"{{"CustomEmailSender": {{"LambdaArn": {arn}, "LambdaVersion": "V1_0"}}, "KMSKeyID": "arn:aws:kms:us-east-1:1:key/k",
                "PreTokenGenerationConfig": {{"LambdaArn": {arn}, "LambdaVersion": "V2_0"}}}}"#
        ));
        assert_eq!(
            settings(&item),
            [
                "lambda_triggers: { custom_email_sender: Fn }",
                "custom_sender_kms_key: \"arn:aws:kms:us-east-1:1:key/k\""
            ]
        );
        let [Child::Item(trigger)] = item.children.as_slice() else { panic!("{:?}", item.children) };
        assert_eq!(
            (trigger.kind, trigger.id.as_str(), trigger.main),
            ("trigger", "pre_token_generation_config", 1)
        );
        assert_eq!(settings(trigger), ["function: Fn", "lambda_version: V2_0"]);
        // The plain pool, its `LambdaConfig` left to the overrides, is its plainer form.
        assert!(item.fallback.is_some_and(|plain| plain.settings.is_empty()));
        // A trigger whose function is no item of the block leaves the pool as it is.
        let item = pool_with_triggers(r#"{"PreSignUp": "arn:aws:lambda:us-east-1:1:function:f"}"#);
        assert_eq!((settings(&item).len(), item.fallback), (0, None));
    }

    /// A template with the pool `Pool` (index 0), the role `Role` and the function `fn` with
    /// its service role, and a default policy (index 4) on the role at `role_path` with
    /// `statements`.
    fn granted(role_path: &str, statements: &str) -> (Resource, Template) {
        let mut t = crate::lift::test_support::template();
        let mut add = |kind: &str, id: &str, path: &str, json: &str| {
            let mut r = resource(kind, json);
            (r.logical_id, r.path) = (id.into(), path.split('/').map(String::from).collect());
            t.resources.push(r);
        };
        add("AWS::Cognito::UserPool", "PoolD3F588B8", "Pool/Resource", "{}");
        add("AWS::IAM::Role", "Role1", "Role/Resource", "{}");
        add("AWS::IAM::Role", "fnServiceRole1", "fn/ServiceRole/Resource", "{}");
        add("AWS::Lambda::Function", "fn1", "fn/Resource", "{}");
        let role = if role_path.starts_with("fn") { "fnServiceRole1" } else { "Role1" };
        let policy =
            format!(r#"{{"PolicyDocument": {{"Statement": {statements}}}, "Roles": [{{"Ref": "{role}"}}]}}"#);
        add("AWS::IAM::Policy", "Policy1", &format!("{role_path}/DefaultPolicy/Resource"), &policy);
        (t.resources[0].clone(), t)
    }

    #[test]
    fn grants_on_the_pool_to_a_role_or_a_function() {
        let on_pool = r#"{"Action": ["cognito-idp:AdminGetUser", "cognito-idp:ListUsers"], "Effect": "Allow", "Resource": {"Fn::GetAtt": ["PoolD3F588B8", "Arn"]}}"#;
        for (role_path, grantee) in [("Role", "Role"), ("fn/ServiceRole", "fn_")] {
            let (pool, t) = granted(role_path, &format!("[{on_pool}]"));
            let item = with_grants(Item::new("user_pool", "Pool", 0), &pool, &t);
            let [Child::Item(grant)] = item.children.as_slice() else { panic!("{:?}", item.children) };
            assert_eq!((grant.kind, grant.id.as_str(), grant.main), ("grant", grantee, 4));
            assert_eq!(
                settings(grant),
                [r#"actions: ["cognito-idp:AdminGetUser", "cognito-idp:ListUsers"]"#]
            );
            assert!(item.fallback.is_some_and(|plain| plain.children.is_empty()));
        }
        // A statement on something else, or with a condition, is no grant on the pool.
        let other = r#"[{"Action": "s3:GetObject", "Effect": "Allow", "Resource": "arn:aws:s3:::b/*"},
            {"Action": "cognito-idp:ListUsers", "Condition": {"Bool": {"aws:SecureTransport": "true"}}, "Effect": "Allow", "Resource": {"Fn::GetAtt": ["PoolD3F588B8", "Arn"]}}]"#;
        let (pool, t) = granted("Role", other);
        let item = with_grants(Item::new("user_pool", "Pool", 0), &pool, &t);
        assert_eq!((item.children.len(), item.fallback), (0, None));
    }
}
