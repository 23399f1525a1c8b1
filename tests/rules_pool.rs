//! One test per user pool rule, at the runtime level: the rule, the field path, the message.

mod common;

use cognito::*;
use common::*;

fn pool(p: UserPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", p);
    s
}

#[test]
fn preferred_username_needs_username() {
    let s = pool(UserPool {
        sign_in_aliases: Some(SignInAliases { preferred_username: true, ..SignInAliases::default() }),
        ..UserPool::default()
    });
    let m = violation(&s, "sign_in_aliases.preferred_username", "sign_in_aliases.preferred_username");
    assert_eq!(
        m,
        "`preferred_username` can only be a sign-in alias together with `username`; add `username: true` to `sign_in_aliases`"
    );
}
