//! The trigger's verdicts, and one invocation through a stand-in for Lambda's Runtime API.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use rust_trigger::{pre_sign_up, runtime::serve_one};
use serde_json::{Value, json};

fn event(email: &str) -> Value {
    json!({
        "version": "1",
        "triggerSource": "PreSignUp_SignUp",
        "userPoolId": "eu-west-1_abc",
        "userName": "someone",
        "request": { "userAttributes": { "email": email } },
        "response": { "autoConfirmUser": false, "autoVerifyEmail": false, "autoVerifyPhone": false }
    })
}

#[test]
fn an_address_of_the_allowed_domain_is_confirmed_and_verified() {
    let out = pre_sign_up(event("ana@Example.com"), Some("example.com")).unwrap();
    assert_eq!(
        out["response"],
        json!({ "autoConfirmUser": true, "autoVerifyEmail": true, "autoVerifyPhone": false })
    );
    assert_eq!(out["userName"], "someone");
}

#[test]
fn any_other_address_is_refused() {
    for email in ["ana@example.org", "ana@sub.example.com", "@example.com", "no-at-sign", ""] {
        assert_eq!(
            pre_sign_up(event(email), Some("example.com")),
            Err("sign-up is open to example.com addresses only".to_owned()),
            "{email}"
        );
    }
}

#[test]
fn without_a_domain_every_sign_up_goes_on_unchanged() {
    assert_eq!(pre_sign_up(event("ana@example.org"), None), Ok(event("ana@example.org")));
}

/// Serves one request: answers `next` with `event`, then returns what the runtime posted
/// (path and body) after answering it 202.
fn stand_in_api(event: Value) -> (String, std::thread::JoinHandle<(String, Value)>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let server = std::thread::spawn(move || {
        let (next, _) = listener.accept().unwrap();
        let (path, _) = read_request(&next);
        assert_eq!(path, "/2018-06-01/runtime/invocation/next");
        let body = event.to_string();
        write!(
            &next,
            "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: req-1\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let (posted, _) = listener.accept().unwrap();
        let (path, body) = read_request(&posted);
        write!(&posted, "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n").unwrap();
        (path, body)
    });
    (addr, server)
}

fn read_request(stream: &std::net::TcpStream) -> (String, Value) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let path = line.split_whitespace().nth(1).unwrap().to_owned();
    let mut length = 0;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).unwrap();
        if header.trim_end().is_empty() {
            break;
        }
        if let Some(v) = header.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap();
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    (path, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

#[test]
fn an_invocation_is_answered_through_the_runtime_api() {
    let (api, server) = stand_in_api(event("ana@example.com"));
    serve_one(&api, &|e| pre_sign_up(e, Some("example.com"))).unwrap();
    let (path, body) = server.join().unwrap();
    assert_eq!(path, "/2018-06-01/runtime/invocation/req-1/response");
    assert_eq!(body["response"]["autoConfirmUser"], true);
}

#[test]
fn a_refusal_is_posted_as_the_invocation_error() {
    let (api, server) = stand_in_api(event("ana@example.org"));
    serve_one(&api, &|e| pre_sign_up(e, Some("example.com"))).unwrap();
    let (path, body) = server.join().unwrap();
    assert_eq!(path, "/2018-06-01/runtime/invocation/req-1/error");
    assert_eq!(
        body,
        json!({ "errorMessage": "sign-up is open to example.com addresses only", "errorType": "PreSignUpRefused" })
    );
}
