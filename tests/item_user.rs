//! `user` (`CfnUserPoolUser`, and a `CfnUserPoolUserToGroupAttachment` per group): parity
//! with the AWS CDK through the builders and through `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

/// A pool whose users sign in with their e-mail address, which it requires, and with a custom
/// attribute `tenant`.
fn email_pool() -> UserPool {
    UserPool {
        sign_in_aliases: Some(SignInAliases { email: true, ..Default::default() }),
        standard_attributes: Some(vec![(
            StandardAttributeName::Email,
            StandardAttribute { required: Some(true), mutable: None },
        )]),
        custom_attributes: Some(vec![(
            "tenant".into(),
            CustomAttribute::String(StringAttributeProps {
                min_len: None,
                max_len: None,
                mutable: Some(true),
            }),
        )]),
        ..UserPool::default()
    }
}

fn attributes(entries: &[(&str, &str)]) -> Option<UserAttributes> {
    Some(entries.iter().map(|(k, v)| (*k, *v)).collect())
}

fn alice() -> UserPoolUser {
    UserPoolUser {
        username: Some("alice@example.com".into()),
        user_attributes: attributes(&[
            ("email", "alice@example.com"),
            ("email_verified", "true"),
            ("custom:tenant", "acme"),
        ]),
        desired_delivery_mediums: Some(vec!["EMAIL".into()]),
        force_alias_creation: Some(true),
        message_action: Some("SUPPRESS".into()),
        client_metadata: Some(vec![("source".into(), "seed".into()), ("batch".into(), "2026-01".into())]),
        validation_data: attributes(&[("invited_by", "admin")]),
        groups: None,
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_user() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", email_pool());
        s.add_child(pool, "Alice", alice());
        assert_parity(&s, "x_user");
    }

    #[test]
    fn x_user_groups() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let admins = UserPoolGroup { group_name: Some("admins".into()), ..UserPoolGroup::default() };
        let admins = s.add_child(pool, "admins", admins);
        let readers =
            s.add("Readers", UserPoolGroup { user_pool: Some(pool.into()), ..UserPoolGroup::default() });
        let legacy = s.add("Legacy", ImportedUserPoolGroup { group_name: "legacy-users".into() });
        let bob = UserPoolUser {
            username: Some("bob".into()),
            user_attributes: attributes(&[("email", "bob@example.com")]),
            desired_delivery_mediums: Some(vec!["EMAIL".into()]),
            groups: Some(vec![admins.into(), readers.into(), legacy.into()]),
            ..UserPoolUser::default()
        };
        s.add_child(pool, "Bob", bob);
        assert_parity(&s, "x_user_groups");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_user() {
        let stack = cognito! {
            user_pool Pool {
                sign_in_aliases: { email },
                standard_attributes: { email: { required: true } },
                custom_attributes: { tenant: string { mutable: true } },
                user Alice {
                    username: "alice@example.com",
                    user_attributes: {
                        email: "alice@example.com",
                        email_verified: "true",
                        "custom:tenant": "acme",
                    },
                    desired_delivery_mediums: [EMAIL],
                    force_alias_creation: true,
                    message_action: SUPPRESS,
                    client_metadata: { source: "seed", batch: "2026-01" },
                    validation_data: { invited_by: "admin" },
                }
            }
        };
        assert_parity(&stack, "x_user");
    }

    #[test]
    fn x_user_groups() {
        let stack = cognito! {
            user_pool Pool {
                group admins { group_name: "admins" }
                user Bob {
                    username: "bob",
                    user_attributes: { email: "bob@example.com" },
                    desired_delivery_mediums: [EMAIL],
                    groups: [admins, Readers, Legacy],
                }
            }
            user_pool_group Readers { user_pool: Pool }
            user_pool_group Legacy = from_group_name("legacy-users");
        };
        assert_parity(&stack, "x_user_groups");
    }

    /// The membership is named by the group's construct id, not by the name the block gives
    /// the group.
    #[test]
    fn x_user_group_id_not_identifier() {
        let stack = cognito! {
            user_pool Pool {
                group _123abc as "123abc" { group_name: "admins" }
                user alice { username: "alice", groups: [_123abc] }
            }
        };
        assert_parity(&stack, "x_user_group_id_not_identifier");
    }

    /// A group whose construct id has no ASCII letters to name it by is given a name of the
    /// block's own; the membership is still named by its construct id.
    #[test]
    fn x_user_group_not_ascii() {
        let stack = cognito! {
            user_pool Pool {
                group admins as "Pööl" { group_name: "pool-admins" }
                user alice { username: "alice", groups: [admins] }
            }
        };
        assert_parity(&stack, "x_user_group_not_ascii");
    }
}

mod rules {
    use super::*;

    /// `user` in a pool made by `pool`, beside a group `admins`.
    fn pool_with(pool: UserPool, user: UserPoolUser) -> Stack {
        let mut s = Stack::new("Stack");
        let p = s.add("Pool", pool);
        s.add_node(Some(p), "admins", Some("admins"), UserPoolGroup::default());
        s.add_child(p, "User", user);
        s
    }

