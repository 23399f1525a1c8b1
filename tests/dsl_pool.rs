//! Parity with the AWS CDK for user pools, through `cognito!`.

mod common;

use cognito::cognito;
use common::*;

#[test]
fn bare_pool() {
    let stack = cognito! { user_pool Pool {} };
    assert_parity(&stack, "bare_pool");
}
