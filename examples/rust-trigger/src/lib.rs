//! A Cognito pre-sign-up trigger, and the Lambda custom runtime that serves it.
//!
//! [`pre_sign_up`] is the trigger: it lets an e-mail address of the allowed domain sign up,
//! confirmed and verified, and refuses any other. [`runtime`] is the loop Lambda's
//! `provided.al2023` runtime expects from a `bootstrap` program: take the next event from the
//! Runtime API, answer it, again — over `std::net`, so the program needs nothing but `std` and
//! `serde_json` (no async runtime: a trigger handles one event at a time).

pub mod runtime;

use serde_json::Value;

/// Answers a pre-sign-up event (`triggerSource` `PreSignUp_*`): the event itself, with its
/// `response` filled in, or the message Cognito shows the user ("PreSignUp failed with error
/// …").
///
/// With `allowed_domain`, an address of that domain is confirmed and its e-mail verified, and
/// any other is refused; without it, every sign-up goes on as Cognito would take it.
pub fn pre_sign_up(mut event: Value, allowed_domain: Option<&str>) -> Result<Value, String> {
    let Some(domain) = allowed_domain else { return Ok(event) };
    let email = event["request"]["userAttributes"]["email"].as_str().unwrap_or_default();
    let at_domain =
        email.rsplit_once('@').is_some_and(|(user, d)| !user.is_empty() && d.eq_ignore_ascii_case(domain));
    if !at_domain {
        return Err(format!("sign-up is open to {domain} addresses only"));
    }
    let response = &mut event["response"];
    response["autoConfirmUser"] = Value::Bool(true);
    response["autoVerifyEmail"] = Value::Bool(true);
    Ok(event)
}