    fn named(username: &str) -> UserPoolUser {
        UserPoolUser { username: Some(username.into()), ..UserPoolUser::default() }
    }

    fn with_email(username: &str) -> UserPoolUser {
        UserPoolUser { user_attributes: attributes(&[("email", "carol@example.com")]), ..named(username) }
    }

    fn aliases(email: bool, phone: bool, username: bool) -> UserPool {
        UserPool {
            sign_in_aliases: Some(SignInAliases { email, phone, username, ..Default::default() }),
            ..UserPool::default()
        }
    }

    #[test]
    fn the_example_passes() {
        assert_eq!(pool_with(email_pool(), alice()).check(), Vec::new());
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("User", named("carol"));
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(m, "a `user` belongs to a user pool: declare it inside `user_pool … { }`");
    }

    #[test]
    fn username_must_be_an_email() {
        let s = pool_with(aliases(true, false, false), with_email("carol"));
        let m = violation(&s, "user.username", "username");
        assert_eq!(
            m,
            "`username` must be an e-mail address: the pool's users sign in with it; Cognito rejects it at deploy time (\"Username should be an email.\") (got \"carol\"); write the user's address"
        );
    }

    #[test]
    fn username_email_or_phone() {
        let s = pool_with(aliases(true, true, false), with_email("carol"));
        let m = violation(&s, "user.username", "username");
        assert!(
            m.starts_with("`username` must be an e-mail address or a phone number (`+` and digits)"),
            "{m}"
        );
        let ok = pool_with(aliases(true, true, false), named("+12065550100"));
        assert!(!ok.check().iter().any(|v| v.rule == "user.username"));
    }

    #[test]
    fn username_not_an_alias() {
        let s = pool_with(aliases(true, false, true), with_email("carol@example.com"));
        let m = violation(&s, "user.username", "username");
        assert_eq!(
            m,
            "`username` must not be an email: the pool's users also sign in with their email, so Cognito rejects it at deploy time (\"Username cannot be of email format, since user pool is configured for email alias.\") (got \"carol@example.com\"); choose a username, and give the email in `user_attributes`"
        );
    }

    #[test]
    fn username_format() {
        let s = pool_with(UserPool::default(), named("carol smith"));
        let m = violation(&s, "user.username_format", "username");
        assert_eq!(
            m,
            "`username` must not contain white space or control characters (got \"carol smith\"); Cognito rejects it at deploy time; remove them"
        );
    }

    #[test]
    fn username_length() {
        let long = "a".repeat(129);
        let s = pool_with(UserPool::default(), named(&long));
        let m = violation(&s, "user.username_format", "username");
        assert!(m.starts_with("`username` must be 1 to 128 characters"), "{m}");
    }

    #[test]
    fn attribute_not_in_schema() {
        let user =
            UserPoolUser { user_attributes: attributes(&[("emal", "carol@example.com")]), ..named("carol") };
        let m = violation(&pool_with(UserPool::default(), user), "user.attribute", "user_attributes.emal");
        assert_eq!(
            m,
            "`emal` is not an attribute of this pool; Cognito rejects it at deploy time (\"user.emal: Attribute does not exist in the schema.\"); write `email`"
        );
    }

    #[test]
    fn custom_attribute_not_declared() {
        let user = UserPoolUser { user_attributes: attributes(&[("custom:plan", "gold")]), ..named("carol") };
        let m =
            violation(&pool_with(UserPool::default(), user), "user.attribute", "user_attributes.custom:plan");
        assert_eq!(
            m,
            "`custom:plan` is not an attribute of this pool; Cognito rejects it at deploy time (\"user.custom:plan: Attribute does not exist in the schema.\"); declare it in the pool's `custom_attributes`"
        );
    }

    #[test]
    fn attribute_format() {
        let user = UserPoolUser {
            user_attributes: attributes(&[("phone_number", "206-555-0100")]),
            ..named("carol")
        };
        let m = violation(
            &pool_with(UserPool::default(), user),
            "user.attribute_format",
            "user_attributes.phone_number",
        );
        assert_eq!(
            m,
            "`phone_number` must be a phone number, `+` and digits (`+12065550100`) (got \"206-555-0100\"); Cognito rejects it at deploy time (\"Invalid phone number format.\")"
        );
    }

    #[test]
    fn verified_needs_attribute() {
        let user =
            UserPoolUser { user_attributes: attributes(&[("email_verified", "true")]), ..named("carol") };
        let m = violation(
            &pool_with(UserPool::default(), user),
            "user.verified",
            "user_attributes.email_verified",
        );
        assert_eq!(
            m,
            "`email_verified` is true, but the user has no `email`; Cognito requires the email it marks verified and rejects the user at deploy time; add `email` to `user_attributes`"
        );
    }

    /// In a pool that signs in with e-mail, the username is the address: Cognito copies it.
    #[test]
    fn verified_by_the_username() {
        let user = UserPoolUser {
            user_attributes: attributes(&[("email_verified", "true")]),
            desired_delivery_mediums: Some(vec!["EMAIL".into()]),
            ..named("carol@example.com")
        };
        let s = pool_with(aliases(true, false, false), user);
        assert_eq!(s.check(), Vec::new());
    }

    #[test]
    fn delivery_medium() {
        let user =
            UserPoolUser { desired_delivery_mediums: Some(vec!["PHONE".into()]), ..with_email("carol") };
        let m = violation(
            &pool_with(UserPool::default(), user),
            "user.delivery_medium",
            "desired_delivery_mediums.0",
        );
        assert_eq!(
            m,
            "`desired_delivery_mediums` must be one of `EMAIL`, `SMS` (got \"PHONE\"); Cognito rejects it at deploy time; write one of them"
        );
    }

    #[test]
    fn delivery_attribute() {
        let user = UserPoolUser {
            desired_delivery_mediums: Some(vec!["EMAIL".into(), "SMS".into()]),
            ..with_email("carol")
        };
        let m = violation(
            &pool_with(UserPool::default(), user),
            "user.delivery_attribute",
            "desired_delivery_mediums.1",
        );
        assert_eq!(
            m,
            "`desired_delivery_mediums` sends the invitation by SMS, but the user has no `phone_number`; Cognito rejects the user at deploy time; add `phone_number` to `user_attributes`, or remove SMS"
        );
    }

    #[test]
    fn message_action() {
        let user = UserPoolUser { message_action: Some("SILENT".into()), ..named("carol") };
        let m = violation(&pool_with(UserPool::default(), user), "user.message_action", "message_action");
        assert_eq!(
            m,
            "`message_action` must be one of `RESEND`, `SUPPRESS` (got \"SILENT\"); Cognito rejects it at deploy time; write one of them"
        );
    }

    #[test]
    fn required_attribute_is_a_warning() {
        let mut pool = email_pool();
        pool.sign_in_aliases = None;
        let s = pool_with(pool, named("carol"));
        let violations = s.diagnose();
        let found: Vec<_> = violations.iter().filter(|v| v.rule == "user.required_attribute").collect();
        assert_eq!(found.len(), 1, "{violations:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].path, "");
        assert_eq!(
            found[0].message,
            "the pool requires `email`, which this user lacks; Cognito creates the user, and asks for them at the first sign-in (an app that does not handle the `NEW_PASSWORD_REQUIRED` challenge's `requiredAttributes` cannot sign the user in); add them to `user_attributes`"
        );
    }

    #[test]
    fn group_of_another_pool() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let other = s.add("Other", UserPool::default());
        let staff = s.add_child(other, "staff", UserPoolGroup::default());
        s.add_child(pool, "User", UserPoolUser { groups: Some(vec![staff.into()]), ..named("carol") });
        let m = violation(&s, "user.group_pool", "groups.0");
        assert_eq!(
            m,
            "`groups` must name groups of this user pool (`Pool`), but `Other/staff` belongs to another pool; Cognito rejects the membership at deploy time (the group is not found in the pool); add the group to this pool"
        );
    }

    #[test]
    fn group_listed_twice() {
        let user = UserPoolUser { groups: Some(vec!["admins".into(), "admins".into()]), ..named("carol") };
        let m = violation(&pool_with(UserPool::default(), user), "user.group_duplicate", "groups.1");
        assert_eq!(
            m,
            "`Pool/admins` is listed twice in `groups`; the CDK rejects the second membership (\"There is already a Construct with name\"); list it once"
        );
    }

    #[test]
    fn group_is_a_group() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let web = s.add_client(pool, "web", UserPoolClient::default());
        s.add_child(pool, "User", UserPoolUser { groups: Some(vec![web.into()]), ..named("carol") });
        let m = violation(&s, "reference.kind", "groups.0");
        assert_eq!(m, "`groups` must refer to a `user_pool_group`, but `node #1` is a `user_pool_client`");
    }

    #[test]
    fn duplicate_username() {
        let mut s = pool_with(UserPool::default(), named("carol"));
        let Some(pool) = s.find("Pool") else { panic!("the pool is declared") };
        s.add_child(pool, "Again", named("carol"));
        let m = violation(&s, "user.duplicate", "username");
        assert_eq!(
            m,
            "`Pool/User` already creates a user named \"carol\" in this pool; Cognito rejects the second at deploy time (UsernameExistsException); give each user its own username"
        );
    }

    /// The schema: `ClientMetadata`'s keys match `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`.
    #[test]
    fn schema_client_metadata_key() {
        let user =
            UserPoolUser { client_metadata: Some(vec![("batch#1".into(), "x".into())]), ..named("carol") };
        let m =
            violation(&pool_with(UserPool::default(), user), "schema.resource", "client_metadata.batch#1");
        assert_eq!(
            m,
            "`batch#1` is not a name this map takes (a name matches `^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$`); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolUser` schema, `ClientMetadata.batch#1`)"
        );
    }
}
